using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// The general world gazetteer of gazetteer.tsv (written for this project): every name, alias and demonym mapped to its
    /// row's entry, ordinal and case-sensitive. A form two rows give, or one row twice, is reported and the first kept. The
    /// spellings the loader makes (<see cref="GazetteerSpellings"/>) go to the first row that makes them, unless a row gives
    /// them explicitly.
    /// </summary>
    internal sealed class GazetteerLexicon
    {
        private const int Columns = 5;

        private static readonly Lazy<GazetteerLexicon> Shared = new Lazy<GazetteerLexicon>(
            () => Parse(LexiconData.Read(LexiconData.GazetteerNames)), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, GazetteerEntry> _bySurface = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        private readonly Dictionary<string, GazetteerEntry> _byDemonym = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);

        private GazetteerLexicon(List<GazetteerRow> rows, Dictionary<string, GazetteerRow> surfaceOwners, Dictionary<string, GazetteerRow> demonymOwners, LexiconConflicts conflicts)
        {
            var entries = new List<GazetteerEntry>(rows.Count);
            var maxTokens = 1;
            foreach (var row in rows)
            {
                entries.Add(row.Entry);
                maxTokens = Math.Max(maxTokens, row.MaxTokens());
            }
            foreach (var pair in surfaceOwners)
            {
                _bySurface[pair.Key] = pair.Value.Entry;
                CountWords(_surfaceWords, pair.Key);
                var hash = SurfaceHash.Start;
                foreach (var c in pair.Key) hash = SurfaceHash.Step(hash, c);
                _surfaceHashes[SurfaceHash.Slot(hash) >> 6] |= 1UL << SurfaceHash.Slot(hash);
            }
            foreach (var pair in demonymOwners) _byDemonym[pair.Key] = pair.Value.Entry;
            Entries = new ReadOnlyCollection<GazetteerEntry>(entries);
            MaxSurfaceTokens = maxTokens;
            Conflicts = conflicts;
        }

        // A bit per SurfaceHash slot that some name or alias hashes to: most joins of tokens are no name, and are told so
        // without building their string.
        private readonly ulong[] _surfaceHashes = new ulong[(SurfaceHash.Mask + 1) >> 6];

        /// <summary>Whether a name or alias may have the hash <paramref name="hash"/> (<see cref="SurfaceHash"/>): false only when none has.</summary>
        public bool MayHaveSurface(uint hash) => (_surfaceHashes[SurfaceHash.Slot(hash) >> 6] & (1UL << SurfaceHash.Slot(hash))) != 0;

        // Per first word of a name or alias (up to its first space), the most words any of them has.
        private readonly Dictionary<string, int> _surfaceWords = new Dictionary<string, int>(StringComparer.Ordinal);

        private static void CountWords(Dictionary<string, int> words, string surface)
        {
            var space = surface.IndexOf(' ');
            var first = space < 0 ? surface : surface.Substring(0, space);
            var count = 1;
            foreach (var c in surface)
                if (c == ' ') count++;
            if (!words.TryGetValue(first, out var most) || most < count) words[first] = count;
        }

        /// <summary>The most words (separated by spaces) of a name or alias whose first word is <paramref name="firstWord"/>; 0 when none has it.</summary>
        public int MostWordsAfter(string firstWord) => _surfaceWords.TryGetValue(firstWord, out var most) ? most : 0;

        /// <summary>The gazetteer of this compiler process, parsed on first use.</summary>
        public static GazetteerLexicon Instance => Shared.Value;

        /// <summary>All entries in file order (countries, cities, regions, continents, organizations, media).</summary>
        public IReadOnlyList<GazetteerEntry> Entries { get; }

        /// <summary>Longest name, alias or demonym in whitespace-separated tokens.</summary>
        public int MaxSurfaceTokens { get; }

        public LexiconConflicts Conflicts { get; }

        /// <summary>The entry a name or alias (or a spelling made from one) belongs to, exactly as written.</summary>
        public bool TryGetSurface(string surface, out GazetteerEntry entry) => Lookup(_bySurface, surface, out entry);

        /// <summary>The entry a demonym (or a spelling made from one) belongs to, exactly as written.</summary>
        public bool TryGetDemonym(string demonym, out GazetteerEntry entry) => Lookup(_byDemonym, demonym, out entry);

        /// <summary>Parses gazetteer.tsv (no cache: <see cref="Instance"/> is the cached one).</summary>
        public static GazetteerLexicon Parse(string text)
        {
            var conflicts = new LexiconConflicts();
            var rows = ReadRows(text, conflicts);
            // Explicit forms first (a form two rows give is reported), then the made spellings no explicit form has.
            var surfaceOwners = new Dictionary<string, GazetteerRow>(StringComparer.Ordinal);
            var demonymOwners = new Dictionary<string, GazetteerRow>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                foreach (var surface in row.ExplicitSurfaces())
                    if (!TryOwn(surfaceOwners, surface, row)) conflicts.Duplicate(LexiconData.GazetteerNames, row.LineNumber, surface);
                foreach (var demonym in row.Demonyms)
                    if (!TryOwn(demonymOwners, demonym, row)) conflicts.Duplicate(LexiconData.GazetteerNames, row.LineNumber, demonym);
            }
            foreach (var row in rows) AddSpellings(row, surfaceOwners, demonymOwners);
            return new GazetteerLexicon(rows, surfaceOwners, demonymOwners, conflicts);
        }

        private static List<GazetteerRow> ReadRows(string text, LexiconConflicts conflicts)
        {
            var rows = new List<GazetteerRow>();
            var countries = new HashSet<string>(StringComparer.Ordinal);
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                var row = reader.FieldCount == Columns && !reader.FieldIsEmpty(0) ? GazetteerRow.Read(reader) : null;
                // A city's or region's country is a country row above; a country has none.
                if (row is null || row.Entry.Country is not null && (row.Entry.Kind == GazetteerKind.Country || !countries.Contains(row.Entry.Country)))
                {
                    conflicts.Unreadable(LexiconData.GazetteerNames, reader.LineNumber, "expected " + Columns + " columns: a name, a known kind, the country of a city or region (a country row above), aliases and demonyms");
                    continue;
                }
                if (row.Entry.Kind == GazetteerKind.Country) countries.Add(row.Entry.Name);
                rows.Add(row);
            }
            return rows;
        }

        private static void AddSpellings(GazetteerRow row, Dictionary<string, GazetteerRow> surfaceOwners, Dictionary<string, GazetteerRow> demonymOwners)
        {
            foreach (var surface in row.ExplicitSurfaces())
            {
                foreach (var variant in GazetteerSpellings.CountryPrefixVariants(surface))
                    if (TryOwn(surfaceOwners, variant, row)) row.Aliases.Add(variant);
                foreach (var variant in GazetteerSpellings.SpellingVariants(surface))
                    if (TryOwn(surfaceOwners, variant, row)) row.Aliases.Add(variant);
            }
            foreach (var demonym in row.Demonyms.ToArray())
                foreach (var variant in GazetteerSpellings.SpellingVariants(demonym))
                    if (TryOwn(demonymOwners, variant, row)) row.Demonyms.Add(variant);
        }

        private static bool TryOwn(Dictionary<string, GazetteerRow> owners, string key, GazetteerRow row)
        {
            if (owners.ContainsKey(key)) return false;
            owners.Add(key, row);
            return true;
        }

        private static bool Lookup(Dictionary<string, GazetteerEntry> index, string key, out GazetteerEntry entry)
        {
            if (index.TryGetValue(key, out GazetteerEntry? found) && found != null)
            {
                entry = found;
                return true;
            }

            entry = null!; // Only meaningful when the method returns true.
            return false;
        }
    }

    /// <summary>The hash of a name's characters that <see cref="GazetteerLexicon.MayHaveSurface"/> marks: one character at a time, so that a join of tokens is hashed in place.</summary>
    internal static class SurfaceHash
    {
        public const uint Start = 2166136261;
        public const int Mask = (1 << 20) - 1;

        public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

        public static int Slot(uint hash) => (int)((hash ^ (hash >> 15)) & Mask);
    }
}
