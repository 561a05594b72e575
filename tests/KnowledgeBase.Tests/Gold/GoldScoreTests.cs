using System.IO;
using System.Linq;
using KnowledgeBase.Cli;
using KnowledgeBase.Tests.Helpers;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Gold;

/// <summary>Scores the seeds knowledge base (compiled into this assembly) against the hand-made gold.</summary>
public sealed class GoldScoreTests(ITestOutputHelper output)
{
    internal static string Export(Knowledge kb)
    {
        using var writer = new StringWriter();
        Assert.Equal(0, CliApp.Run(new[] { "export" }, writer, TextWriter.Null, kb));
        return writer.ToString();
    }

    [Fact]
    public void Seeds_meet_the_floors()
    {
        var score = GoldScorer.Score(File.ReadAllText(TestPaths.Gold("seeds.gold.json")), Export(Seeds.Knowledge));
        output.WriteLine(score.Format());

        // Floors of issue "Compile-time knowledge base, end to end".
        Assert.True(score.EntityF1 >= 0.80, $"entity F1 {score.EntityF1:F3} < 0.80");
        Assert.True(score.QuoteF1 >= 0.50, $"quote F1 {score.QuoteF1:F3} < 0.50");
        Assert.True(score.SpeakerAccuracy >= 0.60, $"speaker accuracy {score.SpeakerAccuracy:F3} < 0.60");
        Assert.True(score.EventF1 >= 0.40, $"event F1 {score.EventF1:F3} < 0.40");
        Assert.Equal(0, score.EntityFragmented);
    }

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var export in Directory.GetFiles(TestPaths.Gold("Fixtures"), "*.export.json").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            var name = Path.GetFileName(export).Split('.')[0];
            data.Add(name, Path.GetFileName(export));
        }
        return data;
    }

    /// <summary>The C# scorer prints exactly what ../shared/score.py printed for each fixture.</summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Scorer_matches_score_py(string gold, string export)
    {
        var goldPath = gold == "seeds" ? TestPaths.Gold("seeds.gold.json") : TestPaths.Gold(Path.Combine("Fixtures", gold + ".gold.json"));
        var exportPath = TestPaths.Gold(Path.Combine("Fixtures", export));
        var expected = File.ReadAllText(exportPath.Replace(".export.json", ".expected.txt")).Replace("\r\n", "\n");
        var actual = GoldScorer.Score(File.ReadAllText(goldPath), File.ReadAllText(exportPath)).Format();
        Assert.Equal(expected, actual);
    }
}
