using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>One article as the generator sees it: a path relative to the articles folder, and its text.</summary>
    internal sealed record CorpusArticle(string File, string Text);

    /// <summary>A named set of articles with its size in UTF-8 bytes.</summary>
    internal sealed class Corpus(string name, IReadOnlyList<CorpusArticle> articles)
    {
        public string Name { get; } = name;

        public IReadOnlyList<CorpusArticle> Articles { get; } = articles;

        public long Utf8Bytes { get; } = SizeOf(articles);

        private static long SizeOf(IReadOnlyList<CorpusArticle> articles)
        {
            long bytes = 0;
            foreach (var a in articles) bytes += Encoding.UTF8.GetByteCount(a.Text);
            return bytes;
        }
    }

    /// <summary>The corpora the benchmarks run on, read from the repository (so a clone is all they need).</summary>
    internal static class Corpora
    {
        public const string Seeds = "seeds";
        public const string Wikinews = "wikinews";
        public const string WikinewsTimesTen = "wikinews-x10";

        private static readonly ConcurrentDictionary<string, Corpus> Loaded = new(StringComparer.Ordinal);

        /// <summary>The repository root, found from this source file's path at compile time.</summary>
        public static string Repository { get; } = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", ".."));

        public static string SeedsFolder => Path.Combine(Repository, "seeds");

        public static string WikinewsFolder => Path.Combine(Repository, "tests", "corpus", "wikinews");

        /// <summary>Scratch space for builds and exports (ignored by git).</summary>
        public static string Artifacts => Path.Combine(Repository, "artifacts", "benchmarks");

        public static Corpus Get(string name) => Loaded.GetOrAdd(name, static n => n switch
        {
            Seeds => new Corpus(n, Folder(SeedsFolder, string.Empty)),
            Wikinews => new Corpus(n, Folder(WikinewsFolder, string.Empty)),
            // Ten copies under distinct folders, so every article has its own id: ten times the linking work too.
            WikinewsTimesTen => new Corpus(n, TimesTen()),
            _ => throw new ArgumentException("unknown corpus " + n, nameof(name)),
        });

        private static List<CorpusArticle> TimesTen()
        {
            var articles = new List<CorpusArticle>();
            for (var copy = 0; copy < 10; copy++)
                foreach (var a in Folder(WikinewsFolder, $"copy{copy}/")) articles.Add(a);
            return articles;
        }

        private static List<CorpusArticle> Folder(string folder, string prefix)
        {
            var files = Directory.GetFiles(folder, "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            var articles = new List<CorpusArticle>(files.Length);
            foreach (var f in files) articles.Add(new CorpusArticle(prefix + Path.GetFileName(f), File.ReadAllText(f)));
            return articles;
        }

        private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
    }
}
