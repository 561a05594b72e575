using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Gatherings that are no talks between parties: a show hosted is no visit hosted, and a crowd gathered for a rally is
/// demonstrating, not meeting. Invented sentences.
/// </summary>
public sealed class EventGatheringTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Karel Brandt hosted The Velden Hour on Norland Television until 1990, and later founded the Velden Trust.")]
    [InlineData("Supporters of Mayor Tomas Vell gathered in Velden on Saturday for a rally organized by the Ostrel Union.")]
    public void A_title_hosted_or_a_crowd_gathered_for_a_rally_is_no_consultation(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("04", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_guest_hosted_is_still_a_visit_hosted()
    {
        Assert.Contains(Extract("President Karel Brandt hosted Ana Ruiz in Velden on Monday.").Events, e => e.Cameo == "043");
    }
}
