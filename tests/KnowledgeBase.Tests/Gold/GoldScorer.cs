// A port of shared/score.py (the Python gold scorer). Keep the two in sync: for the same gold
// and export files, Format() must print exactly what score.py prints (without --min).
// The code follows score.py step by step and keeps Python semantics where .NET's built-ins differ
// (\w and \s, str.lower(), unicodedata.combining, '%.3f' rounding, difflib). Known residual
// differences: characters whose Unicode data changed after Unicode 14 (Python 3.11) versus .NET's
// and ICU's tables; lone surrogates, which System.Text.Json refuses to read; non-integer numbers
// where score.py calls str(); and gold_key_of's set order (see there).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace KnowledgeBase.Tests.Gold;

/// <summary>The metrics score.py prints for one export scored against one gold file.</summary>
/// <param name="EntityPrecision">entity_precision</param>
/// <param name="EntityRecall">entity_recall</param>
/// <param name="EntityF1">entity_f1</param>
/// <param name="EntityFragmented">entity_fragmented: gold entities matched by more than one exported entity.</param>
/// <param name="AliasRecall">alias_recall</param>
/// <param name="QuotePrecision">quote_precision</param>
/// <param name="QuoteRecall">quote_recall</param>
/// <param name="QuoteF1">quote_f1</param>
/// <param name="SpeakerAccuracy">speaker_accuracy</param>
/// <param name="EventPrecision">event_precision</param>
/// <param name="EventRecall">event_recall</param>
/// <param name="EventF1">event_f1</param>
/// <param name="EventDateAccuracy">event_date_accuracy; null when no dated gold event was matched.</param>
/// <param name="EventMergeAccuracy">event_merge_accuracy; null when no matched event is told by two articles.</param>
public sealed record GoldScore(
    double EntityPrecision,
    double EntityRecall,
    double EntityF1,
    int EntityFragmented,
    double AliasRecall,
    double QuotePrecision,
    double QuoteRecall,
    double QuoteF1,
    double SpeakerAccuracy,
    double EventPrecision,
    double EventRecall,
    double EventF1,
    double? EventDateAccuracy,
    double? EventMergeAccuracy)
{
    /// <summary>
    /// The report exactly as score.py prints it without --min: one "name: value" line per metric,
    /// then the summary line, each ending in '\n'.
    /// </summary>
    public string Format()
    {
        var sb = new StringBuilder();
        void Line(string name, string value) => sb.Append(name).Append(": ").Append(value).Append('\n');
        static string Na(double? v, int digits) => v is { } x ? GoldScorer.FormatFixed(x, digits) : "n/a";

        Line("entity_precision", GoldScorer.FormatFixed(EntityPrecision, 3));
        Line("entity_recall", GoldScorer.FormatFixed(EntityRecall, 3));
        Line("entity_f1", GoldScorer.FormatFixed(EntityF1, 3));
        Line("entity_fragmented", EntityFragmented.ToString(CultureInfo.InvariantCulture));
        Line("alias_recall", GoldScorer.FormatFixed(AliasRecall, 3));
        Line("quote_precision", GoldScorer.FormatFixed(QuotePrecision, 3));
        Line("quote_recall", GoldScorer.FormatFixed(QuoteRecall, 3));
        Line("quote_f1", GoldScorer.FormatFixed(QuoteF1, 3));
        Line("speaker_accuracy", GoldScorer.FormatFixed(SpeakerAccuracy, 3));
        Line("event_precision", GoldScorer.FormatFixed(EventPrecision, 3));
        Line("event_recall", GoldScorer.FormatFixed(EventRecall, 3));
        Line("event_f1", GoldScorer.FormatFixed(EventF1, 3));
        Line("event_date_accuracy", Na(EventDateAccuracy, 3));
        Line("event_merge_accuracy", Na(EventMergeAccuracy, 3));
        sb.Append("summary: entity_f1 ").Append(GoldScorer.FormatFixed(EntityF1, 2))
          .Append(" quote_f1 ").Append(GoldScorer.FormatFixed(QuoteF1, 2))
          .Append(" speaker_acc ").Append(GoldScorer.FormatFixed(SpeakerAccuracy, 2))
          .Append(" event_f1 ").Append(GoldScorer.FormatFixed(EventF1, 2))
          .Append(" date_acc ").Append(Na(EventDateAccuracy, 2))
          .Append(" merge ").Append(Na(EventMergeAccuracy, 2))
          .Append('\n');
        return sb.ToString();
    }
}

