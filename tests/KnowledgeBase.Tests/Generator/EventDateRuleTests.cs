using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Which date an event takes: the year a day is given in words, the date that frames the next sentence, mentions that
/// are another occasion by their dates. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventDateRuleTests
{
    [Fact]
    public void A_mention_dated_years_before_the_article_is_another_occasion_than_the_undated_one_told_before()
    {
        var model = RuleArticle.Extract("Velden voted on Saturday. Ana Ruiz won with 9,000 votes. Ana Ruiz was first elected to the Velden council in 2001.");
        var elections = model.Events.Where(e => e.Kind == "election").Select(e => e.Date).OrderBy(d => d).ToArray();
        Assert.Contains(20010000, elections);
        Assert.True(elections.Length >= 2, string.Join(",", elections));
    }
}
