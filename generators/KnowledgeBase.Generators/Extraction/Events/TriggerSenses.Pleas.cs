using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class TriggerSenses
    {
        /// <summary>
        /// "changed his plea", "entered a guilty plea", "a plea deal", "a plea of not guilty": an accused's answer to a charge
        /// (event-words.tsv, plea-word), not a plea to someone (CAMEO 020, "a plea to the council for more ferries").
        /// </summary>
        internal static bool IsPleaInCourt(List<Token> tokens, int t, EventTrigger trigger)
        {
            if (!trigger.IsNoun || !(tokens[t].Is("plea") || tokens[t].Is("pleas"))) return false;
            // A word before it, no further back than its determiner and one modifier ("entered a guilty plea").
            for (var i = t - 1; i >= 0 && i >= t - 3; i--)
                if (tokens[i].IsWord && EventLexicon.IsPleaWord(tokens[i].Text)) return true;
            // A compound ("plea deal") or what the plea is ("plea of not guilty", "pleas of no contest").
            var after = t + 1;
            if (after < tokens.Count && (tokens[after].Is("of") || tokens[after].Is("to"))) after++;
            if (after < tokens.Count && (tokens[after].Is("not") || tokens[after].Is("no"))) after++;
            return after < tokens.Count && tokens[after].IsWord && EventLexicon.IsPleaWord(tokens[after].Text) && (after == t + 1 || !tokens[after].Is("agreement"));
        }

        /// <summary>
        /// "the Norland High Court hears appeals from the lower courts", "heard the appeal": an appeal a court hears is a case taken
        /// to it (event-words.tsv, hearing-verb, right before the noun or before its determiner), not an appeal to someone (CAMEO 02).
        /// </summary>
        internal static bool IsAppealHeard(List<Token> tokens, int t, EventTrigger trigger)
        {
            if (!trigger.IsNoun || !trigger.Cameo.StartsWith("02", System.StringComparison.Ordinal) || !(tokens[t].Is("appeal") || tokens[t].Is("appeals"))) return false;
            var i = t - 1;
            if (i >= 0 && ClauseReader.IsArticleOrPossessive(tokens[i])) i--;
            return i >= 0 && tokens[i].IsWord && EventLexicon.IsHearingVerb(tokens[i].Text);
        }
    }
}
