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
        private readonly Dictionary<string, ActorRole[]> _actors;

        private ActorLexicon(Dictionary<string, CountryName> countries, Dictionary<string, ActorRole[]> actors, LexiconConflicts conflicts)
        {
            _countries = countries;
            _actors = actors;
            Conflicts = conflicts;
        }

        /// <summary>The lexicon of this compiler process, parsed on first use.</summary>
        public static ActorLexicon Instance => Shared.Value;

        public LexiconConflicts Conflicts { get; }

        public int PhraseCount => _countries.Count + _actors.Count;

        /// <summary>The country a phrase names ("american", "kabul", "the us"); any case, '_' or spaces.</summary>
        public bool TryGetCountry(string phrase, out CountryName country) =>
            _countries.TryGetValue(PhraseKey.Normalize(phrase), out country);

        /// <summary>Every code of a named actor, in the data's order (undated first, then by start date).</summary>
        public IReadOnlyList<ActorRole> Roles(string phrase) =>
            _actors.TryGetValue(PhraseKey.Normalize(phrase), out var roles) ? roles : Array.Empty<ActorRole>();

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

        private static Dictionary<string, ActorRole[]> ParseActors(string text, LexiconConflicts conflicts)
        {
            var actors = new Dictionary<string, ActorRole[]>(40_000, StringComparer.Ordinal);
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            var roles = new List<ActorRole>();
            string? current = null;
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                if (current is null || !reader.FieldEquals(0, current))
                {
                    Flush(actors, current, roles, reader.LineNumber, conflicts);
                    current = reader.Field(0);
                }
                var kind = ActorKindOf(reader, conflicts);
                if (kind is null) continue;
                var role = new ActorRole(Intern(codes, reader.Field(3)), kind.Value, reader.Number(1), reader.Number(2));
                if (Contains(roles, role)) conflicts.Duplicate(LexiconData.Actors, reader.LineNumber, current + " " + role.Code);
                else roles.Add(role);
            }
            Flush(actors, current, roles, reader.LineNumber, conflicts);
            return actors;
        }

        // The file is sorted, so one phrase's lines are consecutive; a phrase seen again later is a duplicate.
        private static void Flush(Dictionary<string, ActorRole[]> actors, string? phrase, List<ActorRole> roles, int line, LexiconConflicts conflicts)
        {
            if (phrase is null) return;
            if (actors.ContainsKey(phrase)) conflicts.Duplicate(LexiconData.Actors, line, phrase);
            else actors.Add(phrase, roles.ToArray());
            roles.Clear();
        }

        private static bool Contains(List<ActorRole> roles, ActorRole role)
        {
            foreach (var other in roles)
                if (other.From == role.From && other.To == role.To && other.Code == role.Code) return true;
            return false;
        }

        private static ActorKind? ActorKindOf(TsvReader reader, LexiconConflicts conflicts)
        {
            if (reader.FieldEquals(4, "officeholder")) return ActorKind.OfficeHolder;
            if (reader.FieldEquals(4, "company")) return ActorKind.Company;
            if (reader.FieldEquals(4, "institution")) return ActorKind.Institution;
            if (reader.FieldEquals(4, "armedgroup")) return ActorKind.ArmedGroup;
            if (reader.FieldEquals(4, "ngo")) return ActorKind.Ngo;
            if (reader.FieldEquals(4, "igo")) return ActorKind.Igo;
            if (reader.FieldEquals(4, "country")) return ActorKind.Country;
            conflicts.Unreadable(LexiconData.Actors, reader.LineNumber, "unknown kind " + reader.Field(4));
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
