using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>An article file whose text is already in memory, as the compiler holds it after reading.</summary>
    internal sealed class InMemoryArticle(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>MSBuild options as the package's targets pass them: the name, the seeds folder, each article marked.</summary>
    internal sealed class ArticleOptions(string name) : AnalyzerConfigOptionsProvider
    {
        public const string Root = "/kb/seeds/";

        private static readonly Options Article = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KnowledgeBaseArticle"] = "true" });
        private static readonly Options None = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
        {
            ["build_property.KnowledgeBaseName"] = name,
            ["build_property.KnowledgeBaseNamespace"] = "Bench",
            ["build_property.KnowledgeBaseSeedsPath"] = Root,
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var v);
                value = v ?? string.Empty;
                return found;
            }
        }
    }

    /// <summary>What a generator run needs: the articles, a small compilation, and a driver like the compiler's.</summary>
    internal static class GeneratorInputs
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "netstandard.dll" or "System.Private.CoreLib.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray());

        public static ImmutableArray<AdditionalText> Articles(Corpus corpus) =>
            corpus.Articles.Select(a => (AdditionalText)new InMemoryArticle(ArticleOptions.Root + a.File, SourceText.From(a.Text))).ToImmutableArray();

        public static CSharpCompilation Compilation(params string[] sources) =>
            CSharpCompilation.Create("Bench", sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, path: $"Source{i}.cs")), References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        /// <summary>A driver as the compiler makes one: no step tracking.</summary>
        public static GeneratorDriver Driver(ImmutableArray<AdditionalText> articles) =>
            CSharpGeneratorDriver.Create(
                new[] { new KnowledgeBaseGenerator().AsSourceGenerator() },
                articles,
                CSharpParseOptions.Default,
                new ArticleOptions("Corpus"),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
    }
}
