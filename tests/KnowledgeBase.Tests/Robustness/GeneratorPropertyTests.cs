using System.Diagnostics;
using System.Linq;
using CsCheck;
using KnowledgeBase.Tests.Robustness.Fuzz;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Robustness;

/// <summary>
/// No input breaks a build or leaks into the generated code: thousands of generated corpora
/// (real sentences mixed with hostile text, bytes and names) through the generator, the
/// compiler and the runtime. A failure prints the corpus and CsCheck's seed; set
/// CsCheck_Seed to that seed to replay it.
/// </summary>
[Trait("Category", "Slow")]
public sealed class GeneratorPropertyTests(ITestOutputHelper output)
{
    /// <summary>
    /// Corpora per run (KB_FUZZ_CORPORA runs more, or fewer while debugging). Each batch of
    /// <see cref="BatchSize"/> is compiled as one assembly (distinct namespaces) to share the
    /// compiler's fixed costs; each corpus is still generated, checked and loaded on its own.
    /// </summary>
    private static readonly int Corpora = int.TryParse(System.Environment.GetEnvironmentVariable("KB_FUZZ_CORPORA"), out var n) && n > 0 ? n : 2000;

    private const int BatchSize = 16;

    [Fact]
    public void No_corpus_breaks_the_build_or_leaks_into_the_generated_code()
    {
        var tally = new Tally();
        var watch = Stopwatch.StartNew();
        CorpusGen.Corpus.Array[BatchSize].Sample(
            batch => CorpusCheck.Check(batch, tally: tally),
            iter: (Corpora + BatchSize - 1) / BatchSize,
            print: batch => $"a batch of {batch.Length} corpora; the failing corpus is in the message below");
        var checkedNow = tally["corpora"];
        output.WriteLine($"{checkedNow} corpora generated, compiled, loaded and checked in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(checkedNow >= Corpora, $"only {checkedNow} corpora were checked");

        // The corpora reached every outcome: if the generators drift so that one never happens, this fails.
        var kinds = new[] { "articles", "entities", "quotes", "events", "KB0001", "KB0002", "KB0003", "KB0004", "KB0005" };
        output.WriteLine(string.Join(", ", kinds.Select(k => $"{k}: {tally[k]}")));
        Assert.All(kinds, k => Assert.True(tally[k] > 0, $"no corpus gave {k}"));
    }
}
