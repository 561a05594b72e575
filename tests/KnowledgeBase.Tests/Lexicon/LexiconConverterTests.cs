using System.Diagnostics;
using System.IO;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Lexicon;

/// <summary>tools/lexicons/convert.py, run again on its sources, gives the committed data byte for byte.</summary>
public sealed class LexiconConverterTests
{
    [LexiconSourcesFact]
    public void Converter_reproduces_the_committed_data()
    {
        var start = new ProcessStartInfo("python3")
        {
            WorkingDirectory = TestPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "tools/lexicons/convert.py", "--check", "--petrarch", LexiconSources.Petrarch, "--wordnet", LexiconSources.WordNet })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "convert.py --check failed:\n" + errors + output.Result);
    }
}

/// <summary>Where the converter's inputs are: the shared folder beside the repository, and Debian's WordNet.</summary>
internal static class LexiconSources
{
    public static string Petrarch => Path.Combine(Path.GetDirectoryName(TestPaths.RepositoryRoot)!, "shared", "lexicons", "petrarch2");

    public const string WordNet = "/usr/share/wordnet";

    public static string? Missing()
    {
        if (!Directory.Exists(Petrarch)) return "the PETRARCH2 dictionaries are not at " + Petrarch;
        if (!File.Exists(Path.Combine(WordNet, "index.noun"))) return "WordNet 3.0 is not at " + WordNet + " (apt-get install wordnet-base)";
        return null;
    }
}

/// <summary>A fact skipped, with the reason, when the converter's sources are not on this machine.</summary>
public sealed class LexiconSourcesFactAttribute : FactAttribute
{
    public LexiconSourcesFactAttribute()
    {
        var missing = LexiconSources.Missing();
        if (missing is not null) Skip = missing + ": cannot re-run tools/lexicons/convert.py";
    }
}
