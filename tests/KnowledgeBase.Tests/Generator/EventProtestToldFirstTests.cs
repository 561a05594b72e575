using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "The protests began in June": a definite protest said to begin, start or take place, with no protest told before it in the
/// article, is the protest told first (CAMEO 14, dated by its clause), not a back reference to nothing; after a protest already
/// told it names that one again. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventProtestToldFirstTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static bool IsProtest(EventModel e) => e.Cameo.StartsWith("14", System.StringComparison.Ordinal);

    [Theory]
    [InlineData("The Velden council will review the harbour tax. The protests began in May in response to the tax.", 20190500)]
    [InlineData("More than 300 people have been arrested in Ostrel since the demonstrations began in early May.", 20190500)]
    [InlineData("The Velden council will review the harbour tax. The rally took place outside the Ostrel town hall on Friday.", 20190726)]
    public void A_protest_said_to_begin_with_none_told_before_is_told_here(string paragraphs, int date)
    {
        var protest = Assert.Single(Extract(paragraphs).Events, IsProtest);
        Assert.Equal(date, protest.Date);
    }

    [Fact]
    public void After_a_protest_already_told_it_names_that_one_again()
    {
        var events = Extract("The Ostrel Dockers Union held a protest against the harbour tax in Norvale on Friday. The protests began in May.").Events;
        var protest = Assert.Single(events, IsProtest);
        Assert.Equal("Ostrel Dockers Union", protest.Participants[0]);
    }
}
