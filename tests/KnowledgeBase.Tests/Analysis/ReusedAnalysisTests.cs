using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Extraction.Analysis;
using Xunit;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>
/// A sentence kept for the next article's sentence at its place makes that sentence's analysis in its released one (the
/// object, its clause index, the arrays of its groups, chunks and clauses): the analysis reads as one made anew.
/// </summary>
public sealed class ReusedAnalysisTests
{
    private const string Longer = "Mayor Ilse Varga, who resigned on Monday after the council voted against her plan, said that Oren Tamsk would lead the town of Brenhaven until the election.";
    private const string Shorter = "Tomas Vell told reporters the ferry had been halted because the pier was unsafe.";

    [Fact]
    public void A_sentence_analysed_in_a_released_analysis_reads_as_one_made_anew()
    {
        var earlier = AnalysisTestKit.Analyze(Longer);
        for (var t = 0; t < earlier.Tokens.Count; t++) earlier.ClauseOfVerb(t); // the clause index, kept for reuse
        SentenceAnalysis? spare = earlier.Release();
        var tokens = Tokenizer.Tokenize(Shorter, 0, Shorter.Length);
        var reused = SentenceAnalysis.Analyze(tokens, ref spare);
        var anew = AnalysisTestKit.Analyze(Shorter);

        Assert.Same(earlier, reused);
        Assert.Null(spare);
        Assert.Equal(anew.Dump(), reused.Dump());
        for (var t = 0; t < tokens.Count; t++)
        {
            Assert.Equal(anew.ClauseOfVerb(t)?.ToString(), reused.ClauseOfVerb(t)?.ToString());
            Assert.Equal(anew.ClauseIntroducedBy(t)?.ToString(), reused.ClauseIntroducedBy(t)?.ToString());
        }
    }
}
