using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Queries;

/// <summary>
/// Every fact of the seeds knowledge base, one sorted line each: in review, a diff of this file
/// shows exactly which facts an extractor edit gained or lost.
/// </summary>
public sealed class FactsSnapshotTests
{
    [Fact]
    public void Seeds_facts() => Snapshot.Verify(Facts(Seeds.Knowledge), "txt");

    internal static string Facts(Knowledge kb)
    {
        var lines = new List<string>();
        foreach (var e in kb.Entities)
            lines.Add($"entity  {e.Kind.ToString().ToLowerInvariant(),-12} {e.Id}: {e.Name} [{string.Join(" | ", e.Aliases)}]");
        foreach (var q in kb.Quotes)
            lines.Add($"quote   {q.Article.File} {q.Kind.ToString().ToLowerInvariant(),-8} {q.Speaker?.Id ?? "(" + q.SpeakerText + ")"} {q.Cue ?? "-"}: {q.Text}");
        foreach (var e in kb.Events)
            lines.Add($"event   {e.Date?.ToString() ?? "undated"} {e.Cameo.Code} {e.Kind} {e.Status.ToString().ToLowerInvariant()} [{string.Join(", ", e.Participants.Select(p => p.Id))}] at {e.Place?.Id ?? "-"} ({e.Sources.Count} sources: {string.Join(", ", e.Sources.Select(s => s.Article.File))})");
        lines.Sort(System.StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(line).Append('\n');
        return text.ToString();
    }
}
