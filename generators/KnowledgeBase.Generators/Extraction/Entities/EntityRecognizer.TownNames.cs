using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>Words right before a name that show a place, with an invented example.</summary>
    internal sealed class TownNameRow
    {
        public TownNameRow(string words, string example, string name)
        {
            Words = new HashSet<string>(words.Split(' '), StringComparer.Ordinal);
            Example = example;
            Name = name;
        }

        public HashSet<string> Words { get; }

        /// <summary>An invented sentence the row applies to; the rule tests run it.</summary>
        public string Example { get; }

        /// <summary>The place <see cref="Example"/> names.</summary>
        public string Name { get; }
    }

    // "in Kala Yusuf Khan": a town named with a person's words after an unknown first word is a place, not a title and a person.
    internal sealed partial class EntityRecognizer
    {
        internal static readonly TownNameRow[] TownNameRows =
        {
            new("in near outside from across throughout around",
                "Gunmen attacked a police post in Kala Yusuf Khan on Sunday.", "Kala Yusuf Khan"),
        };

        /// <summary>
        /// "in Kala Yusuf Khan": three or more capitalized words, an unknown first word (no given name, title or role) then a given
        /// name, after a preposition of place name a town; not before a possessive ("in Rep Jon Varga's office" is a misspelled
        /// title's person). ("the town of Kala Yusuf Khan" is a place by the noun before "of" already.)
        /// </summary>
        private static bool NamesTownWithPersonsWords(List<Token> tokens, int start, int end)
        {
            if (start == 0 || end - start < 3 || end < tokens.Count && tokens[end].Kind == TokenKind.Possessive
                || Titles.IsTitleWord(tokens[start]) || Titles.IsRoleNoun(tokens[start]) || !tokens[start - 1].IsWord) return false;
            foreach (var row in TownNameRows)
                if (row.Words.Contains(tokens[start - 1].Text)) return true;
            return false;
        }

        /// <summary>
        /// "Ain Halwa and Tell Dabiq": a place prefix that is no English word (Arabic for a spring, a hill) and one or two
        /// names are a whole place's name, so "and" after them joins two places.
        /// </summary>
        private static bool IsForeignPrefixedPlace(List<Token> tokens, int start, int end) =>
            end - start is 2 or 3 && Gazetteer.IsPlacePrefix(tokens[start].Text) && !IsCommonWord(tokens[start].Text) && PlainNameWords(tokens, start + 1, end, true);
    }
}
