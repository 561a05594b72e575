using System.Linq;
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

    // The chunks, verb groups and clauses of a released analysis are emptied and made again for later sentences: every
    // field of theirs reads as in ones made anew (links, conjuncts, modality, attachments).
    private const string Linked = "Anna Brill, the mayor of Corvel, and her deputy Lukas Renn said on Friday that they were expected to sign the plan with the council, which had rejected it.";
    private const string Plain = "The old bridge was not expected to open before Sunday, Kira Matt's office said.";

    [Fact]
    public void Chunks_groups_and_clauses_made_again_read_as_ones_made_anew()
    {
        foreach (var (earlierText, laterText) in new[] { (Linked, Plain), (Plain, Linked), (Linked, Linked) })
        {
            var expected = Describe(AnalysisTestKit.Analyze(laterText));
            var earlier = AnalysisTestKit.Analyze(earlierText);
            _ = earlier.Clauses;
            SentenceAnalysis? spare = earlier.Release(); // its objects are the next ones handed out
            var tokens = Tokenizer.Tokenize(laterText, 0, laterText.Length);
            Assert.Equal(expected, Describe(SentenceAnalysis.Analyze(tokens, ref spare)));
        }
    }

    private static string Describe(SentenceAnalysis a)
    {
        var text = new System.Text.StringBuilder(a.Dump());
        foreach (var c in a.Chunks) Describe(text.Append("\nchunk "), c);
        foreach (var clause in a.Clauses)
        {
            var g = clause.Verb;
            text.Append("\nclause ").Append(clause.Kind).Append(' ').Append(clause.Start).Append(' ').Append(clause.Introducer).Append(' ').Append(clause.IsSpeech)
                .Append(' ').Append(clause.Subject?.Start).Append(' ').Append(clause.Object?.Start).Append(' ').Append(clause.Agent?.Start)
                .Append(' ').Append(clause.Antecedent?.Start).Append(' ').Append(clause.Parent?.Start).Append(" verb ").Append(g.Start).Append('-').Append(g.End)
                .Append(' ').Append(g.Head).Append(' ').Append(g.Lemma).Append(' ').Append(g.Tense).Append(' ').Append(g.Voice).Append(' ').Append(g.Modality)
                .Append(' ').Append(g.IsNegated).Append(' ').Append(g.Cue).Append(' ').Append(g.CueVoice);
            foreach (var attachment in clause.Attachments) text.Append(" at ").Append(attachment.Word).Append(attachment.Chunk.Start);
        }
        return text.ToString();
    }

    private static void Describe(System.Text.StringBuilder text, NounChunk c)
    {
        text.Append(c.Text).Append(' ').Append(c.Start).Append('-').Append(c.End).Append(' ').Append(c.Head).Append(' ').Append(c.ModifierStart)
            .Append(' ').Append(c.Preposition).Append(' ').Append(c.IsPlural).Append(' ').Append(c.IsPronoun).Append(' ').Append(c.AttachedTo?.Start)
            .Append(' ').Append(c.Apposition?.Start).Append(' ').Append(c.AppositionOf?.Start).Append(' ').Append(c.ConjunctOf?.Start)
            .Append(" [").Append(c.Conjuncts is null ? "none" : string.Join(",", c.Conjuncts.Select(k => k.Start))).Append(']');
        if (c.Possessor is { } possessor) Describe(text.Append(" of "), possessor);
    }
}
