using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>The spellings made for every explicit gazetteer form: accents and apostrophes, and a country written three ways.</summary>
    internal static class GazetteerSpellings
    {
        /// <summary>Accent-free and apostrophe-swapped spellings of a form (excluding the form itself).</summary>
        public static IEnumerable<string> SpellingVariants(string text)
        {
            var results = new List<string>(3);
            var folded = FoldDiacritics(text);
            AddVariant(results, text, folded);
            AddVariant(results, text, SwapApostrophes(text));
            AddVariant(results, text, SwapApostrophes(folded));
            return results;
        }

        // "U.S. Navy", "US Navy" and "United States Navy" are one name written three ways.
        private static readonly string[][] CountryPrefixes =
        {
            new[] { "U.S. ", "US ", "United States " },
            new[] { "U.K. ", "UK ", "United Kingdom " },
        };

        /// <summary>A national institution's form with its country written the other usual ways.</summary>
        public static IEnumerable<string> CountryPrefixVariants(string text)
        {
            var results = new List<string>(2);
            foreach (var prefixes in CountryPrefixes)
                foreach (var prefix in prefixes)
                    if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
                        foreach (var other in prefixes) AddVariant(results, text, other + text.Substring(prefix.Length));
            return results;
        }

        private static void AddVariant(List<string> results, string original, string variant)
        {
            if (!string.Equals(variant, original, StringComparison.Ordinal) && !results.Contains(variant))
            {
                results.Add(variant);
            }
        }

        private static string SwapApostrophes(string text)
        {
            if (text.IndexOf('\'') >= 0)
            {
                return text.Replace('\'', '\u2019');
            }

            return text.IndexOf('\u2019') >= 0 ? text.Replace('\u2019', '\'') : text;
        }

        private static string FoldDiacritics(string text) => Helpers.AccentFolding.Fold(text);
    }
}
