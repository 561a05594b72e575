using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Occasions an act is told as coming after: "The arrest came after ...", "The ban follows ...".</summary>
    internal static partial class EventDating
    {
        // "came after", "comes after", "come after": the verbs before "after" that set the subject's act after an occasion.
        private static readonly string[] ComeForms = { "came", "comes", "come" };

        // Words that open another verb's stretch between "follows" and the trigger ("police followed the van and stopped it").
        private static readonly string[] StretchBreaks = { "and", "but", "then", "which", "who", "where", "while", "when" };

        /// <summary>
        /// "His detention came after a claim that Vell had hit Ruiz", "The curfew follows a bombing of the city hall": the
        /// token of "after" or "follows"/"followed" before the trigger in its stretch of the sentence (no comma, semicolon or
        /// other verb's conjunction between), whose occasion came first; -1 when there is none. Not "was followed by" nor
        /// "followed by" (a later occasion), nor "followed" after "be" ("is followed").
        /// </summary>
        internal static int FollowedOccasion(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 1; i--)
            {
                var w = tokens[i];
                if (w.IsPunct(',') || w.IsPunct(';') || TriggerFinder.IsAny(w, StretchBreaks)) return -1;
                if (w.Is("after") && TriggerFinder.IsAny(tokens[i - 1], ComeForms)) return i;
                if ((w.Is("follows") || w.Is("followed")) && !tokens[i + 1].Is("by") && !(ClauseReader.IsBeForm(tokens[i - 1]) || tokens[i - 1].Is("be"))) return i;
            }
            return -1;
        }
    }
}
