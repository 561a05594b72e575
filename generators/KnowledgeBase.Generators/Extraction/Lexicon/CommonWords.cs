using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>
    /// Closed-class and very common words: what a capital letter at a sentence start does not make a name; and the
    /// small word classes of names (read from the embedded common-words.tsv).
    /// </summary>
    internal static class CommonWords
    {
        private static readonly WordListLexicon Lists = WordListLexicon.CommonWords.Lists;

        private static readonly HashSet<string> Function = Lists.Words("function");

        // Capitalized words that belong to names of things rather than people.
        private static readonly HashSet<string> NonNameWords = Lists.Words("non-name");

        private static readonly HashSet<string> Pronouns = Lists.Words("personal-pronoun");

        private static readonly HashSet<string> GroupNouns = Lists.Words("group-noun");

        // People who speak as an unnamed group but are no body of a country ("relatives", "lawyers"): "US workers" are not the US.
        private static readonly HashSet<string> PeopleNouns = Lists.Words("people-noun");

        // Common nouns that introduce a company or institution by its name: "retailer Tesco", "carrier Saha".
        private static readonly HashSet<string> OrganizationDescriptors = Lists.Words("organization-descriptor");

        // Exact case ("Herald", "Daily", "of" as written inside a name), asked of many tokens: no hashing.
        private static readonly Helpers.SmallWordSet NewspaperHeads = new(Lists.Words("newspaper-head"));
        private static readonly Helpers.SmallWordSet NewspaperWords = new(Lists.Words("newspaper-word"));
        private static readonly Helpers.SmallWordSet NameConnectors = new(Lists.Words("name-connector"));
        private static readonly Helpers.SmallWordSet SurnameParticles = new(Lists.Words("surname-particle"));

        // Exact case ("CD", not "Cd"): abbreviations that name no organization nor place.
        private static readonly HashSet<string> CommonAcronyms = Lists.Words("common-acronym");

        // Asked of most words of an article: the rest are turned away without hashing.
        private static readonly Helpers.WordFilter FunctionFilter = new(Function);
        private static readonly Helpers.WordFilter NonNameFilter = new(NonNameWords);
        private static readonly Helpers.WordFilter GroupFilter = new(GroupNouns);

        /// <summary><see cref="IsFunctionWord(string)"/> of a token's word, kept on its form.</summary>
        public static bool IsFunctionWord(in Token token) => token.Form?.Has(WordTrait.FunctionWord) ?? IsFunctionWord(token.Text);

        /// <summary><see cref="IsNameConnector(string)"/> of a token's word, kept on its form.</summary>
        public static bool IsNameConnector(in Token token) => token.Form?.Has(WordTrait.NameConnector) ?? IsNameConnector(token.Text);

        public static bool IsFunctionWord(string word) => FunctionFilter.MayContain(word) && Function.Contains(word);

        public static bool IsNonNameWord(string word) => NonNameFilter.MayContain(word) && NonNameWords.Contains(word);

        public static bool IsPersonalPronoun(string word) => Pronouns.Contains(word);

        public static bool IsGroupNoun(string word) => GroupFilter.MayContain(word) && GroupNouns.Contains(word);

        /// <summary>A group noun, or people who speak as an unnamed group: a speaker of reported words.</summary>
        public static bool IsSpeakingGroup(string word) => IsGroupNoun(word) || PeopleNouns.Contains(word);

        public static bool IsOrganizationDescriptor(string word) => OrganizationDescriptors.Contains(word);

        // Organization descriptors that name a person's occupation as well: "game developer Tomas Vell" is a person.
        private static readonly HashSet<string> OccupationDescriptors = Lists.Words("occupation-descriptor");

        public static bool IsOccupationDescriptor(string word) => OccupationDescriptors.Contains(word);

        // Nouns that, after a lone name, make it a business: "the Vellamart chain", "Vellamart stores".
        private static readonly HashSet<string> OrganizationChainNouns = Lists.Words("organization-chain-noun");

        public static bool IsOrganizationChainNoun(string word) => OrganizationChainNouns.Contains(word);

        // Nouns of software and products: "the Kestrix operating system", "Kestrix users", "a fork of Kestrix" make a program's name.
        private static readonly HashSet<string> ProductNouns = Lists.Words("product-noun");

        public static bool IsProductNoun(string word) => ProductNouns.Contains(word);

        // Nouns naming a deed, a decision or a statement by what it is: "rejected the proposal" judges it and reports no words.
        private static readonly HashSet<string> JudgedNouns = Lists.Words("judged-noun");

        public static bool IsJudgedNoun(string lower) => JudgedNouns.Contains(lower);

        // Nouns for one person with no role: "a 40-year-old man", "the accused" leave the person unnamed.
        private static readonly HashSet<string> UnnamedPersonNouns = Lists.Words("unnamed-person-noun");

        public static bool IsUnnamedPersonNoun(string word) => UnnamedPersonNouns.Contains(word);

        // "issued the following statement: "..."": a verb of putting out a text and the texts it puts out.
        private static readonly HashSet<string> IssuingVerbs = Lists.Words("issuing-verb");
        private static readonly HashSet<string> IssuedTextNouns = Lists.Words("issued-text-noun");

        public static bool IsIssuingVerb(string lower) => IssuingVerbs.Contains(lower);

        public static bool IsIssuedTextNoun(string lower) => IssuedTextNouns.Contains(lower);

        // "according to the data", "according to CNN's projections": records and texts cited as the source of a claim.
        private static readonly HashSet<string> CitedRecordNouns = Lists.Words("cited-record-noun");

        public static bool IsCitedRecordNoun(string lower) => CitedRecordNouns.Contains(lower);

        // "early studies suggest", "evidence indicates": research that speaks with no determiner before it.
        private static readonly HashSet<string> BareResearchNouns = Lists.Words("bare-research-noun");

        public static bool IsBareResearchNoun(string lower) => BareResearchNouns.Contains(lower);

        // "the statement said", "the paper suggests", "the investigation found": documents and research that speak (exact case: lower case).
        private static readonly HashSet<string> DocumentNouns = Lists.Words("document-noun");

        public static bool IsDocumentNoun(string word) => DocumentNouns.Contains(word);

        // "McArthur", "DeWine", "LaGuardia": a surname's particle before its inner capital (exact case).
        private static readonly HashSet<string> SurnamePrefixes = Lists.Words("surname-prefix");

        public static bool IsSurnamePrefix(string word) => SurnamePrefixes.Contains(word);

        // The last words of capitalized phrases naming an occurrence, a contest or an illness ("Presidential Election", "Swine Flu").
        private static readonly HashSet<string> OccurrenceHeads = Lists.Words("occurrence-head");

        /// <summary>The last word of a capitalized phrase naming an occurrence or an illness, no entity ("Witch Hunt", "Space Race").</summary>
        public static bool IsOccurrenceHead(string word) => OccurrenceHeads.Contains(word);

        // The last words of capitalized common-word phrases naming an idea, a rule or a measure ("Universal Basic Income").
        private static readonly HashSet<string> ConceptHeads = Lists.Words("concept-head");

        /// <summary>The last word of a capitalized phrase naming an idea, a rule or a measure, no entity ("Vehicle Regulations").</summary>
        public static bool IsConceptHead(string word) => ConceptHeads.Contains(word);

        private static readonly HashSet<string> TownNouns = Lists.Words("town-noun");
        private static readonly HashSet<string> DivisionNouns = Lists.Words("division-noun");

        /// <summary>A singular noun for a country's administrative division: "province", "county", "oblast".</summary>
        public static bool IsDivisionNoun(string word) => DivisionNouns.Contains(word);

        /// <summary>
        /// A noun for a place inside a country, a settlement or a division, singular or plural: "the port town of Ostrel",
        /// "the province of Velden", "Norland cities". One list for every finder that asks, so they all read the same places.
        /// </summary>
        public static bool IsPlaceNoun(in Token token)
        {
            var word = token.Lower;
            if (TownNouns.Contains(word) || DivisionNouns.Contains(word)) return true;
            if (word.Length < 4 || word[word.Length - 1] != 's') return false;
            var singular = word.EndsWith("ies", StringComparison.Ordinal) ? word.Substring(0, word.Length - 3) + "y" : word.Substring(0, word.Length - 1);
            return TownNouns.Contains(singular) || DivisionNouns.Contains(singular);
        }

        private static readonly HashSet<string> NoPlaceInHeads = Lists.Words("no-place-in-head");

        /// <summary>A word whose "in" takes a faith, a language or a field, not a place: "believe in", "written in".</summary>
        public static bool IsNoPlaceInHead(string word) => NoPlaceInHeads.Contains(word);

        /// <summary>Names of newspapers by the words that make them one: "The Harbour Herald", "Gazeta Polska", "Daily Mirror".</summary>
        public static bool IsNewspaperName(string name)
        {
            // Asked of every new organization's name: the answer is kept per thread rather than the name split again.
            var known = t_newspaperNames ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (known.TryGetValue(name, out var answer)) return answer;
            if (known.Count >= 4096) known.Clear();
            answer = false;
            foreach (var word in name.Split(' '))
                if (IsNewspaperHead(word) || NewspaperWords.Contains(word))
                {
                    answer = true;
                    break;
                }
            known.Add(name, answer);
            return answer;
        }

        [ThreadStatic] private static Dictionary<string, bool>? t_newspaperNames;

        /// <summary>The last word of a newspaper's name ("The Harbour Herald", "Freedonian Reporter").</summary>
        public static bool IsNewspaperHead(string word) => NewspaperHeads.Contains(word);

        /// <summary>Words allowed inside a capitalized name ("Bank of England", "Ludwig van Beethoven").</summary>
        public static bool IsNameConnector(string word) => NameConnectors.Contains(word);

        /// <summary>A lower-case word before a surname that is part of it ("van der Velde", "de Arrieta", "bin Rashad").</summary>
        public static bool IsSurnameParticle(string word) => SurnameParticles.Contains(word);

        /// <summary>A surname particle written with a capital, as a family may spell it ("De Varga", "Van Hollis"); "VAN" is an acronym.</summary>
        public static bool IsCapitalizedSurnameParticle(string word) =>
            word.Length > 1 && char.IsUpper(word[0]) && !word.Equals(word.ToUpperInvariant(), System.StringComparison.Ordinal) && IsSurnameParticle(word.ToLowerInvariant());

        /// <summary>An abbreviation in capitals that names no organization nor place: "DVD", "USD", "EDT", "PPE", "CEO".</summary>
        public static bool IsCommonAcronym(string word) => CommonAcronyms.Contains(word);
    }
}
