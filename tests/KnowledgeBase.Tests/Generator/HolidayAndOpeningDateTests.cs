using System.Linq;
using KnowledgeBase.Generators.Extraction.Events;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Holidays read as days ("on Christmas Eve"), dates opened by an adverb ("Late on Saturday, ..."), and a planned act's
/// weekday told after the day it was announced. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class HolidayAndOpeningDateTests
{
    public static System.Collections.Generic.IEnumerable<object[]> HolidayRows() =>
        DateResolver.Holidays.Select(r => new object[] { r.Example, r.Date });

    [Theory]
    [MemberData(nameof(HolidayRows))]
    public void Each_holiday_dates_its_example_to_its_last_day_before_the_dateline(string example, int packed) =>
        Assert.Contains(RuleArticle.Extract(example).Events, e => e.Date == packed);

    [Theory]
    [InlineData("Gunmen attacked a church in Freedonia on Christmas Day 2016.", 20161225)]
    [InlineData("Mira Holt said Norland will hold elections on New Year's Day.", 20200101)]
    public void A_holiday_takes_its_own_year_or_the_next_one_in_a_plan(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, RuleArticle.Dates(sentence));

    [Theory]
    [InlineData("Mira Holt chaired the Friends of Christmas Trust in Velden.")]
    [InlineData("Mira Holt spoke at the Easter Rising memorial in Velden.")]
    [InlineData("Mira Holt defended the Good Friday agreement in Velden.")]
    public void A_holiday_word_in_a_name_is_no_day(string sentence) =>
        Assert.Empty(RuleArticle.Dates(sentence));

    public static System.Collections.Generic.IEnumerable<object[]> OpeningWordRows() =>
        EventDating.OpeningWords.Select(r => new object[] { r.Example });

    // Each row's example: a statement the opening date (Saturday) frames, and an offensive of Wednesday in an "after" clause.
    [Theory]
    [MemberData(nameof(OpeningWordRows))]
    public void A_date_after_an_opening_word_frames_the_statement(string example) =>
        Assert.Contains(RuleArticle.Extract(example).Events, e => e.Cameo.StartsWith("01", System.StringComparison.Ordinal) && e.Date == 20190727);

    [Theory]
    [InlineData("Mira Holt said on Friday that she would meet Karel Brandt on Thursday.", 20190801)]
    [InlineData("Mira Holt said on Thursday that she would meet Karel Brandt on Saturday.", 20190727)]
    [InlineData("Mira Holt announced on Friday that Norland would hold talks with Freedonia on Tuesday.", 20190730)]
    public void A_planned_act_named_by_its_weekday_comes_after_the_day_it_was_told(string sentence, int packed) =>
        Assert.Contains(RuleArticle.Extract(sentence).Events, e => e.Kind is "meeting" or "discussion" && e.Date == packed);

    // The weekday before the clause of saying dates the telling (past); read ahead it would date the plan told to a day
    // nobody named. The plan keeps no date, nor the sentence before's.
    [Theory]
    [InlineData("On Wednesday, Mira Holt announced that her government will withdraw the mining bill.", "withdrawal")]
    [InlineData("On Friday, Karel Brandt said that he will meet Mira Holt in Velden.", "meeting")]
    [InlineData("Karel Brandt met Mira Holt on Monday. On Thursday, Norland announced it is to hold talks with Freedonia.", "discussion")]
    public void A_plan_told_on_a_day_is_not_dated_by_the_day_of_its_telling(string text, string kind) =>
        Assert.Contains(RuleArticle.Extract(text).Events, e => e.Kind == kind && e.Date == 0);

    // A day read the same toward the past and ahead dates the plan as before: it was told that day, for that day.
    [Fact]
    public void A_plan_told_yesterday_keeps_yesterday() =>
        Assert.Contains(RuleArticle.Extract("Yesterday, the Velden Courier reported that Mira Holt would be suspending her campaign.").Events,
            e => e.Kind == "withdrawal" && e.Date == 20190727);
}
