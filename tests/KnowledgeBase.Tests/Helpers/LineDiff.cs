using System;
using System.Collections.Generic;
using System.Text;

namespace KnowledgeBase.Tests.Helpers;

/// <summary>A readable unified-style diff (longest common subsequence over lines), clipped for test output.</summary>
internal static class LineDiff
{
    public static string Format(string expected, string actual, int maxLines = 60)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var lines = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; continue; }
            if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) lines.Add($"+{y + 1,5}: {Clip(b[y++])}");
            else lines.Add($"-{x + 1,5}: {Clip(a[x++])}");
        }
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count && i < maxLines; i++) text.AppendLine(lines[i]);
        if (lines.Count > maxLines) text.AppendLine($"... {lines.Count - maxLines} more changed lines");
        return text.ToString();
    }

    private static string Clip(string line) => line.Length <= 200 ? line : line.Substring(0, 200) + "…";
}
