using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>
    /// Common given (first) names worldwide, both sexes, as written with their capital ("Maria", "Jean-Yves"), read from
    /// the embedded given-names.tsv (coverage and deliberate exclusions in its header). Used to tell a person's name
    /// ("Keith Smith") from an organization ("Truth Aquatics").
    /// </summary>
    internal static class GivenNames
    {
        private static readonly GivenNameLexicon Table = GivenNameLexicon.Instance;

        private static readonly HashSet<string> Names = Table.Names;

        private static readonly HashSet<string> EnglishMale = Table.EnglishMale;
        private static readonly HashSet<string> EnglishFemale = Table.EnglishFemale;

        /// <summary>"he" for a first name the English lists give only as male, "she" for one they give only as female; null when unknown.</summary>
        public static string? PronounOf(string firstName)
        {
            var male = EnglishMale.Contains(firstName);
            var female = EnglishFemale.Contains(firstName);
            return male == female ? null : male ? "he" : "she";
        }

        // Asked of most capitalized words: surnames and places are turned away without hashing.
        private static readonly Helpers.WordFilter NameFilter = new(Names);

        private static readonly HashSet<string> WordNames = Table.WordNames;

        /// <summary>A first name kept out of the list as far more often a common word or a place ("Grace", "Crystal", "Savannah").</summary>
        public static bool IsWordName(string word) => WordNames.Contains(word);

        /// <summary>Number of distinct surface forms in the set (table entries plus their accent-free and apostrophe variants).</summary>
        public static int Count => Names.Count;

        /// <summary><see cref="Contains(string)"/> of a token's word, kept on its form.</summary>
        public static bool Contains(in Token token) => token.Form?.Has(WordTrait.GivenName) ?? Contains(token.Text);

        /// <summary>
        /// True if <paramref name="word"/> is a known given name, exactly as written (ordinal, case-sensitive:
        /// "Maria" but not "maria" or "MARIA"). Accented spellings match their accent-free form ("Bjørn" → "Bjorn").
        /// </summary>
        public static bool Contains(string word)
        {
            if (string.IsNullOrEmpty(word))
            {
                return false;
            }

            if (NameFilter.MayContain(word) && Names.Contains(word))
            {
                return true;
            }

            return !IsAscii(word) && Names.Contains(FoldDiacritics(word));
        }

        private static bool IsAscii(string text)
        {
            foreach (var c in text)
            {
                if (c > '\u007f')
                {
                    return false;
                }
            }

            return true;
        }

        private static string FoldDiacritics(string text) => Helpers.AccentFolding.Fold(text);
    }
}
