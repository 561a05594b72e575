using System.IO;
using System.Linq;
using KnowledgeBase.Cli;
using KnowledgeBase.Tests.Helpers;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Gold;

/// <summary>
/// Scores the knowledge bases compiled into this assembly against hand-made gold: the seeds,
/// twelve Wikinews articles annotated for this project (Gold/wikinews, CC BY 2.5) and the 31
/// articles of the project's published Wikinews gold set (Gold/published, CC BY 2.5). The floors
/// only ever rise: each is the level the extractor has reached, and a change that loses ground fails.
/// </summary>
public sealed class GoldScoreTests(ITestOutputHelper output)
{
    internal static string Export(Knowledge kb)
    {
        using var writer = new StringWriter();
        Assert.Equal(0, CliApp.Run(new[] { "export" }, writer, TextWriter.Null, kb));
        return writer.ToString();
    }

    private GoldScore Score(string gold, Knowledge kb)
    {
        var score = GoldScorer.Score(File.ReadAllText(TestPaths.Gold(gold)), Export(kb));
        output.WriteLine(score.Format());
        return score;
    }

    [Fact]
    public void Seeds_meet_the_floors()
    {
        var score = Score("seeds.gold.json", Seeds.Knowledge);
        // Issue "Extraction that holds on news it has never seen" asks for these on the seeds.
        Assert.True(score.EntityF1 >= 0.95, $"entity F1 {score.EntityF1:F3} < 0.95");
        Assert.True(score.AliasRecall >= 0.95, $"alias recall {score.AliasRecall:F3} < 0.95");
        Assert.Equal(0, score.EntityFragmented);
        // Measured: entity F1 0.984, alias recall 1.000, quote F1 0.934, speaker 1.000, event F1 0.917, date 1.000.
        Assert.True(score.QuoteF1 >= 0.91, $"quote F1 {score.QuoteF1:F3} < 0.91");
        Assert.True(score.SpeakerAccuracy >= 0.90, $"speaker accuracy {score.SpeakerAccuracy:F3} < 0.90");
        Assert.True(score.EventDateAccuracy >= 0.95, $"event date accuracy {score.EventDateAccuracy:F3} < 0.95");
        Assert.True(score.EventF1 >= 0.85, $"event F1 {score.EventF1:F3} < 0.85");
    }

    [Fact]
    public void Wikinews_articles_never_seen_by_the_rules_meet_the_floors()
    {
        var score = Score(Path.Combine("wikinews", "wikinews.gold.json"), WikinewsGold.Knowledge);
        Assert.Equal(12, WikinewsGold.Articles.All.Count);
        // The floors for real news (point 2, applied to this set by point 3).
        // Reached: entity F1 0.928, alias recall 0.890, quote F1 0.848, speaker 0.917, event F1 0.656, date 0.862 (two more events
        // matched with another date than the gold's: a meeting whose gold date is its month while the sentence dates only what
        // happened at it, and a personal best of this year that the scorer's kind groups pair with a win of 2017);
        // where that is above the floor, the guard is that level less about 0.02.
        Assert.True(score.EntityF1 >= 0.90, $"entity F1 {score.EntityF1:F3} < 0.90");
        Assert.True(score.AliasRecall >= 0.88, $"alias recall {score.AliasRecall:F3} < 0.88");
        Assert.True(score.QuoteF1 >= 0.82, $"quote F1 {score.QuoteF1:F3} < 0.82");
        Assert.True(score.SpeakerAccuracy >= 0.88, $"speaker accuracy {score.SpeakerAccuracy:F3} < 0.88");
        Assert.True(score.EventF1 >= 0.63, $"event F1 {score.EventF1:F3} < 0.63");
        Assert.True(score.EventDateAccuracy >= 0.84, $"event date accuracy {score.EventDateAccuracy:F3} < 0.84");
        Assert.Equal(0, score.EntityFragmented);
    }

