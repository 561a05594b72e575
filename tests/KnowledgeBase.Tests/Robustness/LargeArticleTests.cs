using System.Diagnostics;
using System.Linq;
using System.Text;
using KnowledgeBase.Tests.Robustness.Fuzz;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Robustness;

/// <summary>A 20 MB article on one line: left out by default (KB0003), compiled whole when the limit allows it.</summary>
[Trait("Category", "Slow")]
public sealed class LargeArticleTests(ITestOutputHelper output)
{
    private const int Size = 20 * 1024 * 1024;

    /// <summary>Real sentences and hostile fragments, joined by spaces only: one 20 MB line, no line break anywhere.</summary>
    private static string SingleLine()
    {
        var builder = new StringBuilder(Size + 1024);
        var sentences = RealText.Sentences;
        // No U+FFFD either (it stands for bytes that were not UTF-8) nor two NULs in a row (the compiler reads the
        // file as binary): the article would be left out with KB0001.
        var hostile = CorpusGen.HostileFragments
            .Where(f => f.All(c => c is not ('\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v' or '\uFFFD')) && !f.Contains("\0\0", System.StringComparison.Ordinal))
            .ToArray();
        for (var i = 0; builder.Length < Size; i++)
        {
            builder.Append(sentences[i % sentences.Length]).Append(' ');
            if (i % 7 == 0) builder.Append(hostile[i % hostile.Length]).Append(' ');
        }
        return builder.ToString();
    }

    private static Corpus WithSeeds(string large, string? maxBytes) =>
        new(new[] { new FuzzFile("big.txt", null, Encoding.UTF8.GetBytes(large), Decoding.Compiler, null) }
            .Concat(Helpers.TestPaths.SeedFiles().Select(f => new FuzzFile(System.IO.Path.GetFileName(f), System.IO.File.ReadAllText(f), null, Decoding.Compiler, null)))
            .ToArray(), "Big", null, maxBytes);

    [Fact]
    public void Is_left_out_with_KB0003_under_the_default_limit_and_the_rest_compiles()
    {
        var large = SingleLine();
        Assert.DoesNotContain('\n', large);
        var corpus = WithSeeds(large, maxBytes: null);
        CorpusCheck.Check(new[] { corpus });
        var run = CorpusCheck.Generate(corpus, "Large");
        var kb0003 = Assert.Single(run.Run.Diagnostics, d => d.Id == "KB0003");
        Assert.EndsWith("big.txt", kb0003.Location.GetLineSpan().Path);
        Assert.Contains(Encoding.UTF8.GetByteCount(large).ToString(System.Globalization.CultureInfo.InvariantCulture), kb0003.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Is_compiled_whole_when_the_limit_allows_it()
    {
        var large = SingleLine();
        var watch = Stopwatch.StartNew();
        // Generator, compiler and run-time checks as for every fuzzed corpus: the article's text comes back exactly.
        CorpusCheck.Check(new[] { WithSeeds(large, maxBytes: (32 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)) });
        output.WriteLine($"{Encoding.UTF8.GetByteCount(large)} bytes on one line generated, compiled, loaded and checked in {watch.Elapsed.TotalSeconds:F1} s");
    }
}
