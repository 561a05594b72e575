using System.IO;
using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// The 295 Wikinews articles (tests/corpus/wikinews, CC BY 2.5) through the generator driver, and the
/// output compiled and emitted to IL: errors such as CS8103 (too much string data) or a method too large
/// only show up when emitting. The slowest test of the suite (a few seconds to tens of seconds).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ScaleTests
{
    [Fact]
    public void The_295_article_knowledge_base_compiles_and_emits_without_errors()
    {
        var texts = TestPaths.WikinewsFiles()
            .Select(f => new MemoryAdditionalText(GeneratorHarness.SeedsRoot + Path.GetFileName(f), File.ReadAllText(f))).ToList();
        Assert.Equal(295, texts.Count);

        var (driver, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation("namespace App { public static class Program { } }"));

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var data = GeneratorHarness.Generated(driver, "Seeds.Data.g.cs");
        Assert.True(data.Length > 1_000_000, "the data file is suspiciously small");
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(emitted.Success && errors.Count == 0, string.Join("\n", errors.Take(10)));
        Assert.True(image.Length > 1_000_000, $"the assembly has only {image.Length} bytes");
    }
}
