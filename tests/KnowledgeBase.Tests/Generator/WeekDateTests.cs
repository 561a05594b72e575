using System.Linq;
using System.Threading;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Weeks told from the dateline: a day named right after "last week" or "earlier this week", or right before "last week", is the act's date, as is a
/// weekday written before the day of the month; a week
/// ahead in a sentence tells of a plan, not of the past act it sits with. Invented sentences.
/// </summary>
public sealed class WeekDateTests
{
    // Against Sunday, July 28, 2019: last week ran from Monday, July 15 to Sunday, July 21.
    [Theory]
    [InlineData("Last week, on July 16, the Velmar Trade Board closed its office in Darnow.", 20190716)]
    [InlineData("Last week on July 16 the Velmar Trade Board closed its office in Darnow.", 20190716)]
    [InlineData("Last week, on Tuesday, Mira Holt resigned from the Velmar council.", 20190716)]
    [InlineData("Last week, on Sunday, Mira Holt resigned from the Velmar council.", 20190721)]
    [InlineData("Earlier this week, on July 23, the river flooded the village of Marlow.", 20190723)]
    public void A_day_named_right_after_the_week_is_the_one_date(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, RuleArticle.Dates(sentence));

    // "on Thursday last week", "on Monday of last week": the weekday of last week, one date with the words after it.
    [Theory]
    [InlineData("On Thursday last week, the Velmar army attacked rebels near Darnow.", 20190718)]
    [InlineData("Police in Darnow arrested Karel Brandt on Monday of last week.", 20190715)]
    [InlineData("On Sunday last week, Mira Holt resigned from the Velmar council.", 20190721)]
    public void A_weekday_named_before_last_week_is_the_one_of_that_week(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, RuleArticle.Dates(sentence));

    // "on Tuesday, July 9", "on Friday 12 July": a weekday written right before the day of the month names that day, not the
    // latest weekday of its name before the dateline.
    [Theory]
    [InlineData("Police in Darnow arrested Karel Brandt on Tuesday, July 9.", 20190709)]
    [InlineData("On Friday 12 July, the Velmar army attacked rebels near Darnow.", 20190712)]
    [InlineData("Mira Holt resigned from the Velmar council on Wednesday, 3 July.", 20190703)]
    [InlineData("Police in Darnow arrested Karel Brandt on Saturday, December 8.", 20181208)]
    public void A_weekday_written_before_the_day_of_the_month_is_that_day(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, RuleArticle.Dates(sentence));

    [Theory]
    [InlineData("Mira Holt resigned from the Velmar council last week.", 20190700)]
    [InlineData("Mira Holt resigned from the Velmar council on Tuesday.", 20190723)]
    public void A_week_or_a_weekday_alone_reads_as_before(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, RuleArticle.Dates(sentence));

    // "later this week" of Friday, July 26, 2019 is the weekend ahead: it dates the plan, and the statement keeps the day
    // the paragraph gave.
    [Fact]
    public void A_statement_of_a_plan_later_this_week_keeps_the_day_of_its_paragraph()
    {
        var model = OnFriday("Yesterday, Karel Brandt met Tomas Vell in Ostrel. He also announced a new trade plan to be unveiled at the Norland Assembly later this week.");
        Assert.Equal(20190725, Assert.Single(model.Events, e => e.Kind == "statement").Date);
    }

    [Fact]
    public void A_past_act_beside_a_plan_later_this_week_keeps_the_day_before()
    {
        var model = OnFriday("On Thursday, Tomas Vell opened a bridge in Ostrel. He also visited a factory in Ostrel, and will tour the port later this week.");
        Assert.Equal(20190725, Assert.Single(model.Events, e => e.Kind == "visit").Date);
    }

    private static ArticleModel OnFriday(string paragraphs) =>
        ArticleExtractor.Extract(DocumentReader.Parse("a.txt", "/a.txt", "A headline\n\nFriday, July 26, 2019\n\n" + paragraphs + "\n", 0, CancellationToken.None), CancellationToken.None);
}
