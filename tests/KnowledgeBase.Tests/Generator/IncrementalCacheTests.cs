using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generators;
using KnowledgeBase.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>The generator re-does only the work an edit calls for.</summary>
public sealed class IncrementalCacheTests
{
    private static readonly string[] PerArticleSteps = { TrackingNames.Documents, TrackingNames.Articles };

    private static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToList()
            : new List<IncrementalStepRunReason>();

    [Fact]
    public void Second_run_with_nothing_changed_is_all_cached()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(GeneratorHarness.SeedTexts());
        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in new[] { TrackingNames.Options, TrackingNames.ArticleInputs, TrackingNames.Documents, TrackingNames.Articles, TrackingNames.AllArticles, TrackingNames.Knowledge })
        {
            Assert.True(steps.ContainsKey(name), $"step {name} was not tracked");
            Assert.All(Reasons(driver, name), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {r}"));
        }
    }

    [Fact]
    public void Adding_an_unrelated_cs_file_re_extracts_nothing()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(GeneratorHarness.SeedTexts()).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }")));

        foreach (var step in PerArticleSteps)
        {
            var reasons = Reasons(driver, step);
            Assert.Equal(5, reasons.Count);
            Assert.All(reasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
        Assert.All(Reasons(driver, TrackingNames.Knowledge), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_one_article_re_extracts_only_that_article()
    {
        var texts = GeneratorHarness.SeedTexts();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);

        var edited = new MemoryAdditionalText(texts[2].Path, texts[2].Content + "\nPresident Joe Biden said the talks were useful.\n");
        driver = driver.ReplaceAdditionalText(texts[2], edited).RunGenerators(compilation);

        var reasons = Reasons(driver, TrackingNames.Articles);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(Reasons(driver, TrackingNames.Knowledge), r => r == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Changing_the_name_re_emits_but_re_extracts_nothing()
    {
        var texts = GeneratorHarness.SeedTexts();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(GeneratorHarness.GlobalOptions("News"))).RunGenerators(compilation);

        Assert.All(Reasons(driver, TrackingNames.Articles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(Reasons(driver, TrackingNames.Knowledge), r => r == IncrementalStepRunReason.Modified);
        Assert.Contains(driver.GetRunResult().Results.Single().GeneratedSources, s => s.HintName == "News.g.cs");
    }
}
