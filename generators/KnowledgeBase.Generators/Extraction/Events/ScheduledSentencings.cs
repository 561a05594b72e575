using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Karel Brandt pleaded guilty to arson on Tuesday. ... Sentencing is scheduled for March 20.": a sentencing whose clause
    /// names nobody, told as set for a later day, is the sentencing of the one person the article has told, before it, as
    /// pleading, charged, held or convicted (the gold's 116 sentencing, planned, with the accused). Not when the article named
    /// several such people before, nor none; nor a sentencing told as a practice ("Sentencing rules were changed").
    /// </summary>
    internal static class ScheduledSentencings
    {
        /// <summary>Legal acts whose persons are the accused: who pleads, who stands trial (a court is no person).</summary>
        private static readonly string[] ByTheAccused = { "plea", "trial" };

        /// <summary>Adds the accused to a sentencing set for a later day whose own words name nobody.</summary>
        internal static void AddAccused(EventDraft draft, int t, List<EventDraft> events)
        {
            if (draft.Participants.Count > 0 || !SetForLater(draft.Trigger, draft.Sentence.Tokens, t)) return;
            if (OneAccused(events) is { } accused) draft.Participants.Add(accused);
        }

        /// <summary>
        /// "Sentencing is scheduled for", "Sentencing has been set for", "Sentencing is expected in": the noun opens the sentence,
        /// then auxiliaries only, a word of a plan and the time's preposition.
        /// </summary>
        internal static bool SetForLater(EventTrigger trigger, List<Token> tokens, int t)
        {
            if (trigger.Kind != "sentencing" || !trigger.IsNoun || !(t == 0 || t == 1 && (tokens[0].Is("the") || tokens[0].Is("a")))) return false;
            var k = t + 1;
            while (k < tokens.Count && k <= t + 3 && IsAuxiliary(tokens[k])) k++;
            return k > t + 1 && k + 1 < tokens.Count && tokens[k].IsWord && EventLexicon.IsPlanned(tokens[k].Text)
                && (tokens[k + 1].Is("for") || tokens[k + 1].Is("on") || tokens[k + 1].Is("in"));
        }

        private static bool IsAuxiliary(Token w) =>
            w.Is("is") || w.Is("was") || w.Is("has") || w.Is("had") || w.Is("been") || w.Is("will") || w.Is("be") || w.Is("now");

        // The one person acted on by the article's legal acts so far (UnnamedAccused), or who pleaded or stands trial; null when
        // none is, or several are ("X and Y pleaded guilty").
        private static EntityDraft? OneAccused(List<EventDraft> events)
        {
            var one = UnnamedAccused.OnePersonActedOn(events, static e => Array.IndexOf(UnnamedAccused.Kinds, e.Trigger.Kind) >= 0);
            foreach (var e in events)
            {
                if (Array.IndexOf(ByTheAccused, e.Trigger.Kind) < 0) continue;
                foreach (var p in e.Participants)
                {
                    if (p.Kind != EntityKind.Person || p == one) continue;
                    if (one is not null) return null;
                    one = p;
                }
            }
            return one;
        }
    }
}
