using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>Words that make up personal titles and roles ("Foreign Minister", "President-elect"), read from the embedded titles.tsv.</summary>
    internal static class Titles
    {
        private static readonly WordListLexicon Lists = WordListLexicon.TitleWords.Lists;

        // Capitalized words that compose a title before a name: the ranks and the words that qualify them.
        private static readonly HashSet<string> TitleWords = Union(Lists.Words("title"), Lists.Words("title-qualifier"));

        // Lower-case role nouns that stand before a name ("envoy Jane Doe") or for a person ("the president").
        private static readonly HashSet<string> RoleNouns = Lists.Words("role-noun");

        /// <summary><see cref="IsTitleWord(string)"/> of a token's word, kept on its form.</summary>
        public static bool IsTitleWord(in Token token) => token.Form?.Has(WordTrait.TitleWord) ?? IsTitleWord(token.Text);

        /// <summary><see cref="IsPersonTitle(string)"/> of a token's word, kept on its form.</summary>
        public static bool IsPersonTitle(in Token token) => token.Form?.Has(WordTrait.PersonTitle) ?? IsPersonTitle(token.Text);

        /// <summary><see cref="IsRoleNoun(string)"/> of a token's word, kept on its form.</summary>
        public static bool IsRoleNoun(in Token token) => token.Form?.Has(WordTrait.RoleNoun) ?? IsRoleNoun(token.Text);

        public static bool IsTitleWord(string word) => TitleFilter.MayContain(word) && TitleWords.Contains(word);

        // Asked of most capitalized words: names are turned away without hashing.
        private static readonly Helpers.WordFilter TitleFilter = new(TitleWords);
        private static readonly Helpers.WordFilter RoleFilter = new(RoleNouns);

        // Words that qualify a title ("Trade" in "Trade Minister") but are no title alone.
        private static readonly HashSet<string> Qualifiers = Lists.Words("title-qualifier");

        /// <summary>A title word that stands for a person's rank by itself ("Sheriff", "President"), not a qualifier ("Trade").</summary>
        public static bool IsPersonTitle(string word) => IsTitleWord(word) && !Qualifiers.Contains(word);

        public static bool IsRoleNoun(string word) => RoleFilter.MayContain(word) && RoleNouns.Contains(word);

        private static HashSet<string> Union(HashSet<string> first, HashSet<string> second)
        {
            var union = new HashSet<string>(first, StringComparer.OrdinalIgnoreCase);
            union.UnionWith(second);
            return union;
        }
    }
}
