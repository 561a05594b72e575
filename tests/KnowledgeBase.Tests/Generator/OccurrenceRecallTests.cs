using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Occurrences the text tells without naming anyone who did them, on invented sentences (the dateline of
/// <see cref="RuleArticle"/> is Sunday, July 28, 2019).
/// </summary>
public sealed class OccurrenceRecallTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("A fire broke out at a warehouse in Velden on Monday.")]
    [InlineData("Fire destroyed three homes in Velden on Monday.")]
    [InlineData("A blaze at a chemical plant in Velden killed two workers on Monday.")]
    [InlineData("The ferry caught fire near Norvale on Monday.")]
    [InlineData("A fire last night gutted a dozen market stalls in the old quarter of Velden.")]
    [InlineData("Late on Friday a fire was reported at a sawmill outside Velden.")]
    [InlineData("An apartment block caught fire in Norvale on Monday.")]
    [InlineData("A block of flats in Velden caught fire on Monday.")]
    public void A_fire_told_as_taking_place_is_an_occurrence_with_nobody_named(string sentence)
    {
        var fire = Assert.Single(Extract(sentence).Events, e => e.Kind == "fire");
        Assert.Equal("000", fire.Cameo);
        Assert.Empty(fire.Participants);
    }

    [Theory]
    [InlineData("SARS-CoV-2 has killed 30 people in Norvale since May.")]
    [InlineData("Dengue killed 12 children in Ostrel last month.")]
    public void A_named_disease_that_killed_is_a_count_of_deaths_and_no_assault(string sentence)
    {
        var events = Extract(sentence).Events;
        Assert.Contains(events, e => e.Kind == "death" && e.Cameo == "000");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The fire department in Velden said the cause is unknown.")]
    [InlineData("Velden firefighters held a charity run on Sunday.")]
    [InlineData("Officials in Velden warned that a fire could spread to the old town.")]
    [InlineData("Mayor Ana Ruiz ordered fire safety checks on all hotels in Velden.")]
    [InlineData("Troops in Velden returned fire on Monday.")]
    public void A_fire_spoken_of_but_not_told_as_taking_place_is_no_occurrence(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "fire");
    }

    [Fact]
    public void A_fire_told_with_a_crash_is_the_crashs_and_no_occurrence_of_its_own()
    {
        var model = Extract("A bus crashed near Velden on Monday and caught fire.\n\nA road accident followed by a fire near Norvale injured three drivers on Tuesday.");
        Assert.DoesNotContain(model.Events, e => e.Kind == "fire");
        Assert.Contains(model.Events, e => e.Kind == "crash");
        Assert.Contains(model.Events, e => e.Kind == "accident");
    }

    [Theory]
    [InlineData("Forecasters in Velden said Tropical Storm Mira is not expected to make landfall in Norway.", "storm")]
    [InlineData("The judges of Norland heard the appeal of the mining licence ruling by the province.", "appeal")]
    [InlineData("Norland Army troops marched into Velden on Monday.", "protest")]
    public void A_phrase_row_turned_away_by_its_context_codes_nothing(string sentence, string kind)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == kind);
    }

    [Fact]
    public void Appealing_to_someone_outside_a_court_is_an_appeal_to_them_and_to_a_court_a_case_appealed()
    {
        var model = Extract("Mayor Ana Ruiz appealed to Tomas Vell for calm on Monday.\n\nKarel Brandt appealed to the Supreme Court of Norland on Tuesday.");
        Assert.Contains(model.Events, e => e.Cameo.StartsWith("02", System.StringComparison.Ordinal) && e.Participants.SequenceEqual(new[] { "Ana Ruiz", "Tomas Vell" }));
        Assert.Contains(model.Events, e => e.Cameo == "000" && e.Kind == "appeal" && e.Participants.SequenceEqual(new[] { "Karel Brandt" }));
    }

    [Fact]
    public void An_election_held_in_a_country_is_that_countrys()
    {
        var election = Assert.Single(Extract("A presidential election was held in Norway on Sunday.").Events, e => e.Kind == "election");
        Assert.Equal(new[] { "Norway" }, election.Participants);
    }

    [Theory]
    [InlineData("On Sunday, Hurricane Mira hit the coast of Norland.")]
    [InlineData("Tropical Storm Karel struck Velden on Saturday.")]
    [InlineData("Today, as Typhoon Mira battered Norvale, forecasters issued alerts.")]
    public void A_named_storm_told_as_striking_is_a_storm(string sentence)
    {
        Assert.Single(Extract(sentence).Events, e => e.Cameo == "000" && e.Kind == "storm");
    }

    [Theory]
    [InlineData("Messages in Velden mocked the victims of Hurricane Mira.")]
    [InlineData("Students in Velden joined the Storm Velden Castle fun run.")]
    [InlineData("The Velden Storm beat the Ostrel Rovers 3-1 on Saturday.")]
    public void A_storm_only_named_or_a_name_with_storm_in_it_is_no_storm(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "storm");
    }
    [Theory]
    [InlineData("A suicide bombing in Norway killed 12 people on Sunday.", "183")]
    [InlineData("A shooting at a school in Toronto left two dead on Friday.", "193")]
    [InlineData("An attack on a police station near Velden killed four officers on Saturday.", "190")]
    [InlineData("The bombing of a bus in Velden on Sunday wounded 30 people.", "183")]
    public void An_attack_told_as_a_noun_subject_of_its_harm_happened_with_nobody_named(string sentence, string cameo)
    {
        Assert.Contains(Extract(sentence).Events, e => e.Cameo == cameo);
    }

    [Theory]
    [InlineData("A shooting range opened in Velden on Monday.")]
    public void An_attack_only_spoken_of_is_no_occurrence(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("18") || e.Cameo.StartsWith("19"));
    }
    [Fact]
    public void An_attack_a_party_agreed_to_stop_is_no_attack()
    {
        Assert.DoesNotContain(Extract("The Ostrel Front agreed on Monday to end attacks on Velden.").Events, e => e.Cameo == "190");
        Assert.DoesNotContain(Extract("The Ostrel Front tied the truce to a halt to attacks on Velden.").Events, e => e.Cameo == "190");
    }
}
