using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Mira Holt was stabbed on stage on Sunday. ... Velden Police arrested Karel Brandt.": an assault whose doer its own words
    /// leave unnamed (a passive verb without "by", or nobody at all) was done by the one person the article tells was arrested, who
    /// is its source (the gold names an arrested suspect as the assailant). Not when the article arrests several people, nor a
    /// person who arrests or speaks (first in the arrest, before its body: "X, a police spokesperson, said two were arrested").
    /// </summary>
    internal static class ArrestedAssailants
    {
        internal static void Add(List<EventDraft> events)
        {
            var arrested = UnnamedAccused.OnePersonActedOn(events, static e =>
                e.Trigger.Cameo.StartsWith("173", StringComparison.Ordinal) && e.Trigger.Kind is "arrest" or "detention");
            if (arrested is null) return;
            foreach (var e in events)
                if (IsAssault(e.Trigger) && !e.Participants.Contains(arrested) && DoerUnnamed(e)) e.Participants.Insert(0, arrested);
        }

        // Assaults, stabbings, killings and shootings by a person: not air strikes or bombardments, nor an armed body's fighting.
        private static bool IsAssault(Lexicons.EventTrigger trigger) =>
            trigger.Cameo.StartsWith("18", StringComparison.Ordinal) && !trigger.Cameo.StartsWith("183", StringComparison.Ordinal) || trigger.Cameo is "190" or "193";

        // Nobody named, or only whom a passive verb without "by" was done to ("X was stabbed at a fair").
        private static bool DoerUnnamed(EventDraft e)
        {
            if (e.Participants.Count == 0) return true;
            var t = e.TriggerToken;
            if (t < 0 || e.Trigger.IsNoun || !e.Sentence.Analysis.IsPassiveAt(t)) return false;
            var tokens = e.Sentence.Tokens;
            for (var k = t + 1; k < tokens.Count && k <= t + 3; k++)
                if (tokens[k].Is("by")) return false;
            return e.Participants.TrueForAll(static p => p.Kind == EntityKind.Person);
        }
    }
}
