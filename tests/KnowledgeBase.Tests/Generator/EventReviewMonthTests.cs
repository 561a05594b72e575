using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Which acts of a month's review take the month its headline names. Invented sentences; the dateline is Sunday, July 28, 2019,
/// the headline "Around the league, June 2019".
/// </summary>
public sealed class EventReviewMonthTests
{
    private const string Headline = "Around the league, June 2019";

    [Theory]
    // A time word or an earlier year in a clause below the act's own tells that clause's time.
    [InlineData("Mira Holt accused the Velden coach of claiming the club would move to Ostrel.", "accusation", 20190600)]
    [InlineData("Mira Holt criticized Karel Brandt for leaving the club despite promising previously to stay.", "criticism", 20190600)]
    [InlineData("Mira Holt criticized the Velden board, recalling its conduct ahead of the 2011 cup final.", "criticism", 20190600)]
    [InlineData("Mira Holt criticized the Velden board for a loan which it has never repaid.", "criticism", 20190600)]
    // In the act's own clause, or one it hangs on, they still do.
    [InlineData("Mira Holt had criticized the Velden board.", "criticism", 0)]
    [InlineData("Mira Holt previously criticized the Velden board for selling the striker.", "criticism", 0)]
    [InlineData("Mira Holt criticized the Velden board years after the sale of the striker.", "criticism", 0)]
    public void A_time_word_below_the_acts_clause_keeps_the_headline_month(string text, string kind, int date)
    {
        var events = RuleArticle.ExtractTitled(Headline, text).Events;
        Assert.True(events.Any(e => e.Kind == kind), string.Join("; ", events.Select(e => e.Kind + "=" + e.Date)));
        Assert.Equal(date, events.First(e => e.Kind == kind).Date);
    }
}