/// <summary>Scores a <c>kb export</c> document against a gold file, as shared/score.py does.</summary>
public static class GoldScorer
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

        // ents = {e["id"]: e ...}: a later duplicate id wins.
        var ents = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var e in Items(exp, "entities"))
        {
            ents[IdKey(Req(e, "id"))] = e;
        }

        // surface(eid) is a set in Python; here it keeps first-seen order (name, then aliases) so
        // that gold_key_of below is deterministic.
        List<string> Surface(JsonElement? eid)
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

        // ---- entities (KB-wide): union of gold entities over all articles
        var goldEnts = new Dictionary<string, GoldEntity>(StringComparer.Ordinal);
        var goldOrder = new List<string>(); // dict insertion order, which gold_forms.setdefault depends on
        foreach (var art in ArticlesOf(gold))
        {
            foreach (var e in Items(art, "entities"))
            {
                string key = Norm(Text(Req(e, "name")));
                var type = Req(e, "type"); // setdefault builds its default eagerly, so e["type"] is always read
                if (!goldEnts.TryGetValue(key, out var g))
                {
                    g = new GoldEntity(type.ValueKind == JsonValueKind.String ? type.GetString() : null);
                    goldEnts.Add(key, g);
                    goldOrder.Add(key);
                }
                g.Forms.Add(Norm(Text(Req(e, "name"))));
                foreach (var a in Items(e, "aliases"))
                {
                    g.Forms.Add(Norm(Text(a)));
                }
            }
        }
        var goldForms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in goldOrder)
        {
            foreach (var f in goldEnts[key].Forms)
            {
                goldForms.TryAdd(f, key);
            }
        }

        // Python returns the first surface form (in set order) that is a gold form. Set order of
        // str depends on PYTHONHASHSEED, so when an exported entity's name and aliases map to
        // different gold entities score.py itself varies between runs. The port tries the name
        // first, then the aliases in export order; when all matching forms agree (the usual case)
        // the two always give the same answer.
        string? GoldKeyOf(JsonElement? eid)
        {
            foreach (var f in Surface(eid))
            {
                if (goldForms.TryGetValue(f, out var k))
                {
                    return k;
                }
            }
            return null;
        }

        static bool NamedType(JsonElement? t) => PyLower(OrEmpty(t)) is "person" or "organization" or "place";

        var predNamed = Items(exp, "entities").Where(e => NamedType(Get(e, "type"))).ToList();
        var matchedGold = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        int entFp = 0;
        foreach (var e in predNamed)
        {
            string? k = GoldKeyOf(Req(e, "id"));
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
        int entTp = goldOrder.Count(k =>
            matchedGold.TryGetValue(k, out var list)
            && list.Any(e => goldEnts[k].Type is { } gt && PyLower(OrEmpty(Get(e, "type"))) == gt));
        int entFn = goldEnts.Count - entTp;
        var (ep, er, ef) = Prf(entTp, entFp, entFn);
        int fragmented = matchedGold.Values.Count(list => list.Count > 1);

        int aliasTotal = 0, aliasHit = 0;
        foreach (var k in goldOrder)
        {
            var found = new HashSet<string>(StringComparer.Ordinal);
            if (matchedGold.TryGetValue(k, out var list))
            {
                foreach (var e in list)
                {
                    found.UnionWith(Surface(Req(e, "id")));
                }
            }
            var forms = goldEnts[k].Forms.Where(f => NameForm(f, k)).ToList();
            if (forms.Count > 1)
            {
                aliasTotal += forms.Count;
                aliasHit += forms.Count(found.Contains);
            }
        }

        // ---- quotes and events, per article
        int qTp = 0, qFp = 0, qFn = 0, attrOk = 0, attrN = 0;
        int evTp = 0, evFp = 0, evFn = 0, dateOk = 0, dateN = 0;
        var matchedEventIds = new Dictionary<EventKey, HashSet<(string File, string Id)>>();

        foreach (var art in ArticlesOf(gold))
        {
            string f = BaseOr(Req(art, "file"));
            var goldAlias = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in Items(art, "entities"))
            {
                var name = Req(e, "name");
                foreach (var form in Items(e, "aliases").Prepend(name))
                {
                    goldAlias[Norm(Text(form))] = Norm(Text(name));
                }
            }

            string Canon(string? name)
            {
                string n = Norm(name);
                return goldAlias.TryGetValue(n, out var a) ? a : goldForms.TryGetValue(n, out var g) ? g : n;
            }

            // quotes
            var preds = Items(exp, "quotes").Where(q => BaseOr(Get(q, "article")) == f).ToList();

            bool SpeakerOk(JsonElement gq, JsonElement pq)
            {
                string gs = Canon(Text(Req(gq, "speaker")));
                var forms = new HashSet<string>(StringComparer.Ordinal);
                var speaker = Get(pq, "speaker");
                if (Truthy(speaker))
                {
                    foreach (var x in Surface(speaker))
                    {
                        forms.Add(Canon(x));
                    }
                }
                var speakerText = Get(pq, "speakerText");
                if (Truthy(speakerText))
                {
                    forms.Add(Canon(Text(speakerText)));
                }
                return gs.Length > 0 && (forms.Contains(gs) || forms.Any(x => x.Contains(gs, StringComparison.Ordinal)));
            }

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
                    var key = (F1: TokenF1(Text(Req(gq, "text")), Text(Get(preds[i], "text"))), Ok: SpeakerOk(gq, preds[i]));
                    // Python's (float, bool) tuple `key >= best_key`: the later of equal keys wins.
                    if (key.F1 != bestKey.F1 ? key.F1 > bestKey.F1 : key.Ok || !bestKey.Ok)
                    {
                        best = i;
                        bestKey = key;
                    }
                }
                if (best is not { } b)
                {
                    qFn++;
                    continue;
                }
                used.Add(b);
                qTp++;
                attrN++;
                if (bestKey.Ok)
                {
                    attrOk++;
                }
            }
            qFp += preds.Count - used.Count;

            // events
            var evPreds = Items(exp, "events")
                .Where(e => Items(e, "sources").Any(s => BaseOr(Get(s, "article")) == f))
                .ToList();
            used = [];
            foreach (var ge in Items(art, "events"))
            {
                var gparts = new HashSet<string>(Items(ge, "participants").Select(p => Canon(Text(p))), StringComparer.Ordinal);
                int need = Math.Min(2, gparts.Count);
                string root = Prefix(StrOr(Get(ge, "cameo")), 2);
                var geDate = Get(ge, "date");
                int? best = null;
                for (int i = 0; i < evPreds.Count; i++)
                {
                    if (used.Contains(i))
                    {
                        continue;
                    }
                    var pe = evPreds[i];
                    if (root is "" or "00") // outside CAMEO: compare the kind word
                    {
                        if (Norm(Text(Get(pe, "kind"))) != Norm(Text(Get(ge, "kind"))))
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
                        foreach (var x in Surface(pid))
                        {
                            pparts.Add(Canon(x));
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
                if (best is not { } b)
                {
                    evFn++;
                    continue;
                }
                used.Add(b);
                evTp++;
                var matched = evPreds[b];
                if (Truthy(geDate))
                {
                    string gdate = RequireString(geDate);
                    dateN++;
                    // (pe.get("date") or "") == ge["date"]: ge's date is a non-empty str here.
                    var peDate = Get(matched, "date");
                    if (peDate is { ValueKind: JsonValueKind.String } pd && pd.GetString() == gdate)
                    {
                        dateOk++;
                    }
                    var key = new EventKey(root, string.Join('\0', gparts.Order(StringComparer.Ordinal)), gdate);
                    if (!matchedEventIds.TryGetValue(key, out var pairs))
                    {
                        matchedEventIds[key] = pairs = [];
                    }
                    pairs.Add((f, IdKey(Get(matched, "id"))));
                }
            }
            evFp += evPreds.Count - used.Count;
        }

        // cross-article merge: gold keys seen in 2+ articles should map to one predicted id
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

        var (qp, qr, qf) = Prf(qTp, qFp, qFn);
        var (vp, vr, vf) = Prf(evTp, evFp, evFn);
        return new GoldScore(
            ep, er, ef, fragmented,
            aliasTotal > 0 ? (double)aliasHit / aliasTotal : 0.0,
            qp, qr, qf,
            attrN > 0 ? (double)attrOk / attrN : 0.0,
            vp, vr, vf,
            dateN > 0 ? (double)dateOk / dateN : null,
            mergeN > 0 ? (double)mergeOk / mergeN : null);
    }

    private sealed class GoldEntity(string? type)
    {
        public string? Type { get; } = type; // g["type"]; a non-string never equals a lowered str
        public HashSet<string> Forms { get; } = new(StringComparer.Ordinal);
    }

    // (cameo root, frozenset(participants), date); Parts is the sorted set joined by '\0',
    // which norm() output never contains.
    private readonly record struct EventKey(string Root, string Parts, string Date);

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

    private static (double P, double R, double F) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }

    internal static double TokenF1(string? a, string? b)
    {
        var ta = Tokens(a);
        var tb = Tokens(b);
        if (ta.Count == 0 || tb.Count == 0)
        {
            return 0.0;
        }
        var ca = ta.CountBy(t => t, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var cb = tb.CountBy(t => t, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        int common = ca.Sum(kv => Math.Min(kv.Value, cb.GetValueOrDefault(kv.Key)));
        if (common == 0)
        {
            return 0.0;
        }
        double p = (double)common / tb.Count, r = (double)common / ta.Count;
        return 2 * p * r / (p + r);
    }

    // re.findall(r"[\w']+", norm(s))
    internal static List<string> Tokens(string? s)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        foreach (var r in Norm(s).EnumerateRunes())
        {
            if (IsWord(r) || r.Value == '\'')
            {
                AppendRune(current, r);
            }
            else if (current.Length > 0)
            {
                result.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            result.Add(current.ToString());
        }
        return result;
    }

    // Python 3.11 norm(); see the helpers below for where .NET's built-ins differ from Python's.
    internal static string Norm(string? s)
    {
        if (s is null)
        {
            return "";
        }
        if (!NormalizationWorks)
        {
            throw new InvalidOperationException("Unicode normalization is unavailable (globalization-invariant mode); the scorer needs ICU.");
        }
        // .NET refuses to normalize U+FFFE; it is a starter without decomposition, so normalizing
        // the pieces around it is exact.
        s = string.Join('\uFFFE', s.Split('\uFFFE').Select(piece => piece.Normalize(NormalizationForm.FormKD)));
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            if (!IsCombining(r))
            {
                AppendRune(sb, r);
            }
        }
        s = PyLower(sb.ToString().Replace('\u2019', '\'').Replace('\u2018', '\''));
        s = StripTitle(PyStrip(s));
        sb.Clear();
        foreach (var r in s.EnumerateRunes()) // re.sub(r"[^\w\s'-]", " ", s), one space per code point
        {
            if (IsWord(r) || (r.IsBmp && IsSpace((char)r.Value)) || r.Value == '\'' || r.Value == '-')
            {
                AppendRune(sb, r);
            }
            else
            {
                sb.Append(' ');
            }
        }
        return string.Join(' ', PySplit(sb.ToString())); // re.sub(r"\s+", " ", s).strip()
    }

    // In globalization-invariant mode Normalize leaves non-ASCII text alone, which would silently
    // change scores.
    private static readonly bool NormalizationWorks = "\u00e9".Normalize(NormalizationForm.FormD).Length == 2;

    // re.sub(r"^(the|president|president-elect|former president|u\.s\.|us)\s+", "", s): the
    // alternatives are tried in order and only \s+ follows, so the first title followed by
    // whitespace is the match.
    private static readonly string[] Titles = ["the", "president", "president-elect", "former president", "u.s.", "us"];

    private static string StripTitle(string s)
    {
        foreach (var title in Titles)
        {
            if (s.Length > title.Length && s.StartsWith(title, StringComparison.Ordinal) && IsSpace(s[title.Length]))
            {
                int i = title.Length;
                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }
                return s[i..];
            }
        }
        return s;
    }

    // Python's str \w: Unicode letters and numbers (isalnum) plus '_'. .NET's \w instead has
    // Mn and Pc and lacks Nl/No, and it sees surrogate halves rather than code points.
    private static bool IsWord(Rune r) => r.Value == '_' || Rune.GetUnicodeCategory(r) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    // Python's \s, str.strip() and str.split() whitespace (str.isspace). Unlike .NET's \s and
    // char.IsWhiteSpace it includes U+001C..U+001F. All of these are in the BMP.
    private static bool IsSpace(char c) => c switch
    {
        >= '\t' and <= '\r' or >= '\u001c' and <= ' ' or '\u0085' or '\u00a0' or '\u1680'
            or >= '\u2000' and <= '\u200a' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        _ => false,
    };

    private static string PyStrip(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }
        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }
        return s[start..end];
    }

    private static List<string> PySplit(string s)
    {
        var parts = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsSpace(s[i]))
            {
                i++;
            }
            int start = i;
            while (i < s.Length && !IsSpace(s[i]))
            {
                i++;
            }
            if (i > start)
            {
                parts.Add(s[start..i]);
            }
        }
        return parts;
    }

    // unicodedata.combining(c) != 0, i.e. a non-zero canonical combining class, which .NET does
    // not expose (and which differs from the Mn/Mc/Me categories: many Mn and all Me have class 0).
    // Canonical reordering reveals it: NFD sorts adjacent non-starters by class, so U+0345 (class
    // 240) before c and U+0334 (class 1) after it stay put only when c is a starter. The probe is
    // exact for characters NFD leaves alone, which holds for everything in NFKD output.
    private static readonly ConcurrentDictionary<int, bool> CombiningCache = new();

    private static bool IsCombining(Rune r) => r.Value >= 0x300 && r.Value != 0xFFFE && CombiningCache.GetOrAdd(r.Value, static cp =>
    {
        string probe = "\u0345" + char.ConvertFromUtf32(cp) + "\u0334";
        return !string.Equals(probe.Normalize(NormalizationForm.FormD), probe, StringComparison.Ordinal);
    });

    // str.lower(): full case mapping, so U+0130 becomes "i\u0307" and a capital sigma at the end of
    // a word becomes final sigma; ToLowerInvariant does neither (and its simple mappings agree with
    // Python's for every other code point).
    internal static string PyLower(string s)
    {
        if (s.All(char.IsAscii))
        {
            return s.ToLowerInvariant();
        }
        var runes = s.EnumerateRunes().ToArray();
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < runes.Length; i++)
        {
            switch (runes[i].Value)
            {
                case 0x3A3:
                    sb.Append(IsFinalSigma(runes, i) ? '\u03C2' : '\u03C3');
                    break;
                case 0x130:
                    sb.Append("i\u0307");
                    break;
                default:
                    AppendRune(sb, Rune.ToLowerInvariant(runes[i]));
                    break;
            }
        }
        return sb.ToString();
    }

    // CPython's handle_capital_sigma: \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})
    private static bool IsFinalSigma(Rune[] runes, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(runes[j]))
        {
            j--;
        }
        if (j < 0 || !IsCased(runes[j]))
        {
            return false;
        }
        j = i + 1;
        while (j < runes.Length && IsCaseIgnorable(runes[j]))
        {
            j++;
        }
        return j == runes.Length || !IsCased(runes[j]);
    }

    // Unicode Cased as it acts in the sigma rule (case-ignorable wins): Lu, Ll, Lt plus the
    // Other_Lowercase/Other_Uppercase letters that are neither Lm nor Mn.
    private static bool IsCased(Rune r) => r.Value is 0xAA or 0xBA or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9)
            or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189)
        || Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    // Unicode Case_Ignorable: Mn, Me, Cf, Lm, Sk and the Word_Break MidLetter, MidNumLet and
    // Single_Quote characters.
    private static bool IsCaseIgnorable(Rune r) => r.Value is '\'' or '.' or ':' or 0xB7 or 0x387 or 0x55F or 0x5F4
            or 0x2018 or 0x2019 or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A
        || Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;

    // difflib.SequenceMatcher(None, a, b).ratio() over code points.
    internal static double Ratio(string a, string b)
    {
        int[] x = CodePoints(a), y = CodePoints(b);
        int length = x.Length + y.Length;
        return length > 0 ? 2.0 * new SequenceMatcher(x, y).MatchCount() / length : 1.0;
    }

    // difflib.SequenceMatcher with isjunk=None and autojunk=True: no junk, but in a b of 200+
    // elements those occurring more than 1% + 1 times are "popular" and never start a match
    // (they can still extend one).
    private sealed class SequenceMatcher
    {
        private readonly int[] a;
        private readonly int[] b;
        private readonly Dictionary<int, List<int>> b2j = [];

        public SequenceMatcher(int[] a, int[] b)
        {
            this.a = a;
            this.b = b;
            for (int i = 0; i < b.Length; i++)
            {
                if (!b2j.TryGetValue(b[i], out var indices))
                {
                    b2j[b[i]] = indices = [];
                }
                indices.Add(i);
            }
            if (b.Length >= 200)
            {
                int ntest = b.Length / 100 + 1;
                foreach (var elt in b2j.Where(kv => kv.Value.Count > ntest).Select(kv => kv.Key).ToList())
                {
                    b2j.Remove(elt);
                }
            }
        }

        // Sum of the sizes of get_matching_blocks(); the order blocks are found in does not matter.
        public int MatchCount()
        {
            int total = 0;
            var queue = new Stack<(int Alo, int Ahi, int Blo, int Bhi)>();
            queue.Push((0, a.Length, 0, b.Length));
            while (queue.Count > 0)
            {
                var (alo, ahi, blo, bhi) = queue.Pop();
                var (i, j, k) = FindLongestMatch(alo, ahi, blo, bhi);
                if (k > 0)
                {
                    total += k;
                    if (alo < i && blo < j)
                    {
                        queue.Push((alo, i, blo, j));
                    }
                    if (i + k < ahi && j + k < bhi)
                    {
                        queue.Push((i + k, ahi, j + k, bhi));
                    }
                }
            }
            return total;
        }

        private (int I, int J, int K) FindLongestMatch(int alo, int ahi, int blo, int bhi)
        {
            int besti = alo, bestj = blo, bestsize = 0;
            var j2len = new Dictionary<int, int>();
            for (int i = alo; i < ahi; i++)
            {
                var newj2len = new Dictionary<int, int>();
                if (b2j.TryGetValue(a[i], out var indices))
                {
                    foreach (int j in indices)
                    {
                        if (j < blo)
                        {
                            continue;
                        }
                        if (j >= bhi)
                        {
                            break;
                        }
                        int k = newj2len[j] = j2len.GetValueOrDefault(j - 1) + 1;
                        if (k > bestsize)
                        {
                            besti = i - k + 1;
                            bestj = j - k + 1;
                            bestsize = k;
                        }
                    }
                }
                j2len = newj2len;
            }
            // Extend by equal elements on each end (popular ones included; junk is empty, so
            // difflib's second pair of junk-only loops never runs).
            while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1])
            {
                besti--;
                bestj--;
                bestsize++;
            }
            while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize])
            {
                bestsize++;
            }
            return (besti, bestj, bestsize);
        }
    }

    // Python's '%.Nf': the exact binary value rounded half to even. .NET's "F" format rounds
    // midpoints away from zero (0.125 -> "0.13" where Python prints "0.12").
    internal static string FormatFixed(double v, int digits)
    {
        if (!double.IsFinite(v))
        {
            return double.IsNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075; // |v| = mantissa * 2^exponent
        BigInteger scaled = mantissa * BigInteger.Pow(10, digits);
        BigInteger q;
        if (exponent >= 0)
        {
            q = scaled << exponent;
        }
        else
        {
            BigInteger den = BigInteger.One << -exponent;
            q = BigInteger.DivRem(scaled, den, out var rem);
            int half = (rem * 2).CompareTo(den);
            if (half > 0 || (half == 0 && !q.IsEven))
            {
                q += 1;
            }
        }
        string s = q.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        string body = digits == 0 ? s : s[..^digits] + "." + s[^digits..];
        return bits < 0 ? "-" + body : body;
    }

    // ---- JSON access with Python's dict/list semantics. Where score.py would raise (KeyError,
    // TypeError, AttributeError) the port throws FormatException.

    private static IEnumerable<JsonElement> ArticlesOf(JsonElement gold) => ItemsOf(Req(gold, "articles"), "articles");

    // d.get(name): null when absent; a JSON null comes back as a Null element.
    private static JsonElement? Get(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw Bad($"expected an object with '{name}', got {obj.ValueKind}");
        }
        return obj.TryGetProperty(name, out var v) ? v : null;
    }

    // d[name]
    private static JsonElement Req(JsonElement obj, string name) => Get(obj, name) ?? throw Bad($"missing key '{name}'");

    // d.get(name, []) iterated; only lists are accepted.
    private static IEnumerable<JsonElement> Items(JsonElement obj, string name) =>
        Get(obj, name) is { } v ? ItemsOf(v, name) : [];

    private static IEnumerable<JsonElement> ItemsOf(JsonElement v, string name) => v.ValueKind == JsonValueKind.Array
        ? v.EnumerateArray()
        : throw Bad($"'{name}' must be a list, got {v.ValueKind}");

    // A value passed to norm(): None (or absent) stays null, anything else must be a str.
    private static string? Text(JsonElement? v) => v?.ValueKind switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => v.Value.GetString(),
        var kind => throw Bad($"expected a string, got {kind}"),
    };

    private static string RequireString(JsonElement? v) => Text(v) ?? throw Bad("expected a string, got null");

    // `x or ""` where x is then used as a str.
    private static string OrEmpty(JsonElement? v) => Truthy(v) ? RequireString(v) : "";

    // base(d.get(name, "")): the part after the last / or \; absent is "".
    private static string BaseOr(JsonElement? v)
    {
        string name = v is null ? "" : RequireString(v).Replace('\\', '/');
        return name[(name.LastIndexOf('/') + 1)..];
    }

    // Python truthiness of a JSON value (absent counts as None).
    private static bool Truthy(JsonElement? v) => v is { } e && e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False => false,
        JsonValueKind.String => e.GetString()!.Length > 0,
        JsonValueKind.Number => !IsZeroNumber(e.GetRawText()),
        JsonValueKind.Array => e.GetArrayLength() > 0,
        JsonValueKind.Object => e.EnumerateObject().Any(),
        _ => true,
    };

    private static bool IsZeroNumber(string raw)
    {
        foreach (char c in raw)
        {
            if (c is 'e' or 'E')
            {
                break;
            }
            if (c is >= '1' and <= '9')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsIntegerLiteral(string raw) => raw.IndexOfAny(['.', 'e', 'E']) < 0;

    // str(d.get(name, "")): absent is "".
    private static string StrOr(JsonElement? v) => v is { } e ? PyStr(e) : "";

    // str(x) for a JSON scalar. Non-integer numbers keep their JSON spelling (Python would print
    // its float repr); lists and objects are rejected.
    private static string PyStr(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.Null => "None",
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Number when IsIntegerLiteral(v.GetRawText()) =>
            BigInteger.Parse(v.GetRawText(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => v.GetRawText(),
        var kind => throw Bad($"expected a scalar, got {kind}"),
    };

    // A dict key / set element made from a JSON value (ids): str, int (True == 1), float or None.
    private static string IdKey(JsonElement? v)
    {
        if (v is not { } e || e.ValueKind == JsonValueKind.Null)
        {
            return "None";
        }
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                return "s:" + e.GetString();
            case JsonValueKind.True:
                return "i:1";
            case JsonValueKind.False:
                return "i:0";
            case JsonValueKind.Number:
                string raw = e.GetRawText();
                if (IsIntegerLiteral(raw))
                {
                    return "i:" + BigInteger.Parse(raw, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                }
                double d = double.Parse(raw, CultureInfo.InvariantCulture);
                return double.IsFinite(d) && Math.Floor(d) == d
                    ? "i:" + new BigInteger(d).ToString(CultureInfo.InvariantCulture)
                    : "f:" + d.ToString("R", CultureInfo.InvariantCulture);
            default:
                throw Bad($"unhashable id: {e.ValueKind}");
        }
    }

    private static FormatException Bad(string message) => new("score.py would fail here: " + message);

    // ---- small string helpers

    private static void AddDistinct(List<string> list, string item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    private static void AppendRune(StringBuilder sb, Rune r)
    {
        if (r.IsBmp)
        {
            sb.Append((char)r.Value);
        }
        else
        {
            sb.Append(r.ToString());
        }
    }

    private static int[] CodePoints(string s) => s.EnumerateRunes().Select(r => r.Value).ToArray();

    private static int CodePointCount(string s) => s.EnumerateRunes().Count();

    // s[:n] in code points.
    private static string Prefix(string s, int n)
    {
        int end = 0;
        foreach (var r in s.EnumerateRunes())
        {
            if (n-- == 0)
            {
                break;
            }
            end += r.Utf16SequenceLength;
        }
        return s[..end];
    }
}
