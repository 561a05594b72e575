using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>A state's adjective before an act of force names who used it: "Israeli air strikes", "a Russian missile attack".</summary>
    internal static partial class EventRoles
    {
        // The kinds of weapon that may stand between the adjective and the act ("Turkish drone strikes"), no others: "a Russian
        // school attack" is an attack on a school.
        private static readonly string[] WeaponWords = { "air", "drone", "missile", "rocket", "artillery", "naval", "military", "army", "cruise", "ballistic" };

        /// <summary>
        /// The country whose adjective stands right before an act of violence ("Israeli strikes on Gaza", "Turkish drone strikes",
        /// "a Russian missile attack"): the state that used the force, as "Russia's strikes" names it; null for any other word
        /// or a non-violent act ("French protests" are protests in France).
        /// </summary>
        internal static EntityDraft? DemonymDoer(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (!IsViolent(trigger)) return MeasureDoer(s, t, trigger);
            var i = t - 1;
            while (i >= 0 && i >= t - 2 && s.Tokens[i].IsWord && TriggerFinder.IsAny(s.Tokens[i], WeaponWords)) i--;
            return i >= 0 && s.MentionAt(i) is { IsDemonym: true, Entity.IsCountry: true } m && m.TokenEnd == i + 1 ? m.Entity : null;
        }

        /// <summary>
        /// The country whose adjective <paramref name="m"/> is, when an act of violence follows it ("Russian strikes", "the Israeli
        /// drone attack"): the state that used the force; null for a demonym before anything else ("Russian diplomats").
        /// </summary>
        internal static EntityDraft? DemonymDoerOfActAfter(SentenceInfo s, Mention m)
        {
            if (!m.IsDemonym || !m.Entity.IsCountry) return null;
            var i = m.TokenEnd;
            while (i < s.Tokens.Count && i <= m.TokenEnd + 1 && s.Tokens[i].IsWord && TriggerFinder.IsAny(s.Tokens[i], WeaponWords)) i++;
            return i < s.Tokens.Count && EventLexicon.Find(s.Tokens[i]) is { } act && IsViolent(act) ? m.Entity : null;
        }
    }
}
