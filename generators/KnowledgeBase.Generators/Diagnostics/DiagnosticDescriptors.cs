using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generators.Diagnostics
{
    /// <summary>Every diagnostic the generator reports. Ids are listed in AnalyzerReleases.*.md.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "KnowledgeBase";

        public static readonly DiagnosticDescriptor UnreadableArticle = new(
            "KB0001", "Article cannot be read",
            "Article '{0}' cannot be read as text: {1}; it is left out of the knowledge base",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor EmptyArticle = new(
            "KB0002", "Article is empty",
            "Article '{0}' has no text; it is left out of the knowledge base",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ArticleTooLarge = new(
            "KB0003", "Article is over the size limit",
            "Article '{0}' is {1} bytes, over the limit of {2} bytes (KnowledgeBaseMaxArticleBytes); it is left out of the knowledge base",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateArticle = new(
            "KB0004", "Two articles have the same id",
            "Articles '{0}' and '{1}' have the same id '{2}'; the second is left out",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor RenamedIdentifier = new(
            "KB0005", "Generated name changed",
            "'{0}' is named '{1}' in the generated code: {2}",
            Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ExtractionFailed = new(
            "KB0006", "Extraction failed",
            "Extraction failed for article '{0}': {1}; the article is kept with the facts found before the failure",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static DiagnosticDescriptor? ById(string id) => id switch
        {
            "KB0001" => UnreadableArticle,
            "KB0002" => EmptyArticle,
            "KB0003" => ArticleTooLarge,
            "KB0004" => DuplicateArticle,
            "KB0005" => RenamedIdentifier,
            "KB0006" => ExtractionFailed,
            _ => null,
        };
    }
}
