using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Parties and places told apart from the act's own clause: "they" after a country's police, the place a later sentence gives,
/// and the country an act of an unnamed armed group is not aimed at by. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventLaterPartyTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Police in Chile held four dock workers on Friday. They later arrested Karel Brandt at a roadblock.")]
    [InlineData("Police in Chile held four dock workers on Friday. On Saturday they arrested Karel Brandt at a roadblock.")]
    public void They_after_a_countrys_police_is_that_country(string text) =>
        Assert.Equal(new[] { "Chile", "Karel Brandt" }, Assert.Single(Extract(text).Events, e => e.Kind == "arrest" && e.Participants.Contains("Karel Brandt")).Participants.ToArray());

    [Theory]
    [InlineData("A gunman opened fire on shoppers on Saturday. The shooting happened in the town of Ostrel.", "shooting", "Ostrel")]
    [InlineData("A blast tore through a crowded bus on Friday. The blast reportedly occurred at the main depot of Drelna Province.", "explosion", "Drelna Province")]
    public void A_later_sentence_saying_where_the_act_took_place_gives_its_place(string text, string kind, string place) =>
        Assert.Equal(place, Assert.Single(Extract(text).Events, e => e.Kind == kind).Place);

    [Theory]
    [InlineData("A gunman shot two diners at a cafe in the harbour town of Ostrel on Friday.", "shooting", "Ostrel")]
    [InlineData("Marta Oskarsen died on Tuesday in the coastal city of Drelna.", "death", "Drelna")]
    [InlineData("Police detained Karel Brandt on Monday at his flat in the neighbouring state of Bavaria.", "arrest", "Bavaria")]
    public void A_town_after_a_place_noun_and_of_is_where_the_act_happened(string sentence, string kind, string place) =>
        Assert.Equal(place, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Place);

    private const string TwoCountries = " Ecuador and Chile agreed on Monday to share border patrols. Chile has long feared unrest.";

    [Theory]
    [InlineData("Gunmen stormed a hotel in Ecuador on Saturday, killing four guests.")]
    [InlineData("Rebels shelled a village in Ecuador on Saturday.")]
    public void An_act_of_an_unnamed_armed_group_is_not_aimed_at_by_the_other_country(string sentence) =>
        Assert.DoesNotContain(Extract(sentence + TwoCountries).Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal) && e.Participants.Contains("Chile"));

    [Fact]
    public void An_act_of_unnamed_troops_in_one_country_still_has_the_other_main_country() =>
        Assert.Contains(Extract("Troops shelled a village in Ecuador on Saturday." + TwoCountries).Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal) && e.Participants.Contains("Chile"));
}
