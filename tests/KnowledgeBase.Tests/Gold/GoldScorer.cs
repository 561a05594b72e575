// A port of shared/score.py (the Python gold scorer). Keep the two in sync: for the same gold
// and export files, Format() must print exactly what score.py prints (without --min).
// This file follows score.py's main() step by step: entity matching, alias recall, quotes,
// events and the cross-article merge. GoldScorer.PythonText.cs, .Difflib.cs and .Json.cs keep
// Python semantics where .NET's built-ins differ (\w and \s, str.lower(), unicodedata.combining,
// '%.3f' rounding, difflib, dict access). Known residual differences: characters whose Unicode
// data changed after Unicode 14 (Python 3.11) versus .NET's and ICU's tables; lone surrogates,
// which System.Text.Json refuses to read; and non-integer numbers where score.py calls str().
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace KnowledgeBase.Tests.Gold;

/// <summary>Scores a <c>kb export</c> document against a gold file, as shared/score.py does.</summary>
public static partial class GoldScorer
{
    /// <summary>Scores <paramref name="exportJson"/> (the output of <c>kb export</c>) against <paramref name="goldJson"/>.</summary>
    /// <exception cref="JsonException">Either text is not JSON.</exception>
    /// <exception cref="FormatException">A document has a shape on which score.py would fail (missing key, wrong type).</exception>
    public static GoldScore Score(string goldJson, string exportJson)
    {
        ArgumentNullException.ThrowIfNull(goldJson);
        ArgumentNullException.ThrowIfNull(exportJson);
        using var goldDoc = JsonDocument.Parse(goldJson);
        using var expDoc = JsonDocument.Parse(exportJson);
        JsonElement gold = goldDoc.RootElement, exp = expDoc.RootElement;

        var run = new ScoringRun(exp, GoldEntities.Collect(gold));
        var entities = ScoreEntities(run);

        // ---- quotes and events, per article
        var tally = new ArticleTally();
        foreach (var art in ArticlesOf(gold))
        {
            string f = BaseOr(Req(art, "file"));
            var canon = Canonicalizer(art, run.Gold.Forms);
            ScoreQuotes(run, art, f, canon, tally);
            ScoreEvents(run, art, f, canon, tally);
        }

        var (qp, qr, qf) = Prf(tally.QuoteTp, tally.QuoteFp, tally.QuoteFn);
        var (vp, vr, vf) = Prf(tally.EventTp, tally.EventFp, tally.EventFn);
        return new GoldScore(
            entities.Precision, entities.Recall, entities.F1, entities.Fragmented, entities.AliasRecall,
            qp, qr, qf,
            tally.AttrN > 0 ? (double)tally.AttrOk / tally.AttrN : 0.0,
            vp, vr, vf,
            tally.DateN > 0 ? (double)tally.DateOk / tally.DateN : null,
            MergeAccuracy(tally.MatchedEventIds));
    }

    private readonly record struct EntityScores(double Precision, double Recall, double F1, int Fragmented, double AliasRecall);

    // ---- entities (KB-wide): union of gold entities over all articles
    private static EntityScores ScoreEntities(ScoringRun run)
    {
        var golds = run.Gold;
        var matchedGold = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        int entFp = 0;
        foreach (var e in Items(run.Export, "entities").Where(e => NamedType(Get(e, "type"))))
        {
            string? k = run.GoldKeyOf(Req(e, "id"));
            if (k is null)
            {
                entFp++;
            }
            else
            {
                if (!matchedGold.TryGetValue(k, out var list))
                {
                    matchedGold[k] = list = [];
                }
                list.Add(e);
            }
        }
        int entTp = golds.Order.Count(k =>
            matchedGold.TryGetValue(k, out var list)
            && list.Any(e => golds.ByKey[k].Type is { } gt && PyLower(OrEmpty(Get(e, "type"))) == gt));
        int entFn = golds.ByKey.Count - entTp;
        var (ep, er, ef) = Prf(entTp, entFp, entFn);
        int fragmented = matchedGold.Values.Count(list => list.Count > 1);
        return new EntityScores(ep, er, ef, fragmented, AliasRecall(run, matchedGold));
    }

