using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace KnowledgeBase.Cli
{
    /// <summary>A CAMEO actor code split as GDELT's columns hold it: RUSGOV is country RUS, type GOV; IGOUNO is type IGO, group UNO.</summary>
    internal sealed record ActorCode(string Code, string Country, string KnownGroup, string Type1);

    /// <summary>
    /// CAMEO actor codes from the Phoenix dictionaries of PETRARCH2 (Open Event Data Alliance, MIT; converted by
    /// tools/lexicons/convert.py and embedded from the generator's Extraction/Lexicon/Data): a named actor
    /// ("Vladimir Putin" → RUSGOV in the years he held office, "NATO" → IGOWSTNAT, "Ukraine" → UKR), else a
    /// country word and an agent noun in the name or an alias ("Norwegian Foreign Minister Anna Berg" → NOR + GOV).
    /// </summary>
    internal static class PhoenixActors
    {
        private sealed record DatedCode(int From, int To, string Code, string Kind);

        private sealed class Tables
        {
            public Dictionary<string, List<DatedCode>> Actors { get; } = new(StringComparer.Ordinal);
            public Dictionary<string, string> Countries { get; } = new(StringComparer.Ordinal);
            public HashSet<string> CountryCodes { get; } = new(StringComparer.Ordinal);
            public Dictionary<string, string> Agents { get; } = new(StringComparer.Ordinal);
        }

        private static readonly Lazy<Tables> Shared = new(Load);

        /// <summary>The entity's actor code on <paramref name="when"/> (office-holders change roles), or null when the dictionaries do not know it.</summary>
        public static ActorCode? Of(Entity entity, PartialDate? when)
        {
            var tables = Shared.Value;
            var day = when is { } w ? w.Start.Year * 10000 + w.Start.Month * 100 + w.Start.Day : 0;
            foreach (var name in Names(entity))
            {
                var key = Key(name);
                if (tables.Actors.TryGetValue(key, out var codes)) return Split(Pick(codes, day), tables);
                if (tables.Countries.TryGetValue(key, out var country)) return new ActorCode(country, country, string.Empty, string.Empty);
            }
            return entity.Kind == EntityKind.Place ? null : FromWords(entity, tables);
        }

        /// <summary>"Russian President X": the first country word and the first agent noun of the names, longest phrase first.</summary>
        private static ActorCode? FromWords(Entity entity, Tables tables)
        {
            string? country = null, role = null;
            foreach (var name in Names(entity))
            {
                var words = Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < words.Length; i++)
                {
                    for (var n = Math.Min(4, words.Length - i); n >= 1; n--)
                    {
                        var phrase = string.Join(' ', words, i, n);
                        if (country is null && tables.Countries.TryGetValue(phrase, out var c)) { country = c; break; }
                        if (role is null && tables.Agents.TryGetValue(phrase, out var r)) { role = r; break; }
                    }
                }
            }
            if (country is null && role is null) return null;
            return new ActorCode((country ?? string.Empty) + (role ?? string.Empty), country ?? string.Empty, string.Empty, role ?? string.Empty);
        }

        /// <summary>The code in force on the day (open ends allowed); with no day, or no range holding it, the latest role, else the undated one.</summary>
        private static string Pick(List<DatedCode> codes, int day)
        {
            DatedCode? undated = null, latest = null;
            foreach (var c in codes)
            {
                if (day != 0 && (c.From != 0 || c.To != 0) && (c.From == 0 || c.From <= day) && (c.To == 0 || day <= c.To)) return c.Code;
                if (c.From == 0 && c.To == 0) undated ??= c;
                else if (latest is null || c.From > latest.From) latest = c;
            }
            return (latest ?? undated!).Code;
        }

        private static ActorCode Split(string code, Tables tables)
        {
            if (code.Length >= 3 && tables.CountryCodes.Contains(code.Substring(0, 3)))
                return new ActorCode(code, code.Substring(0, 3), string.Empty, code.Length >= 6 ? code.Substring(3, 3) : string.Empty);
            if (code.Length > 3 && code.Substring(0, 3) is "IGO" or "NGO" or "MNC")
                return new ActorCode(code, string.Empty, code.Substring(3), code.Substring(0, 3));
            return new ActorCode(code, string.Empty, string.Empty, string.Empty);
        }

        private static IEnumerable<string> Names(Entity entity)
        {
            yield return entity.Name;
            foreach (var alias in entity.Aliases) yield return alias;
        }

        /// <summary>Lower case, single spaces, "'s" and commas dropped: the form of the dictionaries' phrases.</summary>
        private static string Key(string text)
        {
            var key = new StringBuilder(text.Length);
            foreach (var c in text.Replace("\u2019s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal))
            {
                if (char.IsLetterOrDigit(c) || c is '.' or '\'' or '-') key.Append(char.ToLowerInvariant(c));
                else if (key.Length > 0 && key[^1] != ' ') key.Append(' ');
            }
            return key.ToString().Trim();
        }

        private static Tables Load()
        {
            var tables = new Tables();
            foreach (var f in Rows("countries.tsv"))
            {
                tables.Countries.TryAdd(f[0], f[1]);
                tables.CountryCodes.Add(f[1]);
            }
            foreach (var f in Rows("agents.tsv")) tables.Agents.TryAdd(f[0], f[1]);
            foreach (var f in Rows("actors.tsv"))
            {
                if (!tables.Actors.TryGetValue(f[0], out var list)) tables.Actors[f[0]] = list = new List<DatedCode>();
                list.Add(new DatedCode(Day(f[1]), Day(f[2]), f[3], f[4]));
            }
            return tables;
        }

        private static int Day(string text) => text.Length == 8 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) ? day : 0;

        private static IEnumerable<string[]> Rows(string resource)
        {
            using var stream = typeof(PhoenixActors).Assembly.GetManifestResourceStream("phoenix/" + resource)
                ?? throw new InvalidOperationException($"kb was built without the Phoenix dictionary {resource}.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
                if (line.Length > 0 && line[0] != '#') yield return line.Split('\t');
        }
    }
}
