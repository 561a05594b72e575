using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A national election named without its country nor anyone taking part is the election of the country the article is
/// about, when one country dominates it (StoryElections). Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventStoryElectionTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Fact]
    public void A_national_election_without_its_country_is_the_articles_country() =>
        Assert.Contains(Extract("The Coastal Party was founded in Portugal in 2004. It has grown quickly before the 2021 presidential election.").Events,
            e => e.Kind == "election" && e.Participants.Contains("Portugal"));

    [Theory]
    // Two countries named as often: neither is the article's.
    [InlineData("The Coastal Party was founded in Portugal in 2004 with help from Spain. It has grown quickly before the 2021 presidential election.")]
    // No national word: a town's or a club's election may be meant.
    [InlineData("The Coastal Party was founded in Portugal in 2004. It has grown quickly before the 2021 election.")]
    // One election of many ("took part in a federal election"): none in particular.
    [InlineData("The Coastal Party was founded in Portugal in 2004. Its leader once took part in a federal election.")]
    public void No_dominant_country_or_no_national_election_names_no_country(string paragraphs) =>
        Assert.DoesNotContain(Extract(paragraphs).Events, e => e.Kind == "election" && e.Participants.Contains("Portugal"));
}
