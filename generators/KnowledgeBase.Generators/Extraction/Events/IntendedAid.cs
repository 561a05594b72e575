using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Velland agreed to send tanks to Ostmark", "Karel Brandt pledged to supply the town with medicine": aid told as the
    /// infinitive of an intent (CAMEO 03) is aid promised, not aid given (07): the field codes the intent by what is promised,
    /// an intent to provide aid (033 and its refinements, as the verb dictionary codes "promise * aid" 033 and
    /// "pledge * {military support}" 0332), done by who intends it, to whom the aid goes. Each row: the code of the aid
    /// given, the code of the intent to give it.
    /// </summary>
    internal static class IntendedAid
    {
        private static readonly Dictionary<string, string> IntentOfAid = new(StringComparer.Ordinal)
        {
            ["070"] = "033",  // aid, not specified
            ["071"] = "0331", // economic aid
            ["072"] = "0332", // military aid
            ["073"] = "0333", // humanitarian aid
            ["074"] = "0334", // military protection or peacekeeping
        };

        /// <summary>The intent to give the aid <paramref name="aid"/> codes (kind "offer of aid", as the phrase rows of aid announced or pledged), or null when it is no aid.</summary>
        internal static EventTrigger? Of(EventTrigger aid, EventTrigger intent)
        {
            if (!intent.Cameo.StartsWith("03", StringComparison.Ordinal) || !IntentOfAid.TryGetValue(aid.Cameo, out var code)) return null;
            return new EventTrigger(code, "offer of aid", false, CameoNames.Of(code) ?? "offer of aid");
        }
    }
}
