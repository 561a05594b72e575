using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using KnowledgeBase.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Tests.Helpers;

/// <summary>An additional file held in memory.</summary>
internal sealed class MemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public string Content { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Content, Encoding.UTF8);
}

/// <summary>MSBuild options as the compiler sees them: global properties plus per-file metadata.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

    // As the package's targets do: files under the seeds folder are marked as articles.
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        var values = new Dictionary<string, string>();
        if (textFile.Path.StartsWith(GeneratorHarness.SeedsRoot, StringComparison.Ordinal)) values["build_metadata.AdditionalFiles.KnowledgeBaseArticle"] = "true";
        if (perFile is not null && perFile.TryGetValue(textFile.Path, out var extra))
            foreach (var pair in extra) values[pair.Key] = pair.Value;
        return new Options(values);
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }
            value = string.Empty;
            return false;
        }
    }
}

/// <summary>Runs the generator the way the compiler does, with step tracking on.</summary>
internal static class GeneratorHarness
{
    public const string SeedsRoot = "/kb/seeds/";

    public static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var list = paths.Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        list.Add(MetadataReference.CreateFromFile(typeof(KnowledgeBase.Knowledge).Assembly.Location));
        return list.ToImmutableArray();
    });

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create("KbTest",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12), path: $"Source{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static Dictionary<string, string> GlobalOptions(string name = "Seeds") => new()
    {
        ["build_property.KnowledgeBaseName"] = name,
        ["build_property.KnowledgeBaseNamespace"] = "TestKb",
        ["build_property.KnowledgeBaseSeedsPath"] = SeedsRoot,
    };

    public static List<MemoryAdditionalText> SeedTexts() =>
        TestPaths.SeedFiles().Select(f => new MemoryAdditionalText(SeedsRoot + Path.GetFileName(f), File.ReadAllText(f))).ToList();

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new KnowledgeBaseGenerator().AsSourceGenerator() },
            texts,
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12),
            options ?? new TestOptionsProvider(GlobalOptions()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator and compiles its output; returns the driver (for reruns) and the final compilation.</summary>
    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(GeneratorDriver driver, Compilation input)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        return (driver, output, diagnostics);
    }

    public static string Generated(GeneratorDriver driver, string hintName) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
