using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Explosions that are none: a number or an amount that grows fast.</summary>
    internal static partial class TriggerSenses
    {
        // What "explodes" by growing: "the deer population exploded", "prices exploded", "a population explosion" (event-words.tsv).
        private static readonly HashSet<string> GrowingAmounts = WordListLexicon.EventWords.Lists.Words("growing-amount");

        /// <summary>
        /// "the deer, whose population then exploded", "demand for bicycles exploded", "a population explosion": an amount that grows
        /// fast, nothing blown up. The amount heads the subject before the verb (a few adverbs or an "of"/"for" phrase between) or
        /// modifies the noun.
        /// </summary>
        internal static bool IsGrowthBurst(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (trigger.Kind != "explosion") return false;
            var tokens = s.Tokens;
            if (trigger.IsNoun) return t > 0 && TriggerFinder.IsAny(tokens[t - 1], GrowingAmounts);
            var k = t - 1;
            while (k >= 0 && tokens[k].IsWord && (tokens[k].Is("then") || tokens[k].Is("soon") || tokens[k].Is("has") || tokens[k].Is("have") || tokens[k].Is("had") || tokens[k].Lower.EndsWith("ly", System.StringComparison.Ordinal))) k--;
            if (k >= 0 && s.MentionAt(k) is null && TriggerFinder.IsAny(tokens[k], GrowingAmounts)) return true;
            // "demand for bicycles exploded", "the number of cases exploded": the amount before its "of" or "for" phrase.
            for (var i = k; i >= 1 && i >= k - 4 && !tokens[i].IsPunct(','); i--)
                if ((tokens[i].Is("of") || tokens[i].Is("for")) && TriggerFinder.IsAny(tokens[i - 1], GrowingAmounts)) return true;
            return false;
        }
    }
}
