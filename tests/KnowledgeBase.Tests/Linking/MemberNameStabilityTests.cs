using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KnowledgeBase.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Tests.Linking;

/// <summary>
/// Generated members of events, quotes and articles are named after what they are (MemberNames' rule) and keep
/// their names when unrelated articles are added to the knowledge base or taken out of it.
/// </summary>
public sealed class MemberNameStabilityTests
{
    private static readonly Regex Member = new(@"public static global::KnowledgeBase\.(Event|Quote|Article) (\w+) =>", RegexOptions.CultureInvariant);
    private static readonly Regex Counts = new(@"\d+ (source|sources)\)", RegexOptions.CultureInvariant);

    private static List<MemoryAdditionalText> Wikinews() =>
        Directory.GetFiles(TestPaths.Gold(Path.Combine("wikinews", "articles")), "*.txt").OrderBy(p => p, StringComparer.Ordinal)
            // "0-…" sorts before the seeds' "000_…": the unrelated articles come first in every list.
            .Select(f => new MemoryAdditionalText(GeneratorHarness.SeedsRoot + "0-" + Path.GetFileName(f), File.ReadAllText(f))).ToList();

    /// <summary>Member name by what the member is: its kind, its XML summary (less source counts) and its evidence.</summary>
    private static Dictionary<string, string> Members(IEnumerable<AdditionalText> texts)
    {
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation("class A { }"));
        var lines = GeneratorHarness.Generated(driver, "Seeds.g.cs").Split('\n');
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Member.Match(lines[i]);
            if (!match.Success) continue;
            var docs = string.Join("\n", lines.Skip(Math.Max(0, i - 2)).Take(Math.Min(i, 2)).Select(l => Counts.Replace(l.Trim(), "n sources)")));
            members[match.Groups[1].Value + "\n" + docs] = match.Groups[2].Value;
        }
        return members;
    }

    [Fact]
    public void Members_keep_their_names_when_unrelated_articles_are_added_or_removed()
    {
        var seeds = GeneratorHarness.SeedTexts();
        var others = Wikinews();
        var all = Members(seeds.Concat(others));
        var fewer = Members(seeds.Concat(others.Where((_, i) => i % 3 != 0)));
        var seedsOnly = Members(seeds);

        foreach (var variant in new[] { fewer, seedsOnly })
        {
            var shared = variant.Keys.Where(all.ContainsKey).ToList();
            Assert.True(shared.Count >= variant.Count * 9 / 10, $"only {shared.Count} of {variant.Count} members found again");
            foreach (var key in shared)
                Assert.True(all[key] == variant[key], $"{variant[key]} became {all[key]}:\n{key}");
        }
    }

    [Fact]
    public void Event_and_quote_members_read_as_actors_kind_and_date_or_speaker_and_topic()
    {
        var article = new MemoryAdditionalText(GeneratorHarness.SeedsRoot + "talks.txt",
            "Berg and Lind Hold Talks\n\nTuesday, March 4, 2025\n\n" +
            "Norwegian Prime Minister Anna Berg phoned Swedish President Tomas Lind on Monday. " +
            "\"The ceasefire talks were useful,\" Lind said.\n");
        var names = Members(new[] { article }).Values.ToList();
        Assert.Contains("BergLindCall_2025_03_03", names);
        Assert.Contains("Lind_OnCeasefireTalks", names);
        Assert.Contains("BergLindHoldTalks", names);
        Assert.All(names, n => Assert.True(n.Length <= 64, n));
    }
}
