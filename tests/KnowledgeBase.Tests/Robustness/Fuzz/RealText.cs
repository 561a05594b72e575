using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KnowledgeBase.Tests.Helpers;

namespace KnowledgeBase.Tests.Robustness.Fuzz;

/// <summary>
/// Real news text for the fuzzer to mix with hostile content: the seed articles and the
/// Wikinews sample in Robustness/Wikinews (CC BY 2.5, Wikinews contributors).
/// </summary>
internal static class RealText
{
    public static string WikinewsFolder => Path.Combine(TestPaths.Output, "Robustness", "Wikinews");

    public static string[] WikinewsFiles()
    {
        var files = Directory.GetFiles(WikinewsFolder, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private static readonly Lazy<(string[] Titles, string[] Paragraphs, string[] Sentences)> Pool = new(Load);

    /// <summary>First lines of the articles: headlines.</summary>
    public static string[] Titles => Pool.Value.Titles;

    /// <summary>Body paragraphs, whole.</summary>
    public static string[] Paragraphs => Pool.Value.Paragraphs;

    /// <summary>Body sentences, split roughly at full stops.</summary>
    public static string[] Sentences => Pool.Value.Sentences;

    private static (string[], string[], string[]) Load()
    {
        var titles = new List<string>();
        var paragraphs = new List<string>();
        var sentences = new List<string>();
        foreach (var file in TestPaths.SeedFiles().Concat(WikinewsFiles()))
        {
            var lines = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0) continue;
            titles.Add(lines[0]);
            foreach (var line in lines.Skip(1).Where(l => l.Length > 60))
            {
                paragraphs.Add(line);
                sentences.AddRange(Regex.Split(line, @"(?<=[.!?][""\u201D]?)\s+(?=[A-Z""\u201C])").Where(s => s.Length > 0));
            }
        }
        return (titles.ToArray(), paragraphs.ToArray(), sentences.ToArray());
    }
}
