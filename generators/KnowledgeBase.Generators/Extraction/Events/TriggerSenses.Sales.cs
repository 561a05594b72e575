
namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Sales that are none: goods sold out, and a place taken over.</summary>
    internal static partial class TriggerSenses
    {
        // "a military takeover", "an armed takeover": power seized by force, no purchase.
        private static readonly string[] SeizureModifiers = { "military", "armed", "army", "rebel", "violent", "communist", "fascist", "nazi", "islamist", "jihadist" };

        /// <summary>
        /// "the seats sold out within a day", "when sold out": goods that are all gone, no sale between parties; "the party's takeover of
        /// Velland", "a military takeover": power over a place seized, nothing bought (CAMEO 061 is a deal between parties).
        /// </summary>
        internal static bool IsNoSale(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (t + 1 < tokens.Count && tokens[t + 1].Is("out") && !tokens[t].Is("bought")) return true;
            if (!(tokens[t].Is("takeover") || tokens[t].Is("takeovers"))) return false;
            if (t > 0 && TriggerFinder.IsAny(tokens[t - 1], SeizureModifiers)) return true;
            var i = t + 1;
            if (i >= tokens.Count || !tokens[i].Is("of")) return false;
            if (++i < tokens.Count && tokens[i].Is("the")) i++;
            return s.MentionAt(i) is { Entity.Kind: EntityKind.Place };
        }
    }
}
