using System;
using KnowledgeBase.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeBase.Generators
{
    /// <summary>
    /// One article file with its per-file options. It holds the <see cref="AdditionalText"/> so
    /// the reading step can get the text, and compares it by reference (the driver hands out a new
    /// instance only when the file changes), so an options change that leaves this article's own
    /// options alone does not re-read or re-extract it.
    /// </summary>
    internal sealed class ArticleInput : IEquatable<ArticleInput>
    {
        private ArticleInput(AdditionalText text, string file, int publishedOverride, long maxBytes)
        {
            Text = text;
            File = file;
            PublishedOverride = publishedOverride;
            MaxBytes = maxBytes;
        }

        public AdditionalText Text { get; }

        /// <summary>Path relative to the seeds folder, with '/' separators.</summary>
        public string File { get; }

        /// <summary>A packed date from the file's <c>KnowledgeBasePublished</c> metadata, or 0.</summary>
        public int PublishedOverride { get; }

        public long MaxBytes { get; }

        public const long DefaultMaxBytes = 4L * 1024 * 1024;

        /// <summary>Files the package's targets marked are articles; with no targets at all, every .txt is.</summary>
        private static bool IsArticle(AdditionalText text, AnalyzerConfigOptions fileOptions, string root)
        {
            if (!text.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return false;
            var marked = GeneratorOptions.Get(fileOptions, "build_metadata.AdditionalFiles.KnowledgeBaseArticle");
            return marked.Length > 0 ? string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase) : root.Length == 0;
        }

        /// <summary>The knowledge base an article belongs to (item metadata <c>KnowledgeBase</c>, or "" for the project's), or null for other files.</summary>
        public static ArticleMembership? Membership(AdditionalText text, AnalyzerConfigOptionsProvider provider)
        {
            var fileOptions = provider.GetOptions(text);
            var root = GeneratorOptions.NormalizeFolder(GeneratorOptions.Get(provider.GlobalOptions, "build_property.KnowledgeBaseSeedsPath"));
            if (!IsArticle(text, fileOptions, root)) return null;
            return new ArticleMembership(text.Path, GeneratorOptions.Get(fileOptions, "build_metadata.AdditionalFiles.KnowledgeBase"));
        }

        /// <summary>The article input for an additional file, or null when it is not an article.</summary>
        public static ArticleInput? Create(AdditionalText text, AnalyzerConfigOptionsProvider provider)
        {
            var fileOptions = provider.GetOptions(text);
            var root = GeneratorOptions.NormalizeFolder(GeneratorOptions.Get(provider.GlobalOptions, "build_property.KnowledgeBaseSeedsPath"));
            if (!IsArticle(text, fileOptions, root)) return null;

            var published = Reading.DatelineReader.ParseIso(GeneratorOptions.Get(fileOptions, "build_metadata.AdditionalFiles.KnowledgeBasePublished"));
            var maxText = GeneratorOptions.Get(provider.GlobalOptions, "build_property.KnowledgeBaseMaxArticleBytes");
            var maxBytes = long.TryParse(maxText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) && m > 0 ? m : DefaultMaxBytes;
            return new ArticleInput(text, RelativePath(text.Path, root), published, maxBytes);
        }

        internal static string RelativePath(string path, string root)
        {
            var normalized = path.Replace('\\', '/');
            if (root.Length > 0 && normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase))
                return normalized.Substring(root.Length);
            var slash = normalized.LastIndexOf('/');
            return slash >= 0 ? normalized.Substring(slash + 1) : normalized;
        }

        public bool Equals(ArticleInput? other) =>
            other is not null && ReferenceEquals(Text, other.Text) && File == other.File
            && PublishedOverride == other.PublishedOverride && MaxBytes == other.MaxBytes;

        public override bool Equals(object? obj) => Equals(obj as ArticleInput);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(File);
    }
}
