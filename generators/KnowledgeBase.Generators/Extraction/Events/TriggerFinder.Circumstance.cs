using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class TriggerFinder
    {
        // Prepositions that make a bare inquiry the circumstance of an act: "on investigation, police found". ("Released pending
        // investigation" and "after investigation" tell an investigation going on or done.)
        private static readonly string[] CircumstancePrepositions = { "on", "upon" };

        // What names the inquiry's object or its investigator, which makes it one ("on investigation into the fire", "upon
        // inquiry by the council").
        private static readonly string[] InquiryComplements = { "of", "into", "by" };

        /// <summary>
        /// "on investigation in his home, police found a rifle", "upon inquiry at the desk": an inquiry noun with no article,
        /// possessive or modifier after "on" or "upon" is the looking that another act comes of, no investigation opened; "on an
        /// investigation into the fire" is one.
        /// </summary>
        internal static bool IsBareCircumstance(List<Token> tokens, int t, EventTrigger trigger) =>
            trigger.Kind == "investigation" && t > 0 && IsAny(tokens[t - 1], CircumstancePrepositions) && !tokens[t].Lower.EndsWith("s", System.StringComparison.Ordinal)
            && !(t + 1 < tokens.Count && IsAny(tokens[t + 1], InquiryComplements));
    }
}
