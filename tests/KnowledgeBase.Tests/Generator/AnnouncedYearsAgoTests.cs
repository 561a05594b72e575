using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A resignation or a retirement a noun names as announced is still to come, unless "in" and a year before the dateline's
/// follow the noun: then it was done in that year. Invented sentences, against Sunday, July 28, 2019.
/// </summary>
public sealed class AnnouncedYearsAgoTests
{
    [Theory]
    [InlineData("When Senator Mira Holt of Norland announced her resignation in 1995, Karel Brandt joined the race to replace her.", "resignation", 19950000)]
    [InlineData("Ostrel Shipping chief Tomas Vell announced his retirement in 2011, and Lena Dorn took over the firm.", "retirement", 20110000)]
    public void An_act_announced_in_an_earlier_year_was_done_that_year(string sentence, string kind, int date)
    {
        var act = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == kind);
        Assert.Equal(date, act.Date);
        Assert.Equal(1, act.Status); // occurred
    }

    [Fact]
    public void An_act_announced_this_year_is_still_to_come()
    {
        var act = Assert.Single(RuleArticle.Extract("On Tuesday, Senator Mira Holt of Norland announced her resignation in 2019.").Events, e => e.Kind == "resignation");
        Assert.Equal(0, act.Date);
        Assert.Equal(2, act.Status); // planned
    }
}
