using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A country named with one of its institutions ("the Austrian parliament", "Austria's cabinet", "the parliament of
/// Canada") is that institution acting and speaking, like "the Austrian government"; and an act a body decided on ("voted
/// to lift the curfew", "decided to release him") is told as done. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class CountryInstitutionTests
{
    private const int StatusOccurred = 1;

    [Theory]
    [InlineData("The Austrian parliament passed the bill on Tuesday.", "legislation", "Parliament of Austria")]
    [InlineData("The Austrian parliament approved the pension reform on Tuesday.", "legislation", "Parliament of Austria")] // a reform voted through is a law
    [InlineData("Austria's cabinet imposed a curfew on Tuesday.", "curfew", "Cabinet of Austria")]
    [InlineData("The parliament of Canada condemned Austria on Monday.", "criticism", "Parliament of Canada")]
    [InlineData("The Austrian government imposed a curfew on Tuesday.", "curfew", "Government of Austria")] // guard: as before
    public void A_country_named_with_its_institution_is_the_institution_acting(string sentence, string kind, string actor)
    {
        var model = RuleArticle.Extract(sentence);
        var act = Assert.Single(model.Events, e => e.Kind == kind);
        Assert.Equal(actor, act.Participants[0]);
        Assert.Contains(model.Entities, e => e.Name == actor);
    }

    [Theory]
    [InlineData("Canada's president praised Austria's decision on Monday.", "praise", "Canada", "Austria")]
    [InlineData("Canada's government praised Austria on Monday.", "praise", "Government of Canada", "Austria")]
    [InlineData("Canada's foreign minister accused Austria of lying on Monday.", "accusation", "Canada", "Austria")]
    [InlineData("Canada's cabinet praised Austria's decision on Monday.", "praise", "Cabinet of Canada", "Austria")]
    [InlineData("Chile's foreign minister Tomas Vell praised Austria on Monday.", "praise", "Tomas Vell", "Austria")]
    [InlineData("Tomas Vell and Canada's president praised Austria on Monday.", "praise", "Tomas Vell", "Austria")]
    public void The_party_an_active_verbs_subject_names_acts_first(string sentence, string kind, string actor, string target)
    {
        var act = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == kind);
        Assert.Equal(new[] { actor, target }, act.Participants.ToArray());
    }

    [Fact]
    public void An_infinitive_after_a_possessed_noun_is_the_possessors_act()
    {
        // The subject of "to lift" is "Austria's decision", not the praising country named before it.
        var lifting = Assert.Single(RuleArticle.Extract("Canada praised Austria's decision to lift the ban on Monday.").Events, e => e.Kind == "easing of restrictions");
        Assert.Equal("Austria", lifting.Participants[0]);
    }

    [Theory]
    [InlineData("The Canadian government praised Austria on Monday.", "praise", "Government of Canada")] // a named subject by its adjective
    [InlineData("The Canadian foreign ministry praised Austria on Monday.", "praise", "Canada")] // a modifier before the body
    [InlineData("Canadian security forces arrested two Austrian men on Monday.", "arrest", "Canada")]
    [InlineData("Canadian warplanes struck rebel positions in Austria on Monday.", "strike", "Canada")] // the arms of its forces
    [InlineData("The Canadian air force bombed rebel camps in Austria on Monday.", "strike", "Canada")] // a force told by two words
    [InlineData("Canada said its drones hit rebel targets in Austria on Monday.", "strike", "Canada")]
    public void A_body_of_a_state_named_by_its_adjective_acts_for_the_state(string sentence, string kind, string actor)
    {
        var act = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == kind);
        Assert.Equal(new[] { actor, "Austria" }, act.Participants.ToArray());
    }

    [Theory] // guards: a person of a country, however described, names no party
    [InlineData("The Canadian foreign minister praised Austria on Monday.", "Canada")]
    [InlineData("Police arrested Mira Holt, a Canadian tennis player, on Monday.", "Canada")]
    public void A_person_of_a_country_is_no_party_for_it(string sentence, string country) =>
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Participants.Contains(country));

    [Fact]
    public void A_country_named_with_its_institution_speaks_as_the_institution()
    {
        var quote = Assert.Single(RuleArticle.Extract("The Austrian cabinet said the curfew would end on Friday.").Quotes);
        Assert.Equal("Cabinet of Austria", quote.Speaker);
    }

    [Fact] // guard: held at the start too, and must hold with institutions acting
    public void A_country_named_also_as_itself_stays_the_country()
    {
        var model = RuleArticle.Extract("On Monday, Canada held a general election for the Canadian Parliament.");
        var election = Assert.Single(model.Events, e => e.Kind == "election");
        Assert.Equal(new[] { "Canada" }, election.Participants.ToArray());
    }

    [Theory]
    [InlineData("The Canadian cabinet voted unanimously to lift the state of emergency on Saturday.", "0814", "Cabinet of Canada", null)]
    [InlineData("Canada decided to release Karel Brandt on Monday.", "0841", "Canada", "Karel Brandt")]
    [InlineData("The Norvale Assembly voted to condemn Canada on Monday.", "111", "Norvale Assembly", "Canada")] // a base form no row lists
    [InlineData("Canada decided to fire Karel Brandt on Monday.", "000", "Canada", "Karel Brandt")] // a dismissal, not a fire
    [InlineData("The Norvale Assembly voted on a resolution to condemn Canada on Monday.", "111", "Norvale Assembly", "Canada")] // a resolution voted on
    public void An_act_a_body_decided_on_is_told_as_done_with_the_body_acting(string sentence, string cameo, string actor, string? target)
    {
        var act = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo == cameo);
        Assert.Equal(target is null ? new[] { actor } : new[] { actor, target }, act.Participants.ToArray());
        Assert.Equal(StatusOccurred, act.Status);
    }

    [Fact]
    public void An_inquiry_a_body_decided_to_launch_is_the_inquiry_and_no_launch()
    {
        var events = RuleArticle.Extract("The Norvale Assembly voted to launch an inquiry into Ostrel Shipping on Monday.").Events;
        Assert.Single(events, e => e.Cameo == "090");
        Assert.DoesNotContain(events, e => e.Kind == "launch");
    }

    [Theory]
    [InlineData("Canada wanted to release Karel Brandt on Monday.")] // guards: a wish is no decision, nor a vote not cast
    [InlineData("Canada did not vote to release Karel Brandt on Monday.")]
    public void An_act_only_wished_or_not_voted_for_is_no_event(string sentence) =>
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Cameo == "0841");

    [Fact]
    public void A_thing_dismissed_is_rejected_and_no_one_is_dismissed_from_office()
    {
        var model = RuleArticle.Extract("In 2018 the Norvale Assembly approved a bill on rents, but it was dismissed by the senate.");
        Assert.DoesNotContain(model.Events, e => e.Kind == "dismissal");
    }

    [Theory]
    [InlineData("Congress must act soon, the Speaker of the House, Lyle Varga, warned.")]
    [InlineData("Ada Korvin wants term limits for the Senate and House, her office wrote.")]
    [InlineData("Congress met on Monday, and the White House said the House would vote on the bill.")] // "House" of another name leaves the bare word to the chamber
    public void A_bare_House_in_a_story_about_Congress_is_the_US_House(string sentence)
    {
        var house = Assert.Single(RuleArticle.Extract(sentence).Entities, e => e.Name == "United States House of Representatives");
        Assert.Contains("House", house.Forms);
    }

    [Theory]
    [InlineData("The British Parliament met in the House of Commons, and the House voted against the deal.")]
    [InlineData("Congress passed the bill, and the House Oversight Committee met on Monday.")]
    [InlineData("Senator Ada Korvin said Congress met while the fire burned the house on Monday.")] // a house, not the House
    [InlineData("The United States praised the Philippine House of Representatives after the House passed the bill.")]
    public void A_bare_House_with_another_House_named_is_not_the_US_House(string sentence)
    {
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Entities, e => e.Name == "United States House of Representatives");
    }
}
