using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Spans counted ahead of the dateline ("within two days", "in the next ten days"): the month their days lie in, else
/// their year; no day invented (DateResolver.CountedAhead). Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class CountedAheadDateTests
{
    [Theory]
    [InlineData("Mira Holt will visit Velden within two days.", 20190700)]
    [InlineData("Mira Holt is to send the harbour bill to the senate in the next three days.", 20190700)]
    [InlineData("The Velden council will vote on the budget over the coming 3 days.", 20190700)]
    [InlineData("Mira Holt will visit Velden within two weeks.", 20190000)]
    public void A_span_counted_ahead_dates_to_its_month_or_year(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, RuleArticle.Dates(sentence));

    [Theory]
    // Counted from another time, or no span ahead at all.
    [InlineData("Ostrel Air resumed flights within two weeks of the storm.")]
    [InlineData("The siege of Marlow ended after ten days of fighting.")]
    [InlineData("Mira Holt spent the next three days in Velden.")]
    public void A_span_counted_from_something_else_dates_nothing(string sentence) =>
        Assert.Empty(RuleArticle.Dates(sentence));
}
