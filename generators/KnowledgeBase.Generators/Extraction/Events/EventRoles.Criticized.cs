using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Who is criticized when the passive names no critic.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "Tomas Vell was criticized for his handling of the floods", "Ostrel Shipping was widely condemned over the spill": a named
        /// party criticized for or over something is the target of criticism (CAMEO 111) whoever voiced it, as a named party accused
        /// of something is the target of an accusation. The reason after the verb ("for", "over", one adverb between at most) is
        /// what makes it news; a bare "was criticized" stays a side remark. Not "was questioned over the theft" (police questioning),
        /// nor "was condemned to death" (no reason word: a sentence).
        /// </summary>
        internal static bool CriticizedFor(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (trigger.IsNoun || trigger.Cameo != "111" || s.Tokens[t].Is("questioned")) return false;
            var tokens = s.Tokens;
            var next = t + 1;
            if (next < tokens.Count && tokens[next].IsWord && tokens[next].Lower.EndsWith("ly", System.StringComparison.Ordinal)) next++;
            return next < tokens.Count && (tokens[next].Is("for") || tokens[next].Is("over"));
        }
    }
}
