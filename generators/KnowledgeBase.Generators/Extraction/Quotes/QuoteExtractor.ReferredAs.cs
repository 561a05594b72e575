using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // "Velco referred to the ferry as a "cargo boat"": what a speaker calls something, quoted after "as", is the speaker's words.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The index of "refer(s/red/ring)" when the quotation <paramref name="q"/> opens right after "as" (past an article, or a
        /// noun and "of": "as acts of "..."") that closes the object of "referred to" in the same clause ("Ruiz referred to the
        /// protesters as "paid agitators"", "referred to the ferry involved as a "cargo boat""), and the quotation ends that clause;
        /// -1 otherwise. However short, the quoted name is what the subject called it, no scare quote. "referred the case to" has
        /// no "to" right after the verb and names nothing.
        /// </summary>
        private static int ReferredToAs(SentenceInfo s, Quotation q)
        {
            var tokens = s.Tokens;
            if (q.OpenSentence != q.CloseSentence || q.Open < 4) return -1;
            var k = q.Open - 1;
            if (tokens[k].Is("a") || tokens[k].Is("an") || tokens[k].Is("the")) k--;
            else if (tokens[k].Is("of") && k > 2 && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized) k -= 2;
            if (k < 3 || !tokens[k].Is("as")) return -1;
            var after = q.Close + 1;
            if (after < tokens.Count && tokens[after].Kind != TokenKind.Punctuation && !tokens[after].Is("and")) return -1;
            // The object between "to" and "as": words only (no comma, no other quotation), at most ten of them.
            for (var j = k - 1; j >= 1 && j >= k - 11; j--)
            {
                var t = tokens[j];
                // "was referred to by locals as "...": the passive's agent, not its subject, gives the name; left to other rules.
                if (t.Is("to")) return IsReferForm(tokens[j - 1]) && j < k - 1 && !tokens[j + 1].Is("by") ? j - 1 : -1;
                if (!(t.IsWord || t.Kind == TokenKind.Number || t.Kind == TokenKind.Possessive)) return -1;
            }
            return -1;
        }

        private static bool IsReferForm(Token t) => Array.IndexOf(ReferForms, t.Lower) >= 0;

        private static readonly string[] ReferForms = { "refer", "refers", "referred", "referring" };
    }
}
