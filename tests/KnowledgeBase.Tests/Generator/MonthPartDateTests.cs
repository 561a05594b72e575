using System.Linq;
using KnowledgeBase.Generators.Extraction.Events;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A day or part of a month named before "of" and the month ("the fifth of March", "the end of June") and seasons ("last
/// summer"): the precision the text supports, no day invented. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class MonthPartDateTests
{
    private static int[] Dates(string sentence) => RuleArticle.Dates(sentence);

    public static System.Collections.Generic.IEnumerable<object[]> MonthPartRows() =>
        DateResolver.MonthParts.Select(r => new object[] { r.Example, r.Date });

    [Theory]
    [MemberData(nameof(MonthPartRows))]
    public void Each_part_of_a_month_dates_its_example_to_the_month(string example, int packed) =>
        Assert.Equal(new[] { packed }, Dates(example));

    public static System.Collections.Generic.IEnumerable<object[]> SeasonRows() =>
        DateResolver.Seasons.Select(r => new object[] { r.Example, r.Date });

    [Theory]
    [MemberData(nameof(SeasonRows))]
    public void Each_season_dates_its_example_to_a_year(string example, int packed) =>
        Assert.Equal(new[] { packed }, Dates(example));

    [Theory]
    [InlineData("Mira Holt met Karel Brandt in Velden on the 3rd of July.", 20190703)]
    [InlineData("Mira Holt met Karel Brandt in Velden on the fifth of March.", 20190305)]
    [InlineData("Mira Holt met Karel Brandt in Velden on the twenty-first of May.", 20190521)]
    [InlineData("Mira Holt met Karel Brandt in Velden on the 3rd of July 2018.", 20180703)]
    [InlineData("Mira Holt met Karel Brandt in Velden on the 3rd of July, 2018.", 20180703)]
    [InlineData("Rebels shelled the village of Marlow on the evening of 3 July.", 20190703)]
    public void An_ordinal_day_of_a_month_is_that_day(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Theory]
    [InlineData("Rebels shelled the village of Marlow last summer.", 20191020, 20190000)]
    [InlineData("Rebels shelled the village of Marlow last spring.", 20190420, 20180000)]
    [InlineData("Rebels shelled the village of Marlow this spring.", 20190420, 20190000)]
    public void Last_season_is_the_latest_one_ended_before_the_dateline(string sentence, int published, int packed) =>
        Assert.Equal(new[] { packed }, DateResolver.Find(KnowledgeBase.Generators.Extraction.Tokenizer.Tokenize(sentence, 0, sentence.Length), published).Select(d => d.Packed).ToArray());

    [Theory]
    [InlineData("Rebels shelled the village of Marlow in summer 2018.", 20180000)]
    [InlineData("Rebels shelled the village of Marlow at the end of 2018.", 20180000)]
    public void A_season_or_part_of_a_named_year_dates_to_the_year(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Theory]
    [InlineData("Rebels shelled the village of Marlow last winter.")]
    [InlineData("Rebels shelled the village of Marlow in the summer.")]
    [InlineData("Karel Brandt was the 3 of 5 candidates in March polls.")]
    [InlineData("Karel Brandt left Velden in the last year of his term.")]
    public void A_season_spanning_two_years_or_without_a_year_has_no_date(string sentence) =>
        Assert.DoesNotContain(Dates(sentence), d => d != 20190300);

    [Theory]
    [InlineData("The arson case is moving ahead, and Dorin Maltsev's trial is now scheduled for November.", 20191100)]
    [InlineData("Karel Brandt pleaded guilty, and his sentencing is scheduled for October.", 20191000)]
    public void A_month_a_plan_is_set_for_dates_it(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Fact]
    public void A_month_after_for_without_a_plan_has_no_date() =>
        Assert.Empty(Dates("Karel Brandt thanked the voters of Velden for November's turnout."));
}
