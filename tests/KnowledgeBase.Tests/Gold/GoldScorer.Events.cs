// score.py's event matching: per article, each gold event takes one predicted event of the same
// CAMEO root (or, outside CAMEO, the same kind group) that shares its participants; then the
// cross-article merge check.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace KnowledgeBase.Tests.Gold;

public static partial class GoldScorer
{
    // KIND_GROUPS: occurrences outside CAMEO ("000") are compared by kind. Each canonical kind
    // (the closed list in gold/README.md) also accepts the words grouped with it.
    private static readonly (string Kind, string Words)[] KindGroups =
    [
        ("death", "death died dies passing"),
        ("accident", "accident crash collision stampede derailment explosion fire sinking"),
        ("disaster", "disaster hurricane earthquake flood storm wildfire eruption tsunami cyclone typhoon"),
        ("outbreak", "outbreak epidemic pandemic"),
        ("election", "election vote referendum primary poll ballot"),
        ("inauguration", "inauguration swearing-in succession accession"),
        ("appointment", "appointment nomination confirmation hiring naming"),
        ("resignation", "resignation retirement withdrawal"),
        ("dismissal", "dismissal firing ouster removal impeachment coup"),
        ("legislation", "legislation law bill act"),
        ("ruling", "ruling verdict judgment judgement decision trial reversal"),
        ("award", "award prize medal win victory record honour honor"),
        ("funeral", "funeral burial mourning memorial"),
        ("ceremony", "ceremony celebration convention festival exhibition conference session"),
        ("founding", "founding launch establishment opening creation independence"),
        ("closure", "closure shutdown suspension cancellation"),
        ("discovery", "discovery finding study publication screening"),
        ("breach", "breach leak hack"),
        ("sale", "sale acquisition merger takeover"),
    ];

    // KIND_OF: word -> canonical kind (a later group would win a word listed twice; none is).
    private static readonly Dictionary<string, string> KindOf = KindGroups
        .SelectMany(g => g.Words.Split(' ').Select(w => (Word: w, g.Kind)))
        .GroupBy(p => p.Word, StringComparer.Ordinal)
        .ToDictionary(p => p.Key, p => p.Last().Kind, StringComparer.Ordinal);

    // kind_key(word): the group of the whole normalized kind, else of its last word ("data leak"
    // -> leak -> breach), else the normalized kind itself.
    internal static string KindKey(string? word)
    {
        string w = Norm(word);
        if (KindOf.TryGetValue(w, out var kind))
        {
            return kind;
        }
        var words = PySplit(w);
        string last = words.Count > 0 ? words[^1] : w;
        return KindOf.TryGetValue(last, out kind) ? kind : w;
    }

    private static void ScoreEvents(ScoringRun run, JsonElement art, string f, Func<string?, string> canon, ArticleTally tally)
    {
        var preds = Items(run.Export, "events")
            .Where(e => Items(e, "sources").Any(s => BaseOr(Get(s, "article")) == f))
            .ToList();
        var used = new HashSet<int>();
        foreach (var ge in Items(art, "events"))
        {
            var gparts = new HashSet<string>(Items(ge, "participants").Select(p => canon(Text(p))), StringComparer.Ordinal);
            string root = Prefix(StrOr(Get(ge, "cameo")), 2);
            int? best = BestEvent(run, ge, root, gparts, preds, used, canon);
            if (best is not { } b)
            {
                tally.EventFn++;
                continue;
            }
            used.Add(b);
            tally.EventTp++;
            var geDate = Get(ge, "date");
            if (Truthy(geDate))
            {
                string gdate = RequireString(geDate);
                tally.DateN++;
                // (pe.get("date") or "") == ge["date"]: ge's date is a non-empty str here.
                if (Get(preds[b], "date") is { ValueKind: JsonValueKind.String } pd && pd.GetString() == gdate)
                {
                    tally.DateOk++;
                }
                var key = new EventKey(root, string.Join('\0', gparts.Order(StringComparer.Ordinal)), gdate);
                if (!tally.MatchedEventIds.TryGetValue(key, out var pairs))
                {
                    tally.MatchedEventIds[key] = pairs = [];
                }
                pairs.Add((f, IdKey(Get(preds[b], "id"))));
            }
        }
        tally.EventFp += preds.Count - used.Count;
    }

    // The last unused prediction of the right root (or kind) that shares min(2, |gparts|)
    // participants, unless one that also starts with the gold date comes first.
    private static int? BestEvent(ScoringRun run, JsonElement ge, string root, HashSet<string> gparts,
        List<JsonElement> preds, HashSet<int> used, Func<string?, string> canon)
    {
        int need = Math.Min(2, gparts.Count);
        var geDate = Get(ge, "date");
        int? best = null;
        for (int i = 0; i < preds.Count; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }
            var pe = preds[i];
            if (root is "" or "00") // outside CAMEO: compare the kind group
            {
                if (KindKey(Text(Get(pe, "kind"))) != KindKey(Text(Get(ge, "kind"))))
                {
                    continue;
                }
            }
            else if (Prefix(StrOr(Get(pe, "cameo")), 2) != root)
            {
                continue;
            }
            var pparts = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pid in Items(pe, "participants"))
            {
                foreach (var x in run.Surface(pid))
                {
                    pparts.Add(canon(x));
                }
            }
            if (gparts.Count(pparts.Contains) >= need)
            {
                best = i;
                var peDate = Get(pe, "date");
                if (Truthy(geDate) && (Truthy(peDate) ? PyStr(peDate!.Value) : "").StartsWith(RequireString(geDate), StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        return best;
    }

    // cross-article merge: gold keys seen in 2+ articles should map to one predicted id
    private static double? MergeAccuracy(Dictionary<EventKey, HashSet<(string File, string Id)>> matchedEventIds)
    {
        int mergeN = 0, mergeOk = 0;
        foreach (var pairs in matchedEventIds.Values)
        {
            if (pairs.Select(p => p.File).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                mergeN++;
                if (pairs.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == 1)
                {
                    mergeOk++;
                }
            }
        }
        return mergeN > 0 ? (double)mergeOk / mergeN : null;
    }
}
