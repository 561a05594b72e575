using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using KnowledgeBase.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Each MSBuild option, as the compiler hands it to the generator (build_property.* and
/// build_metadata.AdditionalFiles.*), changes what the compiled knowledge base holds.
/// </summary>
public sealed class OptionsTests
{
    private const string Undated = GeneratorHarness.SeedsRoot + "000_bb80dc62bcacb294.txt";
    private const string Dated = GeneratorHarness.SeedsRoot + "004_a5f223ccffe8bb70.txt";

    private sealed record Outcome(Compilation Output, IReadOnlyList<Diagnostic> Diagnostics, Type Class, Knowledge Knowledge);

    /// <summary>Runs the generator with these options, compiles and loads the result, and returns the generated class and its knowledge base.</summary>
    private static Outcome Compile(
        IEnumerable<AdditionalText> texts,
        Dictionary<string, string> global,
        Dictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
    {
        var driver = GeneratorHarness.Driver(texts, new TestOptionsProvider(global, perFile));
        var (_, output, diagnostics) = GeneratorHarness.Run(driver, GeneratorHarness.Compilation("namespace App { public static class Program { } }"));
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var assembly = Assembly.Load(image.ToArray());
        var type = assembly.GetTypes().Single(t => t.GetProperty("Knowledge", BindingFlags.Public | BindingFlags.Static) is not null);
        var knowledge = (Knowledge)type.GetProperty("Knowledge")!.GetValue(null)!;
        return new Outcome(output, diagnostics, type, knowledge);
    }

    private static List<MemoryAdditionalText> Seeds(params string[] paths) =>
        GeneratorHarness.SeedTexts().Where(t => paths.Contains(t.Path)).ToList();

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Metadata(string path, string name, string value) =>
        new() { [path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles." + name] = value } };

    [Fact]
    public void KnowledgeBaseName_and_KnowledgeBaseNamespace_name_the_class()
    {
        var global = GeneratorHarness.GlobalOptions("Wire");
        global["build_property.KnowledgeBaseNamespace"] = "Newsroom.Data";

        var outcome = Compile(Seeds(Dated), global);

        Assert.Equal("Newsroom.Data.Wire", outcome.Class.FullName);
        Assert.Single(outcome.Knowledge.Articles);
    }

    [Fact]
    public void Without_a_name_the_class_is_named_after_the_folder_and_without_a_namespace_it_is_in_RootNamespace()
    {
        const string folder = "/work/wire-stories/";
        var texts = new[] { new MemoryAdditionalText(folder + "a.txt", File.ReadAllText(TestPaths.SeedFiles()[4])) };
        var global = new Dictionary<string, string>
        {
            ["build_property.KnowledgeBaseSeedsPath"] = folder,
            ["build_property.RootNamespace"] = "MyNews",
        };

        var outcome = Compile(texts, global, Metadata(folder + "a.txt", "KnowledgeBaseArticle", "true"));

        Assert.Equal("MyNews.WireStories", outcome.Class.FullName);
    }

    [Fact]
    public void KnowledgeBaseSeeds_and_KnowledgeBaseArticle_decide_which_files_are_articles_and_their_names()
    {
        var seed = File.ReadAllText(TestPaths.SeedFiles()[4]);
        var texts = new[]
        {
            new MemoryAdditionalText(GeneratorHarness.SeedsRoot + "europe/talks.txt", seed),
            new MemoryAdditionalText(GeneratorHarness.SeedsRoot + "notes.txt", "Notes\n\nNot an article.\n"),
            new MemoryAdditionalText("/elsewhere/other.txt", seed),
            new MemoryAdditionalText("/elsewhere/marked.txt", File.ReadAllText(TestPaths.SeedFiles()[0])),
        };
        var perFile = Metadata(GeneratorHarness.SeedsRoot + "notes.txt", "KnowledgeBaseArticle", "false");
        perFile["/elsewhere/marked.txt"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KnowledgeBaseArticle"] = "true" };

        var outcome = Compile(texts, GeneratorHarness.GlobalOptions(), perFile);

        // Unmarked files outside the folder and files marked false are not articles; a file marked true is, wherever it is.
        Assert.Equal(new[] { "europe/talks.txt", "marked.txt" }, outcome.Knowledge.Articles.Select(a => a.File).OrderBy(f => f, StringComparer.Ordinal));
    }

    [Fact]
    public void KnowledgeBasePublished_dates_an_article_without_a_dateline()
    {
        var without = Compile(Seeds(Undated), GeneratorHarness.GlobalOptions());
        Assert.Null(without.Knowledge.Articles.Single().Published);

        var with = Compile(Seeds(Undated), GeneratorHarness.GlobalOptions(), Metadata(Undated, "KnowledgeBasePublished", "2024-11-09"));
        Assert.Equal(new PartialDate(2024, 11, 9), with.Knowledge.Articles.Single().Published);

        var month = Compile(Seeds(Undated), GeneratorHarness.GlobalOptions(), Metadata(Undated, "KnowledgeBasePublished", "2024-11"));
        Assert.Equal("2024-11", month.Knowledge.Articles.Single().Published.ToString());
    }

    [Fact]
    public void KnowledgeBasePublished_wins_over_the_dateline_and_a_value_that_is_no_date_is_ignored()
    {
        Assert.Equal(new PartialDate(2025, 2, 13), Compile(Seeds(Dated), GeneratorHarness.GlobalOptions()).Knowledge.Articles.Single().Published);

        var overridden = Compile(Seeds(Dated), GeneratorHarness.GlobalOptions(), Metadata(Dated, "KnowledgeBasePublished", "2025-02-14"));
        Assert.Equal(new PartialDate(2025, 2, 14), overridden.Knowledge.Articles.Single().Published);

        var nonsense = Compile(Seeds(Dated), GeneratorHarness.GlobalOptions(), Metadata(Dated, "KnowledgeBasePublished", "next week"));
        Assert.Equal(new PartialDate(2025, 2, 13), nonsense.Knowledge.Articles.Single().Published);
    }

    [Fact]
    public void KnowledgeBaseMaxArticleBytes_leaves_larger_articles_out_with_KB0003()
    {
        var small = new MemoryAdditionalText(GeneratorHarness.SeedsRoot + "brief.txt", "Talks Resume\n\nMonday, March 3, 2025\n\nThe talks resumed on Monday.\n");
        var texts = Seeds(Undated, Dated).Append(small).ToList();
        var global = GeneratorHarness.GlobalOptions();
        global["build_property.KnowledgeBaseMaxArticleBytes"] = "1000";

        var outcome = Compile(texts, global);

        Assert.Equal(new[] { "brief.txt" }, outcome.Knowledge.Articles.Select(a => a.File));
        var tooLarge = outcome.Diagnostics.Where(d => d.Id == "KB0003").ToList();
        Assert.Equal(2, tooLarge.Count);
        Assert.Equal(new[] { Undated, Dated }, tooLarge.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(tooLarge, d => Assert.Contains("1000 bytes", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(3, Compile(texts, GeneratorHarness.GlobalOptions()).Knowledge.Articles.Count);
    }
}
