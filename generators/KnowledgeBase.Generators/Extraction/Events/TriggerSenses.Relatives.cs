using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class TriggerSenses
    {
        /// <summary>
        /// "Marta Vell, who was arrested on Monday for fraud, was released on Friday": a relative clause set off by commas
        /// between a verb's subject and the auxiliary at <paramref name="be"/> holds the subject further back than a few words.
        /// The index of the subject's last word (the word before the clause's opening comma), or -1 when no such clause
        /// stands right before the auxiliary.
        /// </summary>
        internal static int SubjectBeforeRelative(SentenceInfo s, int be)
        {
            var tokens = s.Tokens;
            var close = be - 1;
            if (close < 3 || !tokens[close].IsPunct(',')) return -1;
            // Back to the comma and "who" that open the clause; no other comma, nor a colon or a semicolon, inside it.
            for (var i = close - 1; i >= 2 && i >= close - MaxRelativeWords; i--)
            {
                if (tokens[i].Is("who") || tokens[i].Is("whom")) return tokens[i - 1].IsPunct(',') ? i - 2 : -1;
                if (tokens[i].Kind == TokenKind.Punctuation && (tokens[i].IsPunct(',') || tokens[i].IsPunct(';') || tokens[i].IsPunct(':'))) return -1;
            }
            return -1;
        }

        // The longest relative clause read between a subject and its verb ("who was arrested on Monday for fraud in Velden").
        private const int MaxRelativeWords = 16;
    }
}
