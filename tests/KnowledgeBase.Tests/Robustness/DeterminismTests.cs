using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using KnowledgeBase.Generators;
using KnowledgeBase.Tests.Helpers;
using KnowledgeBase.Tests.Queries;
using KnowledgeBase.Tests.Robustness.Fuzz;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Tests.Robustness;

/// <summary>
/// The generated source is a function of the articles alone: not of the order the build lists
/// them in, not of the culture of the machine that builds, not of the line ends git checked out.
/// </summary>
public sealed class DeterminismTests
{
    /// <summary>Text whose case mapping, digits or sorting differ from culture to culture.</summary>
    private const string CultureSensitive =
        "Istanbul Talks Resume\n\nMonday, March 3, 2025\n\n"
        + "Mayor Ilhan Idris of \u0130stanbul met Governor Irmak \u0131\u015F\u0131k in Izmir on Monday. "
        + "\"The city will invest 1,250.5 million lira in 2025,\" Idris said. "
        + "President Iris Ingham told reporters that the \u00C5ngstr\u00F6m Institute and the Stra\u00DFe Group would meet in M\u00FCnchen. "
        + "\"\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645 \u0641\u064A \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0627\u0644\u064A\u0648\u0645,\" Ahmed Ali said on Tuesday. "
        + "Prime Minister Sh\u014Dgo Tanaka said \"\u6771\u4EAC\u3067\u306E\u4F1A\u8B70\u306F\u6210\u529F\u3057\u305F\" after the talks.\n";

    private static List<FuzzFile> Articles()
    {
        var files = TestPaths.SeedFiles().Concat(RealText.WikinewsFiles())
            .Select(f => new FuzzFile(Path.GetFileName(f), File.ReadAllText(f), null, Decoding.Compiler, null))
            .ToList();
        files.Add(new FuzzFile("culture.txt", CultureSensitive, null, Decoding.Compiler, null));
        return files;
    }

    private static string[] Generate(IEnumerable<FuzzFile> files, IIncrementalGenerator? generator = null)
    {
        var run = CorpusCheck.Generate(new Corpus(files.ToArray(), "Seeds", null, null), "Determinism", generator: generator);
        Assert.Null(run.Run.Exception);
        return run.Run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText).ToArray();
    }

    [Fact]
    public void Same_source_whatever_the_order_of_the_files()
    {
        var files = Articles();
        var expected = Generate(files);
        var reversed = Enumerable.Reverse(files).ToList();
        var shuffled = files.OrderBy(f => f.Name.GetHashCode(StringComparison.Ordinal)).ToList();
        Assert.NotEqual(files.Select(f => f.Name), shuffled.Select(f => f.Name));
        Assert.Equal(expected, Generate(reversed));
        Assert.Equal(expected, Generate(shuffled));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    [InlineData("de-DE")]
    public void Same_source_whatever_the_culture_of_the_machine(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        // The runtime must really have the culture (not the invariant-globalization mode), or this test could not fail.
        if (name == "tr-TR") Assert.Equal("\u0130", "i".ToUpper(culture));
        if (name == "de-DE") Assert.Equal("1,5", 1.5.ToString(culture));

        var expected = Generate(Articles());
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        // A fresh copy of the generator, so nothing it computed once under the first culture is reused.
        var context = new AssemblyLoadContext("kb-culture-" + name, isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(KnowledgeBaseGenerator).Assembly.Location);
            var generator = (IIncrementalGenerator)Activator.CreateInstance(assembly.GetType(typeof(KnowledgeBaseGenerator).FullName!)!)!;
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var actual = Generate(Articles(), generator);
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++) Assert.True(expected[i] == actual[i], $"{name}: {FirstDifference(expected[i], actual[i])}");
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
            context.Unload();
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
            if (e[i] != a[i]) return $"line {i + 1}\n  expected: {FuzzFile.Escape(e[i])}\n  actual:   {FuzzFile.Escape(a[i])}";
        return $"{e.Length} lines expected, {a.Length} generated";
    }

    /// <summary>
    /// Every fact with the text it stands on: entities with their first mention, quotes with their
    /// words and sentence, events with their sources' texts; offsets left out, ids kept.
    /// </summary>
    private static string Facts(Knowledge kb)
    {
        static string Flat(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = new List<string> { FactsSnapshotTests.Facts(kb) };
        lines.AddRange(kb.Articles.Select(a => $"article {a.Id} {a.File} {a.Published}: {Flat(a.Title)}"));
        lines.AddRange(kb.Entities.Select(e => $"mention {e.Id}: {Flat(e.FirstMention.Text)} ({e.MentionCount} in {e.Articles.Count})"));
        lines.AddRange(kb.Quotes.Select(q => $"quote {q.Id} {q.Speaker?.Id}: {Flat(q.Text)} | {Flat(q.Sentence.Text)}"));
        lines.AddRange(kb.Events.Select(e => $"event {e.Id}: {e.Summary} <- {string.Join(" | ", e.Sources.Select(s => Flat(s.Text)))}"));
        return string.Join("\n", lines);
    }

    [Fact]
    public void Same_facts_for_LF_CRLF_and_CR_copies_of_the_articles()
    {
        static Corpus Copy(string lineEnd) => new(
            Articles().Select(f => f with { Text = f.Text!.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", lineEnd, StringComparison.Ordinal) }).ToArray(),
            "Seeds", null, null);
        var corpora = new[] { Copy("\n"), Copy("\r\n"), Copy("\r") };
        Assert.Contains("\r\n", corpora[1].Files[0].Text);
        var facts = new Dictionary<Corpus, string>();
        CorpusCheck.Check(corpora, (corpus, kb) =>
        {
            Assert.NotEmpty(kb.Quotes);
            facts[corpus] = Facts(kb);
        });
        Assert.Equal(facts[corpora[0]], facts[corpora[1]]);
        Assert.Equal(facts[corpora[0]], facts[corpora[2]]);
    }
}
