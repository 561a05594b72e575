using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>Snapshots of what the generator emits for the seeds, and a check that it compiles cleanly.</summary>
public sealed class GeneratedSourceTests
{
    private static (GeneratorDriver Driver, Compilation Output, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics) RunSeeds() =>
        GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.SeedTexts()), GeneratorHarness.Compilation("namespace App { public static class Program { } }"));

    [Fact]
    public void Surface_of_the_seeds() => Snapshot.Verify(GeneratorHarness.Generated(RunSeeds().Driver, "Seeds.g.cs"));

    [Fact]
    public void Data_of_the_seeds() => Snapshot.Verify(GeneratorHarness.Generated(RunSeeds().Driver, "Seeds.Data.g.cs"));

    [Fact]
    public void Output_compiles_without_errors_or_warnings()
    {
        var (_, output, diagnostics) = RunSeeds();
        Assert.Empty(diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_public_generated_member_has_xml_docs()
    {
        var (driver, _, _) = RunSeeds();
        var lines = GeneratorHarness.Generated(driver, "Seeds.g.cs").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith("public ", System.StringComparison.Ordinal)) continue;
            var previous = lines[i - 1].Trim();
            Assert.True(previous.StartsWith("///", System.StringComparison.Ordinal) || previous.StartsWith("[global::System.CodeDom", System.StringComparison.Ordinal),
                $"line {i + 1} has no XML doc: {line}");
        }
    }
}
