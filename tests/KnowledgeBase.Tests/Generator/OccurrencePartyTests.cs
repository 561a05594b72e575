using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Who takes part in an occurrence outside CAMEO ("000") told by a verb, on invented sentences: who found a thing, whom a
/// successor replaced, and an outlet whose own closure is told.
/// </summary>
public sealed class OccurrencePartyTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Fact]
    public void Who_a_thing_was_discovered_by_is_the_discovery_s_party()
    {
        var discovery = Assert.Single(Extract("The comet was discovered in 2015 by Drennick University.").Events, e => e.Kind == "discovery");
        Assert.Equal(new[] { "Drennick University" }, discovery.Participants.ToArray());
    }

    [Fact]
    public void A_successor_and_the_one_he_succeeded_both_take_part()
    {
        var succession = Assert.Single(Extract("Pieter Olsen succeeded Anja Kress as mayor of Halvik on Monday.").Events, e => e.Kind == "succession");
        Assert.Equal(new[] { "Pieter Olsen", "Anja Kress" }, succession.Participants.ToArray());
    }

    [Theory]
    [InlineData("The Halvik Herald closed on Monday after 90 years.", "closure")]
    [InlineData("The Tarvo Herald ceased publication on Monday.", "suspension")]
    public void An_outlet_whose_own_closure_is_told_is_its_party(string sentence, string kind)
    {
        var closure = Assert.Single(Extract(sentence).Events, e => e.Kind == kind);
        Assert.Single(closure.Participants);
    }

    [Fact]
    public void An_outlet_that_reports_a_closure_takes_no_part_in_it()
    {
        var closure = Assert.Single(Extract("Halvik Airport was closed on Monday, the Tarvo Herald reported.").Events, e => e.Kind == "closure");
        Assert.Equal(new[] { "Halvik Airport" }, closure.Participants.ToArray());
    }

    [Fact]
    public void A_person_found_is_no_discovery()
    {
        Assert.DoesNotContain(Extract("Pieter Olsen was discovered unresponsive at a hostel in Halvik on Monday.").Events, e => e.Kind == "discovery");
    }

    // A town and a country after a comma say where, unless the comma closes a phrase opening the sentence and the country
    // heads the subject of the verb after it.
    [Theory]
    [InlineData("After the talks in Halvik, Chile criticized Peru on Monday.", "111", true)]
    [InlineData("In Halvik, Chile signed a trade deal with Peru on Monday.", "057", true)]
    [InlineData("Police in Halvik, Chile arrested Pieter Olsen on Monday.", "173", false)]
    public void A_country_after_the_comma_of_an_opening_phrase_acts_and_after_a_town_says_where(string sentence, string code, bool acts) =>
        Assert.Equal(acts, Extract(sentence).Events.Single(e => e.Cameo == code).Participants.Contains("Chile"));

    // The rows' own examples (EventRuleTests) show the trials; these are the look-alikes of "tried" that are none.
    [Theory]
    [InlineData("The new law allowed Chile to extradite suspects from Halvik to be tried under its laws.")]
    [InlineData("The engines were tried and tested by Olsen Motors in Halvik.")]
    [InlineData("Pieter Olsen was tried to no avail.")]
    public void Tried_that_names_no_court_case_is_no_trial(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "trial");

    [Theory]
    [InlineData("Talks between Chile and Peru collapsed on Monday.")]
    [InlineData("The ruling coalition in Halvik collapsed on Monday.")]
    [InlineData("The Norland currency collapsed on Monday.")]
    [InlineData("In Halvik talks collapsed on Monday.")]
    public void An_undertaking_or_a_body_that_collapses_is_no_accident(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "collapse");

    [Fact]
    public void A_person_who_collapses_is_no_collapse_and_a_bridge_that_collapses_is_one()
    {
        var events = Extract("Pieter Olsen collapsed at a concert in Halvik on Monday and died hours later.").Events;
        Assert.DoesNotContain(events, e => e.Kind == "collapse");
        Assert.Contains(events, e => e.Kind == "death" && e.Participants.Contains("Pieter Olsen"));
        Assert.DoesNotContain(Extract("She collapsed during the march in Halvik on Monday.").Events, e => e.Kind == "collapse");
        Assert.DoesNotContain(Extract("The old man collapsed outside the Halvik station on Monday.").Events, e => e.Kind == "collapse");
        Assert.Contains(Extract("The Halvik Bridge collapsed on Monday.").Events, e => e.Kind == "collapse");
        Assert.Contains(Extract("The roof of the Halvik school collapsed on Monday.").Events, e => e.Kind == "collapse");
        Assert.Contains(Extract("The old government building in Halvik collapsed on Monday.").Events, e => e.Kind == "collapse");
    }

    [Fact]
    public void A_publication_that_names_a_periodical_is_no_event()
    {
        Assert.DoesNotContain(Extract("Anja Kress was called a liar in one publication and praised in another.").Events, e => e.Kind == "publication");
    }

    // A study's participle after its noun names no subject: who published it is the body after "by", past a team's words.
    [Theory]
    [InlineData("Most children brush twice a day, says a survey published in 2016 by the Tarvo Dental Society.", "Tarvo Dental Society")]
    [InlineData("The lake is older than thought, say findings published on Monday in the Halvik Review by a team of geologists from Drennick University.", "Drennick University")]
    public void Who_a_study_was_published_by_is_the_publication_s_party(string sentence, string publisher)
    {
        var publication = Assert.Single(Extract(sentence).Events, e => e.Kind == "publication");
        Assert.Equal(new[] { publisher }, publication.Participants.ToArray());
    }

    [Fact]
    public void A_study_published_before_a_by_which_names_no_publisher()
    {
        Assert.DoesNotContain(Extract("The study published in the Halvik Review describes a process by which the lake was dated.").Events, e => e.Kind == "publication");
    }

    [Theory]
    [InlineData("Pieter Olsen's trip to Tarvo was cancelled.", "visit")]
    [InlineData("The summit between Pieter Olsen and Anja Kress was called off on Monday.", "meeting")]
    public void An_act_told_as_called_off_did_not_take_place(string sentence, string kind)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == kind);
    }

    [Theory]
    [InlineData("A cargo plane operated by Halvik Airlines crashed near Tarvo on Monday.", "crash", "Halvik Airlines")]
    [InlineData("A cargo plane crashed near Tarvo on Monday. The plane was owned by Halvik Airlines.", "crash", "Halvik Airlines")]
    [InlineData("A ferry owned by Tarvo Lines capsized near Halvik on Monday.", "sinking", "Tarvo Lines")]
    public void The_company_that_owns_or_operates_the_craft_of_an_accident_takes_part(string text, string kind, string owner)
    {
        var accident = Assert.Single(Extract(text).Events, e => e.Kind == kind);
        Assert.Equal(new[] { owner }, accident.Participants.ToArray());
    }

    [Fact]
    public void A_planned_event_dated_by_a_month_alone_is_in_that_months_next_coming()
    {
        // The rule article's dateline is July 28, 2019: "was due to ... in September" is September 2019, not 2018.
        var resignation = Assert.Single(Extract("Mayor Anja Kress was due to stand down in September.").Events, e => e.Kind == "resignation");
        Assert.Equal(20190900, resignation.Date);
    }

    [Fact]
    public void Occurrences_told_in_the_plural_with_a_place_and_a_day_for_each_are_one_per_place()
    {
        var outbreaks = Extract("Outbreaks of cholera were declared in Norway on February 6 and Sweden on March 2.").Events.Where(e => e.Kind == "outbreak").ToList();
        Assert.Equal(2, outbreaks.Count);
        Assert.Contains(outbreaks, e => e.Date == 20190206);
        Assert.Contains(outbreaks, e => e.Date == 20190302);
    }

    // What a closure, a launch or a discovery told by its verb is of takes part after who closes, launches or finds it.
    [Theory]
    [InlineData("Ostrel Systems shut down the Velden Mail service on Monday.", "shutdown", "Ostrel Systems", "Velden Mail")]
    [InlineData("Karel Brandt launched the Velden Books Company in 2010.", "launch", "Karel Brandt", "Velden Books Company")]
    public void What_a_verb_closes_or_launches_takes_part_after_its_doer(string sentence, string kind, string doer, string thing)
    {
        var occurrence = Assert.Single(Extract(sentence).Events, e => e.Kind == kind);
        Assert.Equal(new[] { doer, thing }, occurrence.Participants.ToArray());
    }

    // "Métro" ends a transit network's name, after a city's too ("the Lima Métro").
    [Theory]
    [InlineData("Kavel station, part of the Velden Metro, was temporarily closed on Monday.", "closure", "Velden Metro")]
    [InlineData("Brenn station of the Lima Métro was shut down on Monday.", "shutdown", "Lima Métro")]
    public void An_unnamed_station_of_a_named_network_closed_is_the_network_s_closure(string sentence, string kind, string network)
    {
        var closure = Assert.Single(Extract(sentence).Events, e => e.Kind == kind);
        Assert.Equal(new[] { network }, closure.Participants.ToArray());
    }

    [Fact]
    public void An_occasion_launched_is_no_launch() =>
        Assert.DoesNotContain(Extract("Ostrel Rail launched an event for its drivers in Kavel on Monday.").Events, e => e.Kind == "launch");
}
