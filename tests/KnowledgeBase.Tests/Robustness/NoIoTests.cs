using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using KnowledgeBase.Generators;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Robustness;

/// <summary>
/// The generator does no IO of its own and reads no clock, environment or machine culture: the
/// build bans them (BannedSymbols.txt, RS1035), and the built assembly references none of them.
/// </summary>
public sealed class NoIoTests
{
    private static string GeneratorProject(string file) =>
        Path.Combine(TestPaths.SourceDirectory(), "..", "..", "..", "generators", "KnowledgeBase.Generators", file);

    /// <summary>
    /// What the C# compiler itself emits: iterator methods (yield return) read
    /// Environment.CurrentManagedThreadId, which is no input from the environment.
    /// </summary>
    private static readonly string[] CompilerEmitted = { "System.Environment.get_CurrentManagedThreadId" };

    /// <summary>Every type the generator assembly refers to ("System.IO.File") and every member ("System.DateTime.get_Now").</summary>
    private static HashSet<string> References()
    {
        using var stream = File.OpenRead(typeof(KnowledgeBaseGenerator).Assembly.Location);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        string TypeName(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeReference => md.GetString(md.GetTypeReference((TypeReferenceHandle)handle).Namespace) + "." + md.GetString(md.GetTypeReference((TypeReferenceHandle)handle).Name),
            HandleKind.TypeDefinition => md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)handle).Namespace) + "." + md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)handle).Name),
            _ => string.Empty,
        };
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in md.TypeReferences) names.Add(TypeName(t));
        foreach (var m in md.MemberReferences)
        {
            var member = md.GetMemberReference(m);
            names.Add(TypeName(member.Parent) + "." + md.GetString(member.Name));
        }
        return names;
    }

    /// <summary>The banned list as reference names: T:X → X, P:X.Y → X.get_Y, M:X.Y(…) → X.Y.</summary>
    private static IEnumerable<string> Banned() =>
        File.ReadAllLines(GeneratorProject("BannedSymbols.txt"))
            .Select(l => l.Split(';')[0].Trim())
            .Where(l => l.Length > 2 && l[1] == ':')
            .Select(l => l[0] switch
            {
                'P' => l[2..l.LastIndexOf('.')] + ".get_" + l[(l.LastIndexOf('.') + 1)..],
                'M' => l[2..(l.IndexOf('(') is var p and > 0 ? p : l.Length)],
                _ => l[2..],
            });

    [Fact]
    public void The_generator_references_nothing_the_build_bans()
    {
        var references = References();
        // The scan sees what the generator does use, so an empty result cannot pass for a clean one.
        Assert.Contains("System.Threading.CancellationToken.ThrowIfCancellationRequested", references);
        Assert.Contains("System.Globalization.CultureInfo.get_InvariantCulture", references);

        var banned = Banned().ToList();
        Assert.Contains("System.IO.File", banned);
        Assert.Contains("System.IO.Directory", banned);
        Assert.Contains("System.Environment", banned);
        Assert.Contains("System.DateTime.get_Now", banned);
        Assert.Contains("System.DateTime.get_UtcNow", banned);
        Assert.Contains("System.Globalization.CultureInfo.get_CurrentCulture", banned);
        Assert.Contains("System.Globalization.CultureInfo.get_CurrentUICulture", banned);
        foreach (var name in banned)
        {
            var members = references.Where(r => r.StartsWith(name + ".", StringComparison.Ordinal)).Except(CompilerEmitted).ToList();
            Assert.True(members.Count == 0, $"the generator uses {string.Join(", ", members)}");
            if (!references.Any(r => CompilerEmitted.Contains(r) && r.StartsWith(name + ".", StringComparison.Ordinal)))
                Assert.DoesNotContain(name, references);
        }
        Assert.DoesNotContain(references, r => r.StartsWith("System.Console", StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_enforces_the_bans()
    {
        var project = File.ReadAllText(GeneratorProject("KnowledgeBase.Generators.csproj"));
        Assert.Contains("<EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>", project);
        Assert.Contains("Microsoft.CodeAnalysis.BannedApiAnalyzers", project);
        Assert.Contains("<AdditionalFiles Include=\"BannedSymbols.txt\" />", project);
        var config = File.ReadAllLines(GeneratorProject("Generator.globalconfig")).Select(l => l.Replace(" ", "", StringComparison.Ordinal)).ToList();
        Assert.Contains("dotnet_diagnostic.RS1035.severity=error", config);
        Assert.Contains("dotnet_diagnostic.RS0030.severity=error", config);
    }
}
