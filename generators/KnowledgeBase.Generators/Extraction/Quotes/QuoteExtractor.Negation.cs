using System;

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

        /// <summary>
        /// A negated verb group ("has not yet confirmed", "did not publicly say", "never mentioned"; the analysis reads the
        /// negation) around the cue at <paramref name="c"/> negates one of <see cref="NegatableActs"/>.
        /// </summary>
        private static bool NegatedAct(SentenceInfo s, int c, string lemma)
        {
            if (Array.IndexOf(NegatableActs, lemma) < 0) return false;
            foreach (var group in s.Analysis.FoundVerbGroups)
                if (group.Contains(c)) return group.IsNegated;
            return false;
        }
    }
}
