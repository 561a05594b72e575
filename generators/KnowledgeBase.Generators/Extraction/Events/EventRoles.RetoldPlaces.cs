using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>The place a later sentence gives an act told before: "The shooting took place in Ostrel."</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "A gunman opened fire on worshippers on Saturday. The shooting happened in the town of Ostrel.": a noun that names an act
        /// told before, as the subject of a verb that says it happened ("took place", "happened", "occurred", "unfolded"), followed by
        /// "in", "at" or "near" and a place, gives that place to the last act of its kind, when that act has none or only a country
        /// (a town is more exact).
        /// </summary>
        internal static void PlaceEarlier(List<EventDraft> events, EventTrigger trigger, SentenceInfo s, int t)
        {
            if (RetoldPlace(s, t) is not { } place) return;
            for (var i = events.Count - 1; i >= 0; i--)
            {
                var e = events[i];
                if (!EventMerger.SameKind(e.Trigger, trigger)) continue;
                if (e.Place is null || e.Place.IsCountry && !place.IsCountry) e.Place = place;
                return;
            }
        }

        // The verbs that say an act happened, and the prepositions before its place.
        private static readonly string[] HappenedVerbs = { "happened", "occurred", "unfolded", "took" };
        private static readonly string[] WherePrepositions = { "in", "at", "near", "outside" };

        /// <summary>The place after "took place in", "happened at the ... of", within a few words and no comma; null when none.</summary>
        private static EntityDraft? RetoldPlace(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var k = t + 1;
            if (k < tokens.Count && tokens[k].IsWord && tokens[k].Lower.EndsWith("ly", System.StringComparison.Ordinal)) k++; // "reportedly occurred"
            if (k >= tokens.Count || !TriggerFinder.IsAny(tokens[k], HappenedVerbs)) return null;
            if (tokens[k].Is("took") && !(++k < tokens.Count && tokens[k].Is("place"))) return null;
            if (++k >= tokens.Count || !TriggerFinder.IsAny(tokens[k], WherePrepositions)) return null;
            for (var i = k + 1; i < tokens.Count && i <= k + 6; i++)
            {
                if (s.MentionAt(i) is { } m) return m.Entity.Kind == EntityKind.Place && !m.IsDemonym ? m.Entity : null;
                if (!tokens[i].IsWord) return null;
            }
            return null;
        }
    }
}
