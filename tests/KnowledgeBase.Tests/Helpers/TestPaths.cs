using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace KnowledgeBase.Tests.Helpers;

/// <summary>Where the test inputs live: copied beside the test assembly, or found from this source file.</summary>
internal static class TestPaths
{
    public static string Output => AppContext.BaseDirectory;

    public static string Gold(string name) => Path.Combine(Output, "Gold", name);

    public static string SeedsFolder => Path.Combine(Output, "seeds");

    public static string[] SeedFiles()
    {
        var files = Directory.GetFiles(SeedsFolder, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    public static string WikinewsFolder => Path.Combine(Output, "corpus", "wikinews");

    /// <summary>The 295 Wikinews articles (CC BY 2.5, Wikinews contributors; see tests/corpus/wikinews/README.md).</summary>
    public static string[] WikinewsFiles()
    {
        var files = Directory.GetFiles(WikinewsFolder, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    public static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>The clone this test assembly was built from: the folder with KnowledgeBase.sln above this source file.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot([CallerFilePath] string path = "")
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, "KnowledgeBase.sln"))) return folder;
        throw new DirectoryNotFoundException("no KnowledgeBase.sln above " + path);
    }
}
