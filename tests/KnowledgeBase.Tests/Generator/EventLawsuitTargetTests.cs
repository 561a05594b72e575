using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A lawsuit told with what it is brought to do ("to block X from ...", "attempting to prevent X ...", "challenging an X law")
/// names its other side there, a state too (CAMEO 115: who sues, whom). Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventLawsuitTargetTests
{
    [Theory]
    [InlineData("On Monday, Karel Brandt filed a lawsuit to block the state of Ohio from counting the late ballots.")]
    [InlineData("Karel Brandt lost a lawsuit trying to stop Ohio from closing the Velden ferry on Monday.")]
    [InlineData("On Monday, Karel Brandt initiated several lawsuits challenging the state of Ohio over its ballot rules.")]
    public void The_one_a_lawsuit_would_stop_is_its_target(string sentence)
    {
        var lawsuit = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Karel Brandt", "Ohio" }, lawsuit.Participants.ToArray());
    }
}
