using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Velden Herald interviews Ostrel Party candidate Ana Ruiz" as a headline: a news medium's own interview of someone named
    /// is an event (CAMEO 040, kind interview, the outlet and whom it asks, no date unless told), as the gold annotates an
    /// outlet's interviews. Headlines give no events otherwise (they retell the lead), but an interview article's body often
    /// tells the interview only by its questions and answers, or by "him". The event is added unless an interview of that
    /// person is told already; an interview told of the outlet alone ("the outlet spoke to her by email") gets the person.
    /// </summary>
    internal static class HeadlineInterviews
    {
        private static readonly EventTrigger Interview = new("040", "interview", false, CameoNames.Of("040") ?? "interview");

        /// <summary>The verb forms a headline tells an outlet's interview with.</summary>
        internal static readonly string[] Verbs = { "interviews", "interviewed" };

        internal static void Add(List<EventDraft> events, List<SentenceInfo> sentences)
        {
            foreach (var s in sentences)
            {
                if (s.Block != BlockKind.Title) continue;
                if (Parties(s) is not { } parties) return;
                var (outlet, person, t) = parties;
                foreach (var e in events)
                {
                    if (!e.Trigger.Cameo.StartsWith("04", StringComparison.Ordinal)) continue;
                    var asked = e.Trigger.Kind == "interview" || e.Participants.Contains(outlet);
                    if (asked && e.Participants.Contains(person)) return;
                    if (e.Trigger.Kind == "interview" && e.Participants.Count == 1 && e.Participants[0] == outlet)
                    {
                        e.Participants.Add(person);
                        return;
                    }
                }
                events.Add(new EventDraft(Interview, new List<EntityDraft> { outlet, person }, null, 0, DataLayout.StatusOccurred, s) { KeepsNoDate = true, TriggerToken = t });
                return;
            }
        }

        // "Velden Herald interviews planetary scientist Ana Ruiz, ...": an outlet's name just before the verb, at the headline's
        // start or after a colon ("Fish thrive in salt lakes: Velden Herald interviews ..."), and the first person named after
        // the verb before any comma or colon (titles, years and parties between are passed over).
        private static (EntityDraft Outlet, EntityDraft Person, int Verb)? Parties(SentenceInfo s)
        {
            var tokens = s.Tokens;
            for (var t = 1; t < tokens.Count; t++)
            {
                if (Array.IndexOf(Verbs, tokens[t].Lower) < 0) continue;
                if (s.MentionAt(t - 1) is not { Entity.IsMedia: true } outlet) continue;
                if (outlet.TokenStart > 0 && !tokens[outlet.TokenStart - 1].IsPunct(':')) continue;
                for (var i = t + 1; i < tokens.Count && i <= t + 10; i++)
                {
                    if (tokens[i].IsPunct(',') || tokens[i].IsPunct(':')) break;
                    if (s.MentionAt(i) is { Entity.Kind: EntityKind.Person } person) return (outlet.Entity, person.Entity, t);
                }
            }
            return null;
        }
    }
}
