using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using KnowledgeBase.Tests.Helpers;
using KnowledgeBase.Tests.Robustness.Fuzz;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KnowledgeBase.Tests.Robustness;

/// <summary>
/// A bad article gives one diagnostic at its file (and line, where there is one) and is left
/// out; the other articles still compile into the knowledge base.
/// </summary>
public sealed class DiagnosticTests
{
    private static readonly FuzzFile[] Seeds = TestPaths.SeedFiles()
        .Select(f => new FuzzFile(Path.GetFileName(f), File.ReadAllText(f), null, Decoding.Compiler, null)).ToArray();

    private static FuzzFile Text(string name, string text) => new(name, text, null, Decoding.Compiler, null);

    private static FuzzFile Bytes(string name, byte[] bytes, Decoding decoding = Decoding.Compiler) => new(name, null, bytes, decoding, null);

    /// <summary>
    /// Runs the generator over the seeds plus <paramref name="extra"/>, checks that the output
    /// compiles and holds the seeds and the <paramref name="articles"/> extra articles, and
    /// returns the generator's diagnostics.
    /// </summary>
    private static List<Diagnostic> Run(FuzzFile[] extra, int articles, string? maxBytes = null, string? name = "Seeds")
    {
        var corpus = new Corpus(Seeds.Concat(extra).ToArray(), name, null, maxBytes);
        var compiled = -1;
        CorpusCheck.Check(new[] { corpus }, (_, kb) => compiled = kb.Articles.Count);
        Assert.Equal(Seeds.Length + articles, compiled);
        var run = CorpusCheck.Generate(corpus, "Diagnostics");
        Assert.Null(run.Run.Exception);
        return run.Run.Diagnostics.ToList();
    }

    private static Diagnostic Single(List<Diagnostic> diagnostics, string id, string file)
    {
        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal(GeneratorHarness.SeedsRoot + file, diagnostic.Location.GetLineSpan().Path);
        return diagnostic;
    }

