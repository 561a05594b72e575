using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using KnowledgeBase.Generators;
using KnowledgeBase.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>The generator re-does only the work an edit calls for, and its models hold no compiler objects.</summary>
public sealed class IncrementalCacheTests
{
    private const int CorpusArticles = 24;

    private static readonly string[] PerArticleSteps = { TrackingNames.Documents, TrackingNames.Articles, TrackingNames.ArticleTerms };

    private static readonly string[] AllSteps = typeof(TrackingNames).GetFields()
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    /// <summary>Seeds plus a slice of the Wikinews corpus: N articles, so "only one" means something.</summary>
    private static List<MemoryAdditionalText> Articles() =>
        GeneratorHarness.SeedTexts().Concat(TestPaths.WikinewsFiles().Take(CorpusArticles - 5)
            .Select(f => new MemoryAdditionalText(GeneratorHarness.SeedsRoot + "wikinews/" + Path.GetFileName(f), File.ReadAllText(f)))).ToList();

    private static ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> Steps(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps;

    private static List<(IncrementalStepRunReason Reason, object Value)> Outputs(GeneratorDriver driver, string step) =>
        Steps(driver).TryGetValue(step, out var runs) ? runs.SelectMany(r => r.Outputs).Select(o => (o.Reason, o.Value)).ToList() : new();

    private static void AssertNothingReran(GeneratorDriver driver)
    {
        var steps = Steps(driver);
        foreach (var name in AllSteps)
        {
            Assert.True(steps.ContainsKey(name), $"step {name} was not tracked");
            Assert.All(Outputs(driver, name), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }
    }

    private static string? FileOf(object value) => value switch
    {
        Generators.Models.DocumentModel d => d.File,
        Generators.Models.ArticleModel a => a.File,
        Generators.Models.ArticleTerms t => t.File,
        _ => null,
    };

    [Fact]
    public void Second_run_with_nothing_changed_is_all_cached()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(Articles()).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());
        AssertNothingReran(driver);
    }

    [Fact]
    public void Adding_an_unrelated_cs_file_reruns_nothing()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(Articles()).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", path: "B.cs")));

        AssertNothingReran(driver);
        foreach (var step in PerArticleSteps)
            Assert.Equal(CorpusArticles, Outputs(driver, step).Count(o => o.Reason == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_an_unrelated_cs_file_reruns_nothing()
    {
        var compilation = GeneratorHarness.Compilation("class A { }", "class B { int X => 1; }");
        var driver = GeneratorHarness.Driver(Articles()).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Last();
        var edited = tree.WithChangedText(SourceText.From("class B { int X => 2; int Y => 3; }"));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, edited));

        AssertNothingReran(driver);
        foreach (var step in PerArticleSteps)
            Assert.Equal(CorpusArticles, Outputs(driver, step).Count(o => o.Reason == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_one_article_of_many_re_extracts_only_that_article()
    {
        var texts = Articles();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);

        var target = texts[7];
        var edited = new MemoryAdditionalText(target.Path, target.Content + "\nThe minister said the talks were useful.\n");
        driver = driver.ReplaceAdditionalText(target, edited).RunGenerators(compilation);

        var file = target.Path.Substring(GeneratorHarness.SeedsRoot.Length);
        foreach (var step in PerArticleSteps)
        {
            var outputs = Outputs(driver, step);
            Assert.Equal(texts.Count, outputs.Count);
            var modified = Assert.Single(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Equal(file, FileOf(modified.Value));
            Assert.Equal(texts.Count - 1, outputs.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        }
        Assert.Contains(Outputs(driver, TrackingNames.Knowledge), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("talks were useful", GeneratorHarness.Generated(driver, "Seeds.Data.g.cs"));
    }

    [Fact]
    public void Changing_the_name_re_emits_but_re_extracts_nothing()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(Articles()).RunGenerators(compilation);
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(GeneratorHarness.GlobalOptions("News"))).RunGenerators(compilation);

        foreach (var step in PerArticleSteps)
            Assert.All(Outputs(driver, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Contains(Outputs(driver, TrackingNames.Knowledge), o => o.Reason == IncrementalStepRunReason.Modified);
        var sources = driver.GetRunResult().Results.Single().GeneratedSources;
        Assert.Contains(sources, s => s.HintName == "News.g.cs");
        Assert.DoesNotContain(sources, s => s.HintName == "Seeds.g.cs");
    }

    [Fact]
    public void No_pipeline_model_holds_a_compilation_symbol_syntax_node_or_location()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var texts = Articles();
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        var edited = new MemoryAdditionalText(texts[0].Path, texts[0].Content + "\nMore news.\n");
        driver = driver.ReplaceAdditionalText(texts[0], edited).RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }")));

        var steps = Steps(driver);
        Assert.Equal(AllSteps.OrderBy(s => s, StringComparer.Ordinal), steps.Keys.Where(AllSteps.Contains).OrderBy(s => s, StringComparer.Ordinal));
        var walked = 0;
        foreach (var (name, runs) in steps)
            foreach (var run in runs)
                foreach (var (value, _) in run.Outputs)
                {
                    walked++;
                    var found = ModelWalker.Forbidden(value, name);
                    Assert.True(found.Count == 0, string.Join("\n", found));
                }
        Assert.True(walked > 3 * CorpusArticles, $"only {walked} outputs walked");
    }

    public static TheoryData<string> BadModels => new() { "compilation", "symbol", "syntax node", "location" };

    private sealed record Holder(string Name, object Inner);

    [Theory]
    [MemberData(nameof(BadModels))]
    public void The_walker_finds_a_forbidden_object_however_deeply_it_is_held(string kind)
    {
        var compilation = GeneratorHarness.Compilation("class A { void M() { } }");
        var tree = compilation.SyntaxTrees.Single();
        object bad = kind switch
        {
            "compilation" => compilation,
            "symbol" => compilation.GetTypeByMetadataName("A")!,
            "syntax node" => tree.GetRoot(),
            _ => tree.GetRoot().GetLocation(),
        };
        var model = new Holder("outer", (1, new[] { new Holder("inner", new List<object> { "text", ImmutableArray.Create(bad) }) }));

        var found = ModelWalker.Forbidden(model, "model");
        Assert.NotEmpty(found);
        Assert.Empty(ModelWalker.Forbidden(new Holder("outer", (1, new[] { new Holder("inner", new List<object> { "text", 42 }) })), "model"));
    }
}
