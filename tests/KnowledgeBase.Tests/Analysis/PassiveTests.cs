using Xunit;
using static KnowledgeBase.Tests.Analysis.AnalysisTestKit;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>Which verbs the analysis reads as passive: what speech and event extractors ask instead of scanning words.</summary>
public class PassiveTests
{
    [Theory]
    [InlineData("Ana Ruiz was informed of the vote on Monday.", "informed")]
    [InlineData("Ana Ruiz has been told of the vote.", "told")]
    [InlineData("Tomas Vell was later accused of fraud.", "accused")]
    [InlineData("The statement released by the ministry was short.", "released")]
    [InlineData("The talks, praised by the Velden Herald as a first step, ended on Monday.", "praised")]
    [InlineData("The winter is often described by the press as the harshest in years.", "described")]
    [InlineData("Karel Brandt said, as reported by the Ostrel Herald, that the port would close.", "reported")]
    [InlineData("Tomas Vell is expected to arrive in Velden on Monday.", "expected")]
    [InlineData("Ana Ruiz said that ten people have been confirmed killed in Ostrel.", "killed")]
    [InlineData("Two soldiers were reported injured near Velden.", "injured")]
    public void The_verb_is_passive(string sentence, string verb)
    {
        var a = Analyze(sentence);
        Assert.True(a.IsPassiveAt(a.IndexOf(verb)), a.Dump());
    }

    [Theory]
    [InlineData("Ana Ruiz said the vote was fair.", "said")]
    [InlineData("Ana Ruiz was saying the vote was fair.", "saying")]
    [InlineData("Ana Ruiz promised to visit Velden.", "promised")]
    [InlineData("Karel Brandt told the Ostrel Herald that the port would close.", "told")]
    public void The_verb_is_active(string sentence, string verb)
    {
        var a = Analyze(sentence);
        Assert.False(a.IsPassiveAt(a.IndexOf(verb)), a.Dump());
    }
}