    [Fact]
    public void Published_wikinews_set_stays_at_todays_levels()
    {
        var score = Score(Path.Combine("published", "wikinews.gold.json"), WikinewsPublished.Knowledge);
        Assert.Equal(31, WikinewsPublished.Articles.All.Count);
        // A regression guard, not the target: today's levels less about 0.02.
        // Measured (score.py): entity F1 0.915, alias recall 0.857, fragmented 0, quote F1 0.847, speaker 0.898,
        // event F1 0.571 (P 0.748, R 0.462), date 0.783, merge 1.000 (the airstrike told by three articles is one event).
        Assert.True(score.EntityF1 >= 0.90, $"entity F1 {score.EntityF1:F3} < 0.90");
        Assert.True(score.AliasRecall >= 0.83, $"alias recall {score.AliasRecall:F3} < 0.83");
        Assert.Equal(0, score.EntityFragmented); // "WH" is the White House's (a gazetteer alias), no entity of its own
        Assert.True(score.QuoteF1 >= 0.80, $"quote F1 {score.QuoteF1:F3} < 0.80");
        Assert.True(score.SpeakerAccuracy >= 0.87, $"speaker accuracy {score.SpeakerAccuracy:F3} < 0.87");
        Assert.True(score.EventF1 >= 0.51, $"event F1 {score.EventF1:F3} < 0.51");
        Assert.Equal(1.0, score.EventMergeAccuracy);
        Assert.True(score.EventDateAccuracy >= 0.75, $"event date accuracy {score.EventDateAccuracy:F3} < 0.75");
    }

    [Fact]
    public void Tuning_set_stays_at_todays_levels()
    {
        var score = Score(Path.Combine("tuning", "tuning.gold.json"), WikinewsTuning.Knowledge);
        Assert.Equal(12, WikinewsTuning.Articles.All.Count);
        // A regression guard on articles annotated blind to the rules (session 37), today's levels less about 0.02.
        // Measured (score.py) in session 40: entity F1 0.882, alias recall 0.846, fragmented 3, quote F1 0.831,
        // speaker 0.915, event F1 0.509 (P 0.609, R 0.438), date 0.895.
        AssertAtLeast(score, entity: 0.86, alias: 0.82, fragmented: 3, quote: 0.81, speaker: 0.89, events: 0.49, dates: 0.87);
    }

    [Fact]
    public void Second_tuning_set_stays_at_todays_levels()
    {
        var score = Score(Path.Combine("tuning-b", "tuning-b.gold.json"), WikinewsTuningB.Knowledge);
        Assert.Equal(12, WikinewsTuningB.Articles.All.Count);
        // A regression guard on the second set annotated blind to the rules (session 38, kept from that round's helpers,
        // open from session 39), today's levels less about 0.02. Measured (score.py) in session 41: entity F1 0.812, alias
        // recall 0.920, fragmented 6, quote F1 0.706, speaker 0.895, event F1 0.477 (P 0.573, R 0.408), date 0.881.
        AssertAtLeast(score, entity: 0.79, alias: 0.90, fragmented: 6, quote: 0.68, speaker: 0.87, events: 0.46, dates: 0.86);
    }

    // Every figure at or above its floor, at most so many fragmented entities.
    private static void AssertAtLeast(GoldScore score, double entity, double alias, int fragmented, double quote, double speaker, double events, double dates)
    {
        Assert.True(score.EntityF1 >= entity, $"entity F1 {score.EntityF1:F3} < {entity}");
        Assert.True(score.AliasRecall >= alias, $"alias recall {score.AliasRecall:F3} < {alias}");
        Assert.True(score.EntityFragmented <= fragmented, $"fragmented {score.EntityFragmented} > {fragmented}");
        Assert.True(score.QuoteF1 >= quote, $"quote F1 {score.QuoteF1:F3} < {quote}");
        Assert.True(score.SpeakerAccuracy >= speaker, $"speaker accuracy {score.SpeakerAccuracy:F3} < {speaker}");
        Assert.True(score.EventF1 >= events, $"event F1 {score.EventF1:F3} < {events}");
        Assert.True(score.EventDateAccuracy >= dates, $"event date accuracy {score.EventDateAccuracy:F3} < {dates}");
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
        var goldPath = TestPaths.Gold(gold switch
        {
            "seeds" => "seeds.gold.json",
            "wikinews" or "published" => Path.Combine(gold, "wikinews.gold.json"),
            _ => Path.Combine("Fixtures", gold + ".gold.json"),
        });
        var exportPath = TestPaths.Gold(Path.Combine("Fixtures", export));
        var expected = File.ReadAllText(exportPath.Replace(".export.json", ".expected.txt")).Replace("\r\n", "\n");
        var actual = GoldScorer.Score(File.ReadAllText(goldPath), File.ReadAllText(exportPath)).Format();
        Assert.Equal(expected, actual);
    }
}