    private static LinePosition Start(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition;

    [Fact]
    public void KB0001_a_binary_file_is_left_out()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var d = Single(Run(new[] { Bytes("image.txt", bytes) }, articles: 0), "KB0001", "image.txt");
        Assert.Contains("image.txt", d.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void KB0001_undecodable_text_points_at_the_first_bad_character()
    {
        // Two lines of text, then bytes that are not UTF-8: read leniently they are all U+FFFD.
        var bytes = Encoding.UTF8.GetBytes("Headline of the story\r\nA first line.\r\n").Concat(Enumerable.Range(0, 200).Select(i => (byte)(0x80 + i % 64))).ToArray();
        var d = Single(Run(new[] { Bytes("garbled.txt", bytes, Decoding.Lenient) }, articles: 0), "KB0001", "garbled.txt");
        Assert.Equal(new LinePosition(2, 0), Start(d));
        Assert.Contains("not UTF-8", d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void KB0001_a_Windows_1252_file_is_not_UTF_8_and_is_left_out()
    {
        // "René Dupré said “yes”." in Windows-1252: é is 0xE9, the curly quotes 0x93 and 0x94, and none of them is UTF-8.
        var bytes = Encoding.Latin1.GetBytes("Talks Resume\n\nRen\u00E9 Dupr\u00E9 said \u0093yes\u0094 on Monday.\n");
        Assert.Equal(0x93, bytes[^17]);
        // As the compiler hands it over where its fallback code page is UTF-8 (Linux, macOS): each such byte a U+FFFD.
        var d = Single(Run(new[] { Bytes("cp1252.txt", bytes, Decoding.Lenient) }, articles: 0), "KB0001", "cp1252.txt");
        Assert.Equal(new LinePosition(2, "Ren".Length), Start(d));
        Assert.Contains("not UTF-8", d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("utf-16LE", false)]
    [InlineData("utf-16BE", false)]
    [InlineData("utf-16LE", true)]
    [InlineData("utf-16BE", true)]
    public void KB0001_UTF_16_without_a_byte_order_mark_is_left_out(string encoding, bool lenient)
    {
        var decoding = lenient ? Decoding.Lenient : Decoding.Compiler;
        var bytes = Encoding.GetEncoding(encoding).GetBytes("Talks Resume\n\nRen\u00E9 Dupr\u00E9 said the talks resumed on Monday.\n");
        Single(Run(new[] { Bytes("utf16.txt", bytes, decoding) }, articles: 0), "KB0001", "utf16.txt");
    }

    private sealed class ThrowingText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("the disk is gone");
    }

    [Fact]
    public void KB0001_a_host_that_fails_to_read_the_file_does_not_break_the_generator()
    {
        var driver = GeneratorHarness.Driver(GeneratorHarness.SeedTexts().Cast<AdditionalText>().Append(new ThrowingText(GeneratorHarness.SeedsRoot + "lost.txt")));
        driver = driver.RunGenerators(GeneratorHarness.Compilation("class A { }"));
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        var d = Single(result.Diagnostics.ToList(), "KB0001", "lost.txt");
        Assert.Contains("the disk is gone", d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void KB0002_an_empty_or_blank_article_is_left_out()
    {
        var diagnostics = Run(new[] { Bytes("empty.txt", Array.Empty<byte>()), Bytes("bom.txt", Encoding.UTF8.GetPreamble()), Text("blank.txt", " \r\n\t\u2028\u00A0\n") }, articles: 0);
        Assert.Equal(3, diagnostics.Count(d => d.Id == "KB0002"));
        foreach (var file in new[] { "empty.txt", "bom.txt", "blank.txt" })
            Assert.Single(diagnostics, d => d.Id == "KB0002" && d.Location.GetLineSpan().Path == GeneratorHarness.SeedsRoot + file);
    }

    [Fact]
    public void KB0003_an_article_over_KnowledgeBaseMaxArticleBytes_is_left_out()
    {
        // The seeds are under 6,000 bytes each; one article is exactly at the limit, one is just over.
        var fits = "Headline\n\n" + string.Concat(Enumerable.Repeat("The talks went on. ", 315)) + "Done.";
        var over = fits + "\u00E9"; // two more bytes in UTF-8
        Assert.Equal(6000, Encoding.UTF8.GetByteCount(fits));
        var d = Single(Run(new[] { Text("fits.txt", fits), Text("over.txt", over) }, articles: 1, maxBytes: "6000"), "KB0003", "over.txt");
        Assert.Contains("6002 bytes", d.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("6000 bytes", d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void KB0003_the_default_limit_is_4_MB()
    {
        const int limit = 4 * 1024 * 1024;
        var words = string.Concat(Enumerable.Repeat("word ", limit / 5 + 1));
        FuzzFile Of(int bytes) => Bytes($"size{bytes}.txt", Encoding.UTF8.GetBytes(words[..bytes]));
        var run = CorpusCheck.Generate(new Corpus(new[] { Of(limit), Of(limit + 1) }, "Seeds", null, null), "Limit");
        var d = Assert.Single(run.Run.Diagnostics, d => d.Id == "KB0003");
        Assert.Equal(GeneratorHarness.SeedsRoot + $"size{limit + 1}.txt", d.Location.GetLineSpan().Path);
        Assert.Contains("4194304 bytes", d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("a.TXT", "a.txt")]
    [InlineData("x/a b.txt", "x/a-b.txt")]
    public void KB0004_the_second_article_with_the_same_id_is_left_out(string first, string second)
    {
        var body = "Talks Resume\n\nMonday, March 3, 2025\n\nThe talks resumed on Monday.\n";
        var d = Single(Run(new[] { Text(second, body), Text(first, body) }, articles: 1), "KB0004", second);
        var message = d.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains($"'{first}'", message);
        Assert.Contains($"'{second}'", message);
    }

    [Fact]
    public void KB0005_a_member_renamed_to_avoid_a_collision_points_at_the_title()
    {
        var first = "Talks resume\n\nMonday, March 3, 2025\n\nThe talks resumed on Monday.\n";
        var second = "\n\nTalks: resume!\n\nTuesday, March 4, 2025\n\nThe talks went on on Tuesday.\n";
        var d = Single(Run(new[] { Text("t1.txt", first), Text("t2.txt", second) }, articles: 2), "KB0005", "t2.txt");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        var span = d.Location.GetLineSpan();
        Assert.Equal(new LinePosition(2, 0), span.StartLinePosition);
        Assert.Equal(new LinePosition(2, "Talks: resume!".Length), span.EndLinePosition);
        Assert.Contains("TalksResume2", d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void KB0005_an_unusable_class_or_namespace_name_is_changed_and_said()
    {
        var corpus = new Corpus(Seeds, "class", "My-App.1st", null);
        var run = CorpusCheck.Generate(corpus, "Renamed");
        var messages = run.Run.Diagnostics.Where(d => d.Id == "KB0005").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(messages, m => m.Contains("'class' is named 'Class'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'My-App.1st.Renamed' is named 'MyApp._1st.Renamed'", StringComparison.Ordinal));
        CorpusCheck.Check(new[] { corpus });
    }
}
