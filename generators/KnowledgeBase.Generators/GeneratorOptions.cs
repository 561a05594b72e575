using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeBase.Generators
{
    /// <summary>The knowledge base's MSBuild options, read once per options change.</summary>
    internal sealed record GeneratorOptions(string Name, string Namespace, string SeedsRoot)
    {
        public const string DefaultName = "News";

        public static GeneratorOptions Read(AnalyzerConfigOptions options)
        {
            var name = Get(options, "build_property.KnowledgeBaseName");
            var ns = Get(options, "build_property.KnowledgeBaseNamespace");
            if (ns.Length == 0) ns = Get(options, "build_property.RootNamespace");
            var seeds = NormalizeFolder(Get(options, "build_property.KnowledgeBaseSeedsPath"));
            // Default class name: the articles folder's name ("seeds/" → Seeds).
            if (name.Length == 0) name = Emission.CSharpEscaping.Identifier(FolderName(seeds), DefaultName);
            return new GeneratorOptions(name, ns, seeds);
        }

        public static string Get(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && value is not null ? value.Trim() : string.Empty;

        private static string FolderName(string folder)
        {
            var trimmed = folder.TrimEnd('/');
            return trimmed.Substring(trimmed.LastIndexOf('/') + 1);
        }

        public static string NormalizeFolder(string folder)
        {
            var path = folder.Replace('\\', '/');
            return path.Length == 0 || path.EndsWith("/", System.StringComparison.Ordinal) ? path : path + "/";
        }
    }
}
