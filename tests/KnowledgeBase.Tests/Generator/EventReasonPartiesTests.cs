using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A criticism, an accusation or praise with its reason in an -ing clause after "for" or "of", or in the target's own deed or trait
/// after "for his", "for her": whom the reason names is what
/// the act is about, no party to it; the critic and the target stay.
/// </summary>
public sealed class EventReasonPartiesTests
{
    [Theory]
    [InlineData("The Ostrel Party accused Tomas Vell of trying to pressure Velden Shipping for money.", "112", "Ostrel Party", "Tomas Vell")]
    [InlineData("Mira Holt criticized Tomas Vell for failing to mention Anja Kress's report on the harbour.", "111", "Mira Holt", "Tomas Vell")]
    [InlineData("Senator Karel Brandt blamed Tomas Vell for not consulting Ostrel Shipping before the vote.", "112", "Karel Brandt", "Tomas Vell")]
    [InlineData("Mira Holt praised Tomas Vell for his patience with Ostrel Shipping during the strike.", "051", "Mira Holt", "Tomas Vell")]
    public void Whom_the_reason_names_takes_no_part(string sentence, string cameo, string critic, string target)
    {
        var act = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo == cameo);
        Assert.Equal(new[] { critic, target }, act.Participants.ToArray());
    }

    [Fact]
    public void A_target_also_named_before_the_reason_stays()
    {
        var act = Assert.Single(RuleArticle.Extract("Mira Holt accused Tomas Vell of hiding the losses of Tomas Vell's firm.").Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "Mira Holt", "Tomas Vell" }, act.Participants.ToArray());
    }

    [Fact]
    public void A_partys_members_judged_stand_for_the_party_the_article_names()
    {
        var article = RuleArticle.Extract("Tomas Vell joined the Republican Party in Velden in 2010.\n\nSenator Ana Ruiz criticized Republicans for blocking the harbour bill on Monday.");
        var act = Assert.Single(article.Events, e => e.Cameo == "111");
        Assert.Equal(new[] { "Ana Ruiz", "Republican Party" }, act.Participants.ToArray());
    }
}