    private static bool NamedType(JsonElement? t) => PyLower(OrEmpty(t)) is "person" or "organization" or "place";

    private static double AliasRecall(ScoringRun run, Dictionary<string, List<JsonElement>> matchedGold)
    {
        int aliasTotal = 0, aliasHit = 0;
        foreach (var k in run.Gold.Order)
        {
            var found = new HashSet<string>(StringComparer.Ordinal);
            if (matchedGold.TryGetValue(k, out var list))
            {
                foreach (var e in list)
                {
                    found.UnionWith(run.Surface(Req(e, "id")));
                }
            }
            var forms = run.Gold.ByKey[k].Forms.Where(f => NameForm(f, k)).ToList();
            if (forms.Count > 1)
            {
                aliasTotal += forms.Count;
                aliasHit += forms.Count(found.Contains);
            }
        }
        return aliasTotal > 0 ? (double)aliasHit / aliasTotal : 0.0;
    }

    // alias recall counts name forms only: parts of the name, spelling variants,
    // short abbreviations; role-laden mentions ("German Foreign Minister X") do not count.
    private static bool NameForm(string form, string canonical)
    {
        var ft = PySplit(form);
        var ct = PySplit(canonical);
        if (ft.Count == 0)
        {
            return false;
        }
        if (ft.All(ct.Contains))
        {
            return true;
        }
        if (CodePointCount(form.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)) <= 5)
        {
            return true;
        }
        return ft.All(t => ct.Any(c => Ratio(t, c) >= 0.8));
    }

    // canon(name): the article's own gold alias table first, then the KB-wide gold forms.
    private static Func<string?, string> Canonicalizer(JsonElement art, Dictionary<string, string> goldForms)
    {
        var goldAlias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in Items(art, "entities"))
        {
            var name = Req(e, "name");
            foreach (var form in Items(e, "aliases").Prepend(name))
            {
                goldAlias[Norm(Text(form))] = Norm(Text(name));
            }
        }
        return name =>
        {
            string n = Norm(name);
            return goldAlias.TryGetValue(n, out var a) ? a : goldForms.TryGetValue(n, out var g) ? g : n;
        };
    }

    private static void ScoreQuotes(ScoringRun run, JsonElement art, string f, Func<string?, string> canon, ArticleTally tally)
    {
        var preds = Items(run.Export, "quotes").Where(q => BaseOr(Get(q, "article")) == f).ToList();
        var used = new HashSet<int>();
        foreach (var gq in Items(art, "quotes"))
        {
            int? best = null;
            var bestKey = (F1: 0.5, Ok: false);
            for (int i = 0; i < preds.Count; i++)
            {
                if (used.Contains(i))
                {
                    continue;
                }
                var key = (F1: TokenF1(Text(Req(gq, "text")), Text(Get(preds[i], "text"))), Ok: SpeakerOk(run, gq, preds[i], canon));
                // Python's (float, bool) tuple `key >= best_key`: the later of equal keys wins.
                if (key.F1 != bestKey.F1 ? key.F1 > bestKey.F1 : key.Ok || !bestKey.Ok)
                {
                    best = i;
                    bestKey = key;
                }
            }
            if (best is not { } b)
            {
                tally.QuoteFn++;
                continue;
            }
            used.Add(b);
            tally.QuoteTp++;
            tally.AttrN++;
            if (bestKey.Ok)
            {
                tally.AttrOk++;
            }
        }
        tally.QuoteFp += preds.Count - used.Count;
    }

    private static bool SpeakerOk(ScoringRun run, JsonElement gq, JsonElement pq, Func<string?, string> canon)
    {
        string gs = canon(Text(Req(gq, "speaker")));
        var forms = new HashSet<string>(StringComparer.Ordinal);
        var speaker = Get(pq, "speaker");
        if (Truthy(speaker))
        {
            foreach (var x in run.Surface(speaker))
            {
                forms.Add(canon(x));
            }
        }
        var speakerText = Get(pq, "speakerText");
        if (Truthy(speakerText))
        {
            forms.Add(canon(Text(speakerText)));
        }
        return gs.Length > 0 && (forms.Contains(gs) || forms.Any(x => x.Contains(gs, StringComparison.Ordinal)));
    }

    private static (double P, double R, double F) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }

    /// <summary>The counts score.py accumulates over the gold articles.</summary>
    private sealed class ArticleTally
    {
        public int QuoteTp, QuoteFp, QuoteFn, AttrOk, AttrN;
        public int EventTp, EventFp, EventFn, DateOk, DateN;

        /// <summary>matched_event_ids: (cameo root, participants, date) -> (article, predicted id) pairs.</summary>
        public Dictionary<EventKey, HashSet<(string File, string Id)>> MatchedEventIds { get; } = [];
    }

    // (cameo root, frozenset(participants), date); Parts is the sorted set joined by '\0',
    // which norm() output never contains.
    private readonly record struct EventKey(string Root, string Parts, string Date);

    /// <summary>The export's entities by id and the gold entities, which every later step consults.</summary>
    private sealed class ScoringRun
    {
        private readonly Dictionary<string, JsonElement> ents = new(StringComparer.Ordinal);

        public ScoringRun(JsonElement export, GoldEntities gold)
        {
            Export = export;
            Gold = gold;
            foreach (var e in Items(export, "entities"))
            {
                ents[IdKey(Req(e, "id"))] = e; // ents = {e["id"]: e ...}: a later duplicate id wins
            }
        }

        public JsonElement Export { get; }

        public GoldEntities Gold { get; }

        // surface(eid): the entity's name and aliases, normalized (a set; here in first-seen order).
        public List<string> Surface(JsonElement? eid)
        {
            var forms = new List<string>();
            if (!ents.TryGetValue(IdKey(eid), out var e))
            {
                return forms;
            }
            AddDistinct(forms, Norm(Text(Get(e, "name"))));
            foreach (var a in Items(e, "aliases"))
            {
                AddDistinct(forms, Norm(Text(a)));
            }
            return forms;
        }

        // gold_key_of: the gold entity of the entity's own name, else of its first alias in sorted
        // order (Python sorts str by code point), so the answer does not depend on set order.
        public string? GoldKeyOf(JsonElement? eid)
        {
            string name = "";
            var aliases = new List<string>();
            if (ents.TryGetValue(IdKey(eid), out var e) && Truthy(e)) // ents.get(eid) or {}
            {
                name = Norm(Text(Get(e, "name")));
                aliases.AddRange(Items(e, "aliases").Select(a => Norm(Text(a))));
                aliases.Sort(CompareCodePoints);
            }
            foreach (var f in aliases.Prepend(name))
            {
                if (Gold.Forms.TryGetValue(f, out var k))
                {
                    return k;
                }
            }
            return null;
        }
    }

    /// <summary>gold_ents (by normalized name, in first-seen order) and gold_forms (any form to its entity).</summary>
    private sealed class GoldEntities
    {
        public Dictionary<string, GoldEntity> ByKey { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = []; // dict insertion order, which gold_forms.setdefault depends on

        public Dictionary<string, string> Forms { get; } = new(StringComparer.Ordinal);

        public static GoldEntities Collect(JsonElement gold)
        {
            var golds = new GoldEntities();
            foreach (var art in ArticlesOf(gold))
            {
                foreach (var e in Items(art, "entities"))
                {
                    string key = Norm(Text(Req(e, "name")));
                    var type = Req(e, "type"); // setdefault builds its default eagerly, so e["type"] is always read
                    if (!golds.ByKey.TryGetValue(key, out var g))
                    {
                        g = new GoldEntity(type.ValueKind == JsonValueKind.String ? type.GetString() : null);
                        golds.ByKey.Add(key, g);
                        golds.Order.Add(key);
                    }
                    g.Forms.Add(Norm(Text(Req(e, "name"))));
                    foreach (var a in Items(e, "aliases"))
                    {
                        g.Forms.Add(Norm(Text(a)));
                    }
                }
            }
            foreach (var key in golds.Order)
            {
                foreach (var f in golds.ByKey[key].Forms)
                {
                    golds.Forms.TryAdd(f, key);
                }
            }
            return golds;
        }
    }

    private sealed class GoldEntity(string? type)
    {
        public string? Type { get; } = type; // g["type"]; a non-string never equals a lowered str
        public HashSet<string> Forms { get; } = new(StringComparer.Ordinal);
    }
}
