using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class TriggerFinder
    {
        /// <summary>
        /// "some 40,000 deaths annually", "6.1 deaths per 1,000 residents a year", "four deaths per 1,000 residents", "frequent
        /// cholera outbreaks": a plural event noun counted against a span of time or a number of people, or told as frequent, is a
        /// rate, how often such things happen, and no occurrence
        /// ("killed hundreds annually" tells the killings, left undated by <see cref="EventDating.TellsFrequency"/>).
        /// </summary>
        internal static bool IsRate(List<Token> tokens, int t)
        {
            if (!tokens[t].IsWord || !tokens[t].Lower.EndsWith("s", StringComparison.Ordinal)) return false;
            for (var i = t - 1; i >= 0 && i >= t - 2 && tokens[i].IsWord; i--)
                if (IsAny(tokens[i], FrequencyAdjectives)) return true;
            // The count right before the noun or before one modifier ("four premature deaths").
            if (!(t >= 1 && IsCount(tokens[t - 1]) || t >= 2 && tokens[t - 1].IsWord && !tokens[t - 1].StartsUpper && IsCount(tokens[t - 2]))) return false;
            // "deaths per 1,000 residents": counted against a number of people is a rate too.
            if (t + 2 < tokens.Count && tokens[t + 1].Is("per") && tokens[t + 2].Kind == TokenKind.Number) return true;
            for (var i = t + 1; i < tokens.Count && i <= t + 8 && !tokens[i].IsPunct(',') && !tokens[i].IsPunct(';'); i++)
                if (tokens[i].Is("annually") || i + 1 < tokens.Count && IsAny(tokens[i], RateWords) && IsAny(tokens[i + 1], RateUnits) && !(i + 2 < tokens.Count && IsAny(tokens[i + 2], TimeFromWords)))
                    return true;
            return false;
        }

        private static bool IsCount(Token w) => w.Kind == TokenKind.Number || IsAny(w, CountWords);

        // Counts spelled out: "four deaths per 1,000 residents".
        private static readonly string[] CountWords = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred", "thousand", "hundreds", "thousands" };

        // Words of how often ("frequent outbreaks"; event-words.tsv).
        private static readonly HashSet<string> FrequencyAdjectives = WordListLexicon.EventWords.Lists.Words("frequency-adjective");

        private static readonly string[] RateWords = { "per", "a", "each", "every" };

        private static readonly string[] RateUnits = { "year", "month", "week", "day" };

        // "a year ago", "a day after": a span from a time, not a rate.
        private static readonly string[] TimeFromWords = { "ago", "after", "before", "later", "earlier", "since" };
    }
}
