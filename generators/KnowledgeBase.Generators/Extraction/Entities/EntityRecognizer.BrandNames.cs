using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// Words next to a lone word written in camel case ("ShipTrack", "FactHarbor") that show it is a site or a company: the word right
    /// before it (<paramref name="Before"/> true) or right after it; "-ed" stands for any lower-case past form.
    /// <paramref name="Example"/> names <paramref name="Name"/> so; the rule tests run it.
    /// </summary>
    internal sealed record BrandNameRow(bool Before, string Words, string Example, string Name)
    {
        public HashSet<string> WordSet { get; } = new(Words.Split(' '), StringComparer.Ordinal);
    }

    // "told KestrelNews", "an analysis by FactHarbor found": a word with a capital inside it is a brand; where a source or an actor
    // stands, one no lexicon knows is the site or firm of that name. Not "running JavaScript code", "the TurkStream pipeline":
    // a noun after it makes it a thing's name.
    internal sealed partial class EntityRecognizer
    {
        internal static readonly BrandNameRow[] BrandNameRows =
        {
            new(true, "from on by for via told at with",
                "The harbour master told KestrelNews on Monday that the quay had flooded.", "KestrelNews"),
            new(false, "-ed can could will would may might must has had found wrote",
                "Hours later ShipTrack showed the ferry still tied up at the pier.", "ShipTrack"),
        };

        /// <summary>
        /// "ShipTrack", "ThePrint": a capitalized word of letters with a capital after a lower-case letter inside it, unless the
        /// part before that capital is a surname's particle ("McArthur", "DeWine", "LaGuardia": <see cref="CommonWords.IsSurnamePrefix"/>).
        /// </summary>
        internal static bool IsCamelCaseWord(string word)
        {
            if (word.Length < 5 || !char.IsUpper(word[0])) return false;
            for (var k = 1; k < word.Length; k++) if (!char.IsLetter(word[k])) return false;
            for (var k = 2; k < word.Length - 1; k++)
                if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]) && char.IsLower(word[k + 1])) return !CommonWords.IsSurnamePrefix(word.Substring(0, k));
            return false;
        }

        /// <summary>A lone camel-case word a row's word before or after shows to be a site or a company.</summary>
        private static bool NamesBrand(List<Token> tokens, int start, int end)
        {
            if (end - start != 1 || !IsCamelCaseWord(tokens[start].Text)) return false;
            // "@VeldenMayor", "#SaveTheQuay": a handle or a hashtag names an account or a slogan, no firm.
            if (start > 0 && (tokens[start - 1].IsPunct('@') || tokens[start - 1].IsPunct('#'))) return false;
            var after = end < tokens.Count ? tokens[end] : default;
            var lowerAfter = end < tokens.Count && after.IsWord && char.IsLower(after.Text[0]);
            foreach (var row in BrandNameRows)
                if (!row.Before && lowerAfter && (row.WordSet.Contains(after.Text) || row.WordSet.Contains("-ed") && IsPastForm(after.Text))) return true;
            // "from ClipVault, a site ...": after a source's word, no noun may follow ("on JavaScript code" names a language).
            if (start == 0 || !tokens[start - 1].IsWord || lowerAfter && !CommonWords.IsFunctionWord(after)) return false;
            foreach (var row in BrandNameRows)
                if (row.Before && row.WordSet.Contains(tokens[start - 1].Text)) return true;
            return false;
        }

        private static bool IsPastForm(string word) => word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);
    }
}
