using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A law told passed or brought in, in the passive with no "by", is legislation with its legislature unnamed
/// (event-phrases.tsv, UnnamedParties.LawPassedByTheUnnamed). Invented sentences.
/// </summary>
public sealed class EventUnnamedLegislatureTests
{
    private static string Legislation(string paragraphs) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == "legislation")
            .Select(e => e.Date + ": " + string.Join(", ", e.Participants.ToArray())));

    [Theory]
    [InlineData("The ninth amendment limiting ferry fares in Velden was passed in 1962.", "19620000: ")]
    [InlineData("After the floods of 2009, a bill was proposed in 2011 for taxing the harbour, but it stalled.", "20110000: ")]
    [InlineData("The new harbour laws were adopted in 1998 after a long debate.", "19980000: ")]
    public void A_law_passed_with_no_body_named_is_legislation(string paragraphs, string legislation) =>
        Assert.Equal(legislation, Legislation(paragraphs));

    [Theory]
    // Not passed, not yet passed, martial law, a thing that is no law.
    [InlineData("A bill on ferry fares was proposed in 2011 but was not passed in the end.", 1)]
    [InlineData("The harbour bill would be passed in March, the minister said.", 0)]
    [InlineData("Martial law was introduced in Ostrel on Monday.", 0)]
    [InlineData("The first ferry timetable was introduced in 1962 in Velden.", 0)]
    public void A_law_not_passed_or_no_law_is_none(string paragraphs, int count) =>
        Assert.Equal(count, RuleArticle.Extract(paragraphs).Events.Count(e => e.Kind == "legislation"));
}
