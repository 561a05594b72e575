using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A state's body told by a bare noun and its country after "in" ("prosecutors in Chile", "officials in Peru") acts for that
/// country, as its police and authorities do; a name before the noun or a preposition before the phrase keeps the country a
/// place. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventStateBodyTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Prosecutors in Chile charged Tomas Verle with fraud on Monday.", "charge", new[] { "Chile", "Tomas Verle" })]
    [InlineData("Investigators in Norway arrested Karel Brandt on Monday.", "arrest", new[] { "Norway", "Karel Brandt" })]
    [InlineData("Officials in Chile criticized the Velden Shipping Company on Tuesday.", "criticism", new[] { "Chile", "Velden Shipping Company" })]
    [InlineData("American officials in Peru criticized the Ostrel Mining Company on Monday.", "criticism", new[] { "United States", "Ostrel Mining Company" })]
    public void A_body_with_its_country_after_in_is_the_country(string sentence, string kind, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    [Theory]
    [InlineData("He met officials in Peru on Monday.")]
    [InlineData("Talks with prosecutors in Peru collapsed on Monday.")]
    public void A_body_after_a_preposition_keeps_its_country_a_place(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Participants.FirstOrDefault() == "Peru");
}
