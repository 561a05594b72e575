using System;
using System.Collections.Generic;
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

        /// <summary>
        /// "When Ana Ruiz proposed the harbor, residents in Velden rejected it", "After Tomas Vell spoke, critics condemned the plan": the
        /// verb of criticism or rejection has its own subject, a group the article does not name, so no one named before it, in a
        /// fronted clause, voiced it nor is its aim; the event keeps only whom the clause aims it at ("critics accused Ana Ruiz of a delay").
        /// </summary>
        internal static void DropNamedBeforeUnnamedGroup(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            if (trigger.IsNoun || participants.Count == 0 || !(trigger.Cameo.StartsWith("11", StringComparison.Ordinal) || trigger.Cameo.StartsWith("12", StringComparison.Ordinal))) return;
            // The clause the verb opens after its comma: "..., residents in Velden rejected it", "..., the critics condemned".
            var tokens = s.Tokens;
            var comma = t - 1;
            while (comma > 0 && !tokens[comma].IsPunct(',')) comma--;
            var head = comma + 1 < t && tokens[comma + 1].Is("the") ? comma + 2 : comma + 1;
            if (comma <= 0 || head >= t || !CommonWords.IsGroupNoun(tokens[head].Text)) return;
            foreach (var m in s.Mentions)
                if (m.TokenStart > comma && m.TokenStart < t && m.Entity.Kind is EntityKind.Person or EntityKind.Organization) return; // "critics of Ana Ruiz"
            foreach (var m in s.Mentions)
                if (m.TokenStart < comma && !NamedAfter(s, m.Entity, comma)) participants.Remove(m.Entity);
        }

        private static bool NamedAfter(SentenceInfo s, EntityDraft entity, int from)
        {
            foreach (var m in s.Mentions)
                if (m.TokenStart > from && m.Entity == entity) return true;
            return false;
        }
    }
}
