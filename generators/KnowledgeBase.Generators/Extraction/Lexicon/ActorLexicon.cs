using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// PETRARCH2's actor dictionaries: country names, adjectives and capitals → country code ("Russian" → RUS,
    /// "U.S." → USA, "Kabul" → AFG), and named actors → dated codes (IGOs, NGOs, companies, armed groups,
    /// office-holders). Phrases are lower case, words joined by one space.
    /// </summary>
    internal sealed class ActorLexicon
    {
        private static readonly Lazy<ActorLexicon> Shared = new Lazy<ActorLexicon>(
            () => Parse(LexiconData.Read(LexiconData.Countries), LexiconData.Read(LexiconData.Actors)),
            LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, CountryName> _countries;
        private readonly SortedTsv _actors;

        private ActorLexicon(Dictionary<string, CountryName> countries, SortedTsv actors, LexiconConflicts conflicts)
        {
            _countries = countries;
            _actors = actors;
            Conflicts = conflicts;
        }

        /// <summary>The lexicon of this compiler process, parsed on first use.</summary>
        public static ActorLexicon Instance => Shared.Value;

        public LexiconConflicts Conflicts { get; }

        public int PhraseCount => _countries.Count + _actors.LineCount;

        /// <summary>The country a phrase names ("american", "kabul", "the us"); any case, '_' or spaces.</summary>
        public bool TryGetCountry(string phrase, out CountryName country) =>
            _countries.TryGetValue(PhraseKey.Normalize(phrase), out country);

        /// <summary>Every code of a named actor, in the data's order (open start first, then by start date).</summary>
        public IReadOnlyList<ActorRole> Roles(string phrase)
        {
            var key = PhraseKey.Normalize(phrase);
            var line = _actors.Find(key);
            if (line < 0) return Array.Empty<ActorRole>();
            var roles = new List<ActorRole>(2);
            for (; _actors.HasKey(line, key); line++)
            {
                var kind = KindOfActorLine(_actors, line);
                if (kind is not null) roles.Add(new ActorRole(_actors.Field(line, 3), kind.Value, _actors.Number(line, 1), _actors.Number(line, 2)));
            }
            return roles;
        }

        /// <summary>
        /// The code of a named actor on a date (yyyymmdd): the dated role holding then with the latest start,
        /// else an undated role, else null.
        /// </summary>
        public ActorRole? RoleOn(string phrase, int date)
        {
            ActorRole? best = null;
            foreach (var role in Roles(phrase))
            {
                if (!role.HoldsOn(date)) continue;
                if (best is null || (role.IsDated && (!best.IsDated || role.From > best.From))) best = role;
            }
            return best;
        }

        /// <summary>Parses countries.tsv and actors.tsv (no cache: <see cref="Instance"/> is the cached one).</summary>
        public static ActorLexicon Parse(string countriesText, string actorsText)
        {
            var conflicts = new LexiconConflicts();
            return new ActorLexicon(ParseCountries(countriesText, conflicts), ParseActors(actorsText, conflicts), conflicts);
        }

        private static Dictionary<string, CountryName> ParseCountries(string text, LexiconConflicts conflicts)
        {
            var countries = new Dictionary<string, CountryName>(5_000, StringComparer.Ordinal);
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                var phrase = reader.Field(0);
                var kind = CountryKind(reader, conflicts);
                if (kind is null) continue;
                var code = Intern(codes, reader.Field(1));
                if (countries.ContainsKey(phrase)) conflicts.Duplicate(LexiconData.Countries, reader.LineNumber, phrase);
                else countries.Add(phrase, new CountryName(code, kind.Value));
            }
            return countries;
        }

        private static CountryNameKind? CountryKind(TsvReader reader, LexiconConflicts conflicts)
        {
            if (reader.FieldEquals(2, "name")) return CountryNameKind.Name;
            if (reader.FieldEquals(2, "adjective")) return CountryNameKind.Adjective;
            if (reader.FieldEquals(2, "capital")) return CountryNameKind.Capital;
            if (reader.FieldEquals(2, "place")) return CountryNameKind.Place;
            conflicts.Unreadable(LexiconData.Countries, reader.LineNumber, "unknown kind " + reader.Field(2));
            return null;
        }

        private static readonly string[] ActorKindNames = { "officeholder", "company", "institution", "armedgroup", "ngo", "igo", "country" };

        private static SortedTsv ParseActors(string text, LexiconConflicts conflicts) =>
            new SortedTsv(text, LexiconData.Actors, 4, conflicts, ActorKindNames);

        private static ActorKind? KindOfActorLine(SortedTsv actors, int line)
        {
            if (actors.FieldEquals(line, 4, "officeholder")) return ActorKind.OfficeHolder;
            if (actors.FieldEquals(line, 4, "company")) return ActorKind.Company;
            if (actors.FieldEquals(line, 4, "institution")) return ActorKind.Institution;
            if (actors.FieldEquals(line, 4, "armedgroup")) return ActorKind.ArmedGroup;
            if (actors.FieldEquals(line, 4, "ngo")) return ActorKind.Ngo;
            if (actors.FieldEquals(line, 4, "igo")) return ActorKind.Igo;
            if (actors.FieldEquals(line, 4, "country")) return ActorKind.Country;
            return null;
        }

        // Codes repeat thousands of times (MNCUSA); one string each.
        internal static string Intern(Dictionary<string, string> pool, string value)
        {
            if (pool.TryGetValue(value, out var existing)) return existing;
            pool.Add(value, value);
            return value;
        }
    }
}
