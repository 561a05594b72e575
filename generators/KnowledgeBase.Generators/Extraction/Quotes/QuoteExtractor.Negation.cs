using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // A speech act that the text says did not happen reports no words.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// Acts of telling that, negated ("has not yet confirmed the cause", "did not admit it", "never mentioned the loan"), report
        /// nothing said; a negated view ("did not think", "does not believe") still tells what the speaker holds and is kept.
        /// </summary>
        internal static readonly string[] NegatableActs =
        {
            "say", "confirm", "concede", "announce", "state", "reveal", "disclose", "specify", "comment", "explain", "mention",
            "report", "tell", "acknowledge", "admit", "claim", "identify", "name",
        };

        /// <summary>Adverbs that may stand between the negation and the cue: "has not yet confirmed", "did not publicly say".</summary>
        private static readonly string[] NegationAdverbs = { "yet", "publicly", "immediately", "officially", "formally", "ever", "explicitly", "directly", "still", "also" };

        /// <summary>"not", "never" or a contracted "n't" before the cue at <paramref name="c"/> (past auxiliaries' adverbs) negates one of <see cref="NegatableActs"/>.</summary>
        private static bool NegatedAct(List<Token> tokens, int c, string lemma)
        {
            if (Array.IndexOf(NegatableActs, lemma) < 0) return false;
            for (var k = c - 1; k >= 0 && k >= c - 3; k--)
            {
                var t = tokens[k];
                if (t.Is("not") || t.Is("never") || t.IsWord && t.Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase)) return true;
                if (!t.IsWord || Array.IndexOf(NegationAdverbs, t.Lower) < 0) return false;
            }
            return false;
        }
    }
}
