using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>
    /// General world lexicon of countries, cities, regions, continents, geographic features and well-known organizations
    /// (including news media), from the embedded gazetteer.tsv (<see cref="GazetteerLexicon"/>; format, sources and
    /// ambiguity decisions in its header), with the words a named-entity matcher needs from gazetteer-words.tsv: place
    /// suffixes, organization head words, and capitalized adjectives that are not entities on their own.
    /// </summary>
    internal static class Gazetteer
    {
        private static readonly GazetteerLexicon NameIndex = GazetteerLexicon.Instance;
        private static readonly int MaxTokens = NameIndex.MaxSurfaceTokens;
        private static readonly WordListLexicon WordLists = WordListLexicon.GazetteerWords.Lists;

        private static readonly HashSet<string> PlaceSuffixSet = WithLowerCaseFirst(WordLists.Words("place-suffix"));
        private static readonly HashSet<string> PlacePrefixSet = WordLists.Words("place-prefix");
        private static readonly HashSet<string> OrganizationHeadSet = WordLists.Words("organization-head");
        private static readonly HashSet<string> PossessiveNameWordSet = WordLists.Words("possessive-name-word");
        private static readonly HashSet<string> PartyNameWordSet = WordLists.Words("party-name-word");
        private static readonly HashSet<string> PartyHeadSet = WordLists.Words("party-head");
        private static readonly HashSet<string> CampusSystemSet = WordLists.Words("campus-system");
        private static readonly HashSet<string> BackReferenceHeadSet = WordLists.Words("back-reference-head");
        private static readonly HashSet<string> DroppableHeadSet = WordLists.Words("droppable-head");
        private static readonly HashSet<string> NonEntityAdjectiveSet = WithSpellingVariants(WordLists.Words("non-entity-adjective"));

        // Asked of most capitalized words: names are turned away without hashing.
        private static readonly Helpers.WordFilter PlaceSuffixFilter = new(PlaceSuffixSet);
        private static readonly Helpers.WordFilter OrganizationHeadFilter = new(OrganizationHeadSet);
        private static readonly Helpers.WordFilter NonEntityAdjectiveFilter = new(NonEntityAdjectiveSet);

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

            if (NameIndex.TryGetSurface(surface, out entry))
            {
                return true;
            }

            if (surface.Length > 4 && (surface.StartsWith("the ", StringComparison.Ordinal) || surface.StartsWith("The ", StringComparison.Ordinal)))
            {
                return NameIndex.TryGetSurface(surface.Substring(4), out entry);
            }

            return false;
        }

        /// <summary>
        /// <see cref="TryGetPlaceOrOrganization(string, out GazetteerEntry)"/> of the join of tokens [start, end) (as
        /// <see cref="Extraction.EntityRecognizer.Join"/> makes it), joined only when some name or alias may equal it or the
        /// part after its "the ": most joins looked up are no name, and their strings were built only to be thrown away.
        /// </summary>
        public static bool TryGetPlaceOrOrganization(List<Token> tokens, int start, int end, out GazetteerEntry entry)
        {
            if (MayBeSurface(tokens, start, end)) return TryGetPlaceOrOrganization(Extraction.EntityRecognizer.Join(tokens, start, end), out entry);
            entry = null!; // Only meaningful when the method returns true.
            return false;
        }

        // The join's characters hashed as they come, and those after a leading "the " or "The " (looked up too) apart.
        private static bool MayBeSurface(List<Token> tokens, int start, int end)
        {
            uint whole = SurfaceHash.Start, rest = SurfaceHash.Start;
            var at = 0;
            var article = true; // so far the join may begin with "the " or "The "
            for (var i = start; i < end; i++)
            {
                if (i > start && tokens[i].Start > tokens[i - 1].End) Step(' ', ref whole, ref rest, ref at, ref article);
                foreach (var c in tokens[i].Text) Step(c, ref whole, ref rest, ref at, ref article);
            }
            return NameIndex.MayHaveSurface(whole) || article && at > 4 && NameIndex.MayHaveSurface(rest);
        }

        private static void Step(char c, ref uint whole, ref uint rest, ref int at, ref bool article)
        {
            whole = SurfaceHash.Step(whole, c);
            if (at >= 4) rest = SurfaceHash.Step(rest, c);
            else if (article) article = at == 0 ? c is 't' or 'T' : c == "the "[at];
            at++;
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

            if (NameIndex.TryGetDemonym(demonym, out entry))
            {
                return true;
            }

            if (demonym.Length > 3 && demonym[demonym.Length - 1] == 's')
            {
                return NameIndex.TryGetDemonym(demonym.Substring(0, demonym.Length - 1), out entry);
            }

            return false;
        }

        /// <summary>True for place-kind words such as "Region"/"region", "Oblast", "River", "Islands".</summary>
        public static bool IsPlaceSuffix(string word) => word != null && PlaceSuffixFilter.MayContain(word) && PlaceSuffixSet.Contains(word);

        /// <summary>True for place-kind words that open a place's name: "Mount", "Fort", "Cape", "Lake".</summary>
        public static bool IsPlacePrefix(string word) => PlacePrefixSet.Contains(word);

        /// <summary><see cref="IsOrganizationHead(string)"/> of a token's word, kept on its form.</summary>
        public static bool IsOrganizationHead(in Token token) => token.Form?.Has(WordTrait.OrganizationHead) ?? IsOrganizationHead(token.Text);

        /// <summary>True for organization head words such as "Ministry", "Council", "University", "Inc.".</summary>
        public static bool IsOrganizationHead(string word) => word != null && OrganizationHeadFilter.MayContain(word) && OrganizationHeadSet.Contains(word);

        /// <summary>True for capitalized adjectives that are not entities ("Western", "Soviet", "Muslim").</summary>
        /// <summary>A plural noun whose possessive goes on with a name ("the People's Party", "the Ostrel Workers' Party").</summary>
        public static bool IsPossessiveNameWord(string word) => PossessiveNameWordSet.Contains(word);

        /// <summary>A word of a party's creed that opens a longer party name before a known one ("the Democratic Labour Party").</summary>
        public static bool IsPartyNameWord(string word) => PartyNameWordSet.Contains(word);

        /// <summary>The last word of a party's name ("Party", "Front", "Alliance").</summary>
        public static bool IsPartyHead(string word) => PartyHeadSet.Contains(word);

        /// <summary>A university system's abbreviation that a campus's town follows ("UC" of "UC Davis").</summary>
        public static bool IsCampusSystem(string word) => CampusSystemSet.Contains(word);

        /// <summary>A head word that, alone after "the", names again the article's one organization it heads ("the Commission").</summary>
        public static bool IsBackReferenceHead(string word) => BackReferenceHeadSet.Contains(word);

        /// <summary>A head word a name's other words may drop to name the body again ("Project" of "the Ostrel Lantern Project").</summary>
        public static bool IsDroppableHead(string word) => DroppableHeadSet.Contains(word);

        /// <summary>
        /// Whether <paramref name="name"/> from <paramref name="start"/> on is a droppable head (<see cref="IsDroppableHead"/>),
        /// compared in place with the list's few words: asked of every organization's last word.
        /// </summary>
        public static bool IsDroppableHeadAt(string name, int start)
        {
            var length = name.Length - start;
            foreach (var word in DroppableHeadSet)
                if (word.Length == length && string.CompareOrdinal(name, start, word, 0, length) == 0) return true;
            return false;
        }

        public static bool IsNonEntityAdjective(string word) => word != null && NonEntityAdjectiveFilter.MayContain(word) && NonEntityAdjectiveSet.Contains(word);

        /// <summary>The most words of a name or alias that <paramref name="firstWord"/> begins (0 when none does).</summary>
        internal static int MostWordsAfter(string firstWord) => NameIndex.MostWordsAfter(firstWord);

        /// <summary>
        /// The most tokens from <paramref name="start"/> (at most <paramref name="limit"/>) whose join may be a name or alias
        /// for <see cref="TryGetPlaceOrOrganization"/>: a join has as many words as there are gaps between its tokens, and no
        /// name longer than the longest one its first word begins can equal it. Callers try longer joins first, and each
        /// join is a string built for the look-up: the ones that cannot match are not built.
        /// </summary>
        public static int LongestPossibleSurface(List<Token> tokens, int start, int limit)
        {
            var end = Math.Min(tokens.Count, start + limit);
            var gap = start + 1; // the first token a space separates from the one before (as Join sees it)
            while (gap < end && !SpaceBefore(tokens, gap)) gap++;
            if (gap >= end) return end - start;
            var first = gap == start + 1 ? tokens[start].Text : Extraction.EntityRecognizer.Join(tokens, start, gap);
            if (first is "the" or "The") return end - start; // "the Kremlin" is looked up without its article
            var most = Math.Max(1, gap == start + 1 && tokens[start].Form is { } form ? form.GazetteerWords : NameIndex.MostWordsAfter(first));
            var words = 1;
            var n = gap;
            for (; n < end; n++)
                if (SpaceBefore(tokens, n) && ++words > most) break;
            return n - start;
        }

        private static bool SpaceBefore(List<Token> tokens, int i) => tokens[i].Start > tokens[i - 1].End;

        /// <summary>Longest name, alias or demonym in whitespace-separated tokens.</summary>
        public static int MaxSurfaceTokens => MaxTokens;

        /// <summary>All entries in table order (countries, cities, regions, continents, organizations, media).</summary>
        public static IEnumerable<GazetteerEntry> All => NameIndex.Entries;

        // News writes "Kherson region" as often as "Kherson Region".
        private static HashSet<string> WithLowerCaseFirst(HashSet<string> words)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                set.Add(word);
                set.Add(char.ToLowerInvariant(word[0]) + word.Substring(1));
            }
            return set;
        }

        // "Shi’ite" as "Shi'ite": the adjectives are matched as written, in either apostrophe and without accents.
        private static HashSet<string> WithSpellingVariants(HashSet<string> words)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                set.Add(word);
                foreach (var variant in GazetteerSpellings.SpellingVariants(word)) set.Add(variant);
            }
            return set;
        }
    }
}
