using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>A span of time counted as a measure of a thing, not as a point in time: "a 40 month sentence", "45 years old".</summary>
    internal static partial class DateResolver
    {
        /// <summary>
        /// Whether the time unit at <paramref name="i"/> ("year", "months") measures a thing rather than placing an act in time:
        /// counted by the word before it, it tells an age ("Holt, 45 years old, ...", "an 18 year old driver") or, in the singular,
        /// the length of the noun it modifies ("a 40 month sentence", "the one year lease"); "two years ago", "a year later",
        /// "two months after the vote" still place a time.
        /// </summary>
        internal static bool IsMeasureOfLength(List<Token> tokens, int i)
        {
            if (i < 1 || i + 1 >= tokens.Count || Array.IndexOf(TimeUnits, tokens[i].Lower) < 0 || Amount(tokens[i - 1]) == 0) return false;
            var next = tokens[i + 1];
            if (next.Is("old") || next.Is("olds")) return true;
            return !tokens[i].Lower.EndsWith("s", StringComparison.Ordinal) && next.IsWord && !Lexicons.CommonWords.IsFunctionWord(next)
                && Array.IndexOf(PlacingWords, next.Lower) < 0 && !tokens[i - 1].Is("a") && !tokens[i - 1].Is("an");
        }

        // Words after a counted span that place a time from it: "a year later", "one month earlier", "two week prior".
        private static readonly string[] PlacingWords = { "ago", "later", "earlier", "prior", "afterwards", "afterward", "before", "after", "since", "hence", "back", "on", "into", "in" };
    }
}
