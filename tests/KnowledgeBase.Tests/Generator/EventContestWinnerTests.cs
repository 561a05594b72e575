using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A contest told once with the party that holds it and again with its winner is one election, the winner's (ContestWinners).
/// Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventContestWinnerTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string Elections(string paragraphs) =>
        string.Join(" / ", Extract(paragraphs).Events.Where(e => e.Kind is "election" or "primary")
            .Select(e => e.Place + ": " + string.Join(", ", e.Participants.ToArray().OrderBy(p => p, System.StringComparer.Ordinal)))
            .OrderBy(s => s, System.StringComparer.Ordinal));

    [Theory]
    [InlineData("On Saturday the Velden Unity Party held primaries in Utah, Maine and Ohio. By early counts, Lena Hart won the primaries in Utah and Maine.",
        "Maine: Lena Hart, Velden Unity Party / Ohio: Velden Unity Party / Utah: Lena Hart, Velden Unity Party")]
    [InlineData("On Tuesday the Velden Unity Party held its primaries in the states of Utah and Maine. Lena Hart won the primary in Maine.",
        "Maine: Lena Hart, Velden Unity Party / Utah: Velden Unity Party")]
    // One place told, and the win told with none: the same contest.
    [InlineData("The Velden Unity Party held a primary in Utah on Saturday. Lena Hart won the primary with 60% of the vote.",
        "Utah: Lena Hart, Velden Unity Party")]
    public void The_party_alone_is_dropped_where_its_winner_is_told(string paragraphs, string elections) =>
        Assert.Equal(elections, Elections(paragraphs));

    // One contest read as a primary and as an election: told once.
    [Fact]
    public void A_contest_told_twice_with_the_same_parties_is_one() =>
        Assert.Single(Extract("Both Ana Ruiz and Ivo Kast also won the primary elections in Utah in 2012.").Events, e => e.Kind is "election" or "primary");

    [Theory]
    // Another day: two contests.
    [InlineData("The Velden Unity Party held a primary in Utah on Saturday. Lena Hart won the Velden Unity Party's primary in Utah on July 2.", 2)]
    // Two places that day: a win told with no place may be either.
    [InlineData("The Velden Unity Party held primaries in Utah and Maine on Saturday. Lena Hart won one of the two primaries.", 3)]
    public void A_contest_of_another_day_stays(string paragraphs, int count) =>
        Assert.Equal(count, Extract(paragraphs).Events.Count(e => e.Kind is "election" or "primary"));
}
