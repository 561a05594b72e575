// Gazetteer: a general world lexicon of countries, cities, sub-national regions, continents / world
// regions, geographic features and well-known organizations (including news media), together with
// the word lists a named-entity matcher needs (place suffixes, organization head words, and
// capitalized adjectives that are not entities on their own).
//
// This is a GENERAL lexicon. It is not tuned to any particular article or corpus and must never be:
// entries are included because they are commonly mentioned in English-language news in general.
// Sources: general knowledge (UN membership, national capitals, common English exonyms, widely used
// news-style spellings and abbreviations). No external data files are read.
//
// Table format (parsed once in the static constructor):
//   item  = "Name=alias1;alias2=demonym1;demonym2"   (empty parts may be omitted: "Name", "Name=alias")
//   group = "Country|item|item|..."                   (cities and regions; "-" means no single country)
// In each city group the national capital is listed first (except for city-states and countries whose
// capital has the same name as the country, which the country entry already covers).
//
// Every surface form (name or alias) maps to exactly ONE entry, and every demonym to exactly one entry.
// Accent-free spellings ("Sao Paulo") and typographic-apostrophe spellings ("Côte d’Ivoire") are
// generated automatically as extra aliases, unless the generated form already belongs to another entry.
// The ambiguity decisions (Georgia, Washington, Congo, ...) are listed in Gazetteer.Places.cs.

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>General world lexicon; see the file header for format, sources and ambiguity decisions.</summary>
    internal static partial class Gazetteer
    {
        private static readonly Dictionary<string, GazetteerEntry> SurfaceIndex = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        private static readonly Dictionary<string, GazetteerEntry> DemonymIndex = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        private static readonly HashSet<string> PlaceSuffixSet = new HashSet<string>(StringComparer.Ordinal);
        private static readonly HashSet<string> OrganizationHeadSet = new HashSet<string>(StringComparer.Ordinal);
        private static readonly HashSet<string> NonEntityAdjectiveSet = new HashSet<string>(StringComparer.Ordinal);
        private static readonly ReadOnlyCollection<GazetteerEntry> Entries;
        private static readonly int MaxTokens;

        // Asked of most capitalized words: names are turned away without hashing (built once the sets are full).
        private static readonly Helpers.WordFilter PlaceSuffixFilter;
        private static readonly Helpers.WordFilter OrganizationHeadFilter;
        private static readonly Helpers.WordFilter NonEntityAdjectiveFilter;

        static Gazetteer()
        {
            var raws = new List<RawEntry>();
            AddItems(raws, CountryData, GazetteerKind.Country, null, isMedia: false);
            AddGroups(raws, CityData, GazetteerKind.City);
            AddGroups(raws, RegionData, GazetteerKind.Region);
            AddItems(raws, ContinentData, GazetteerKind.Continent, null, isMedia: false);
            AddItems(raws, OrganizationData, GazetteerKind.Organization, null, isMedia: false);
            AddItems(raws, MediaData, GazetteerKind.Organization, null, isMedia: true);

            // Explicit forms first (first registration wins), then generated spelling variants that
            // do not collide with any explicit form.
            var surfaceOwner = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
            var demonymOwner = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
            foreach (var raw in raws)
            {
                TryOwn(surfaceOwner, raw.Name, raw);
                foreach (var alias in raw.Aliases)
                {
                    TryOwn(surfaceOwner, alias, raw);
                }

                foreach (var demonym in raw.Demonyms)
                {
                    TryOwn(demonymOwner, demonym, raw);
                }
            }

            foreach (var raw in raws)
            {
                var explicitSurfaces = new List<string>(raw.Aliases.Count + 1) { raw.Name };
                explicitSurfaces.AddRange(raw.Aliases);
                foreach (var surface in explicitSurfaces)
                {
                    foreach (var variant in CountryPrefixVariants(surface))
                    {
                        if (TryOwn(surfaceOwner, variant, raw))
                        {
                            raw.Aliases.Add(variant);
                        }
                    }

                    foreach (var variant in SpellingVariants(surface))
                    {
                        if (TryOwn(surfaceOwner, variant, raw))
                        {
                            raw.Aliases.Add(variant);
                        }
                    }
                }

                foreach (var demonym in raw.Demonyms.ToArray())
                {
                    foreach (var variant in SpellingVariants(demonym))
                    {
                        if (TryOwn(demonymOwner, variant, raw))
                        {
                            raw.Demonyms.Add(variant);
                        }
                    }
                }
            }

            var entries = new List<GazetteerEntry>(raws.Count);
            var maxTokens = 1;
            foreach (var raw in raws)
            {
                raw.Entry = new GazetteerEntry(
                    raw.Name,
                    raw.Kind,
                    raw.Country,
                    raw.IsMedia,
                    new ReadOnlyCollection<string>(raw.Aliases.ToArray()),
                    new ReadOnlyCollection<string>(raw.Demonyms.ToArray()),
                    raw.IsCapital);
                entries.Add(raw.Entry);
                maxTokens = Math.Max(maxTokens, CountTokens(raw.Name));
                foreach (var alias in raw.Aliases)
                {
                    maxTokens = Math.Max(maxTokens, CountTokens(alias));
                }

                foreach (var demonym in raw.Demonyms)
                {
                    maxTokens = Math.Max(maxTokens, CountTokens(demonym));
                }
            }

            foreach (var pair in surfaceOwner)
            {
                SurfaceIndex[pair.Key] = pair.Value.Entry!;
            }

            foreach (var pair in demonymOwner)
            {
                DemonymIndex[pair.Key] = pair.Value.Entry!;
            }

            foreach (var word in PlaceSuffixData)
            {
                PlaceSuffixSet.Add(word);
                PlaceSuffixSet.Add(char.ToLowerInvariant(word[0]) + word.Substring(1));
            }

            foreach (var word in OrganizationHeadData)
            {
                OrganizationHeadSet.Add(word);
            }

            foreach (var word in NonEntityAdjectiveData)
            {
                NonEntityAdjectiveSet.Add(word);
                foreach (var variant in SpellingVariants(word))
                {
                    NonEntityAdjectiveSet.Add(variant);
                }
            }

            Entries = new ReadOnlyCollection<GazetteerEntry>(entries);
            MaxTokens = maxTokens;
            PlaceSuffixFilter = new Helpers.WordFilter(PlaceSuffixSet);
            OrganizationHeadFilter = new Helpers.WordFilter(OrganizationHeadSet);
            NonEntityAdjectiveFilter = new Helpers.WordFilter(NonEntityAdjectiveSet);
        }

        /// <summary>
        /// Looks up a country, city, region, continent or organization by its exact surface form
        /// (canonical name or alias, ordinal and case-sensitive). If the exact form is unknown and it
        /// starts with "the " or "The ", the remainder is tried ("the Kremlin" → Kremlin).
        /// </summary>
        public static bool TryGetPlaceOrOrganization(string surface, out GazetteerEntry entry)
        {
            if (string.IsNullOrEmpty(surface))
            {
                entry = null!; // Only meaningful when the method returns true.
                return false;
            }

            if (Lookup(SurfaceIndex, surface, out entry))
            {
                return true;
            }

            if (surface.Length > 4 && (surface.StartsWith("the ", StringComparison.Ordinal) || surface.StartsWith("The ", StringComparison.Ordinal)))
            {
                return Lookup(SurfaceIndex, surface.Substring(4), out entry);
            }

            return false;
        }

        /// <summary>
        /// Looks up the place (or, rarely, organization) a demonym / adjective refers to:
        /// "Russian" → Russia, "North Korean" → North Korea, "European" → Europe. A simple plural
        /// ("Russians", "Britons") is accepted when the singular is a known demonym.
        /// </summary>
        public static bool TryGetByDemonym(string demonym, out GazetteerEntry entry)
        {
            if (string.IsNullOrEmpty(demonym))
            {
                entry = null!; // Only meaningful when the method returns true.
                return false;
            }

            if (Lookup(DemonymIndex, demonym, out entry))
            {
                return true;
            }

            if (demonym.Length > 3 && demonym[demonym.Length - 1] == 's')
            {
                return Lookup(DemonymIndex, demonym.Substring(0, demonym.Length - 1), out entry);
            }

            return false;
        }

        /// <summary>True for place-kind words such as "Region"/"region", "Oblast", "River", "Islands".</summary>
        public static bool IsPlaceSuffix(string word) => word != null && PlaceSuffixFilter.MayContain(word) && PlaceSuffixSet.Contains(word);

        /// <summary>True for organization head words such as "Ministry", "Council", "University", "Inc.".</summary>
        public static bool IsOrganizationHead(string word) => word != null && OrganizationHeadFilter.MayContain(word) && OrganizationHeadSet.Contains(word);

        /// <summary>True for capitalized adjectives that are not entities ("Western", "Soviet", "Muslim").</summary>
        public static bool IsNonEntityAdjective(string word) => word != null && NonEntityAdjectiveFilter.MayContain(word) && NonEntityAdjectiveSet.Contains(word);

        /// <summary>Longest name, alias or demonym in whitespace-separated tokens.</summary>
        public static int MaxSurfaceTokens => MaxTokens;

        /// <summary>All entries in table order (countries, cities, regions, continents, organizations, media).</summary>
        public static IEnumerable<GazetteerEntry> All => Entries;

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

        private static void AddGroups(List<RawEntry> raws, string[] groups, GazetteerKind kind)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var parts = group.Split('|');
                var country = parts[0] == "-" ? null : parts[0];
                // The national capital is the first city of a country's first group.
                var capitalFirst = kind == GazetteerKind.City && country is not null && seen.Add(country);
                for (var i = 1; i < parts.Length; i++)
                {
                    var raw = ParseItem(parts[i], kind, country, isMedia: false);
                    raw.IsCapital = capitalFirst && i == 1;
                    raws.Add(raw);
                }
            }
        }

        private static void AddItems(List<RawEntry> raws, string[] items, GazetteerKind kind, string? country, bool isMedia)
        {
            foreach (var item in items)
            {
                raws.Add(ParseItem(item, kind, country, isMedia));
            }
        }

        private static RawEntry ParseItem(string item, GazetteerKind kind, string? country, bool isMedia)
        {
            var parts = item.Split('=');
            var raw = new RawEntry(parts[0], kind, country, isMedia);
            if (parts.Length > 1)
            {
                AddList(raw.Aliases, parts[1], raw.Name);
            }

            if (parts.Length > 2)
            {
                AddList(raw.Demonyms, parts[2], null);
            }

            return raw;
        }

        private static void AddList(List<string> target, string list, string? exclude)
        {
            foreach (var value in list.Split(';'))
            {
                if (value.Length > 0 && !string.Equals(value, exclude, StringComparison.Ordinal) && !target.Contains(value))
                {
                    target.Add(value);
                }
            }
        }

        private static bool TryOwn(Dictionary<string, RawEntry> owners, string key, RawEntry raw)
        {
            if (owners.ContainsKey(key))
            {
                return false;
            }

            owners.Add(key, raw);
            return true;
        }

        private static int CountTokens(string text)
        {
            var count = 0;
            var inToken = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    inToken = false;
                }
                else if (!inToken)
                {
                    inToken = true;
                    count++;
                }
            }

            return count;
        }

        private sealed class RawEntry
        {
            public RawEntry(string name, GazetteerKind kind, string? country, bool isMedia)
            {
                Name = name;
                Kind = kind;
                Country = country;
                IsMedia = isMedia;
            }

            public string Name { get; }

            public GazetteerKind Kind { get; }

            public string? Country { get; }

            public bool IsMedia { get; }

            public bool IsCapital { get; set; }

            public List<string> Aliases { get; } = new List<string>();

            public List<string> Demonyms { get; } = new List<string>();

            public GazetteerEntry? Entry { get; set; }
        }
    }
}
