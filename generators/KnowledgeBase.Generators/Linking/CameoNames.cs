using System.Collections.Generic;

namespace KnowledgeBase.Generators.Linking
{
    /// <summary>Descriptions of the CAMEO codes the extractor emits (GDELT's CAMEO table).</summary>
    internal static class CameoNames
    {
        private static readonly Dictionary<string, string> Names = new()
        {
            ["010"] = "Make statement, not specified below",
            ["020"] = "Appeal, not specified below",
            ["036"] = "Express intent to meet or negotiate",
            ["040"] = "Consult, not specified below",
            ["041"] = "Discuss by telephone",
            ["042"] = "Make a visit",
            ["043"] = "Host a visit",
            ["044"] = "Meet at a third location",
            ["046"] = "Engage in negotiation",
            ["057"] = "Sign formal agreement",
            ["0841"] = "Return, release person(s)",
            ["100"] = "Demand, not specified below",
            ["111"] = "Criticize or denounce",
            ["112"] = "Accuse, not specified below",
            ["120"] = "Reject, not specified below",
            ["130"] = "Threaten, not specified below",
            ["140"] = "Engage in political dissent, not specified below",
            ["163"] = "Impose embargo, boycott, or sanctions",
            ["173"] = "Arrest, detain, or charge with legal action",
            ["190"] = "Use conventional military force, not specified below",
            ["195"] = "Employ aerial weapons, not specified below",
        };

        public static string? Of(string code) => Names.TryGetValue(code, out var name) ? name : null;
    }
}
