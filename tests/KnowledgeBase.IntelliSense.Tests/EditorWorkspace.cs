using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KnowledgeBase.IntelliSense.Tests;

/// <summary>
/// A consumer project the way an editor holds it: the generator loaded from its file as an analyzer
/// reference, the seeds as additional documents, and the global analyzer config MSBuild writes for a
/// project that uses the package (properties, and the article mark on each seed).
/// </summary>
public sealed class EditorWorkspace : IDisposable
{
    public const string ProjectNamespace = "Consumer";

    private readonly AdhocWorkspace _workspace = new();
    private readonly Project _project;

    public EditorWorkspace()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "consumer");
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(seeds);

        var generator = Path.Combine(AppContext.BaseDirectory, "KnowledgeBase.Generators.dll");
        var info = ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), ProjectNamespace, ProjectNamespace, LanguageNames.CSharp,
            filePath: Path.Combine(folder, ProjectNamespace + ".csproj"),
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References(),
            analyzerReferences: new[] { new AnalyzerFileReference(generator, new IsolatedAnalyzerLoader()) });

        var solution = _workspace.CurrentSolution.AddProject(info);
        foreach (var seed in seeds)
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(info.Id), Path.GetFileName(seed), SourceText.From(File.ReadAllText(seed), Encoding.UTF8), filePath: seed);
        solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(info.Id), ProjectNamespace + ".globalconfig",
            SourceText.From(GlobalConfig(Path.GetDirectoryName(seeds[0])!, seeds)), filePath: Path.Combine(folder, ProjectNamespace + ".globalconfig"));
        _project = solution.GetProject(info.Id)!;
    }

    /// <summary>What MSBuild's GenerateMSBuildEditorConfigFile writes for the package's options and items.</summary>
    private static string GlobalConfig(string seedsFolder, IEnumerable<string> seeds)
    {
        var config = new StringBuilder()
            .Append("is_global = true\n")
            .Append("build_property.KnowledgeBaseName = Seeds\n")
            .Append("build_property.KnowledgeBaseNamespace = \n")
            .Append("build_property.KnowledgeBaseMaxArticleBytes = 4194304\n")
            .Append("build_property.RootNamespace = ").Append(ProjectNamespace).Append('\n')
            .Append("build_property.KnowledgeBaseSeedsPath = ").Append(seedsFolder.Replace('\\', '/')).Append("/\n");
        foreach (var seed in seeds)
            config.Append("\n[").Append(seed.Replace('\\', '/')).Append("]\n")
                .Append("build_metadata.AdditionalFiles.KnowledgeBaseArticle = true\n")
                .Append("build_metadata.AdditionalFiles.KnowledgeBasePublished = \n");
        return config.ToString();
    }

    /// <summary>The framework, and the runtime library with its XML docs, as a package reference gives them.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var runtime = typeof(Knowledge).Assembly.Location;
        var docs = Path.ChangeExtension(runtime, ".xml");
        Assert.True(File.Exists(docs), "the runtime library's XML docs are missing: " + docs);
        return platform.Append(MetadataReference.CreateFromFile(runtime, documentation: XmlDocumentationProvider.CreateFromFile(docs)));
    }

    /// <summary>A document holding <paramref name="code"/> with the caret at <c>$$</c>.</summary>
    public (Document Document, int Caret) Open(string code)
    {
        var caret = code.IndexOf("$$", StringComparison.Ordinal);
        Assert.True(caret >= 0, "no $$ caret in the code");
        var text = "using " + ProjectNamespace + ";\n" + code.Remove(caret, 2);
        var document = _project.AddDocument("Program.cs", SourceText.From(text), filePath: Path.Combine(Path.GetDirectoryName(_project.FilePath)!, "Program.cs"));
        return (document, caret + ("using " + ProjectNamespace + ";\n").Length);
    }

    public async Task<IReadOnlyList<CompletionItem>> CompletionsAsync(string code)
    {
        var (document, caret) = Open(code);
        var service = CompletionService.GetService(document) ?? throw new InvalidOperationException("no completion service");
        var list = await service.GetCompletionsAsync(document, caret);
        return list.ItemsList.ToList();
    }

    public async Task<string> CompletionDescriptionAsync(string code, string item)
    {
        var (document, caret) = Open(code);
        var service = CompletionService.GetService(document)!;
        var list = await service.GetCompletionsAsync(document, caret);
        var description = await service.GetDescriptionAsync(document, list.ItemsList.Single(i => i.DisplayText == item));
        return description?.Text ?? string.Empty;
    }

    /// <summary>Every section of the quick info at the caret, one per line: signature, summary, remarks…</summary>
    public async Task<string> QuickInfoAsync(string code)
    {
        var (document, caret) = Open(code);
        var service = QuickInfoService.GetService(document) ?? throw new InvalidOperationException("no quick info service");
        var info = await service.GetQuickInfoAsync(document, caret);
        Assert.True(info is not null, "no quick info at the caret");
        return string.Join("\n", info!.Sections.Select(s => s.Kind + ": " + s.Text));
    }

    /// <summary>The compilation with the generator's output, for its diagnostics.</summary>
    public async Task<Compilation> CompilationAsync() => (await _project.GetCompilationAsync())!;

    public void Dispose() => _workspace.Dispose();

    /// <summary>
    /// Loads the analyzer in its own load context, as the IDE does; its references to Roslyn fall
    /// through to the host's (5.x here), so the generator built against 4.8 runs on a newer compiler.
    /// </summary>
    private sealed class IsolatedAnalyzerLoader : IAnalyzerAssemblyLoader
    {
        private readonly AssemblyLoadContext _context = new("KnowledgeBase analyzer");

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);
    }
}
