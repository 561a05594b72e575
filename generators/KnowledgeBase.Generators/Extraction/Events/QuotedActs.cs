using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// ""We strongly urge the Ostrel Union to end the strike," said Mira Holt": an appeal, a demand, criticism or a rejection
    /// said in the first person is performed by saying it, so inside the speaker's own words it is the speaker's act.
    /// </summary>
    internal static class QuotedActs
    {
        // Appeal (02), demand (10), disapprove (11), reject (12): acts a speaker performs with the words "I urge", "we condemn".
        private static readonly string[] PerformedRoots = { "02", "10", "11", "12" };

        // Words between "we" and the verb: "we strongly urge", "I also call on", "I would urge" (a polite form of the act itself).
        private static readonly string[] Adverbs = { "strongly", "also", "firmly", "again", "hereby", "therefore", "unequivocally", "categorically", "once", "now", "all", "must", "do", "would" };

        /// <summary>Whether the trigger at <paramref name="t"/> is a first-person act of those performed by saying them.</summary>
        internal static bool SpeakerPerforms(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (trigger.IsNoun || trigger.Cameo.Length < 2 || Array.IndexOf(PerformedRoots, trigger.Cameo.Substring(0, 2)) < 0) return false;
            var tokens = s.Tokens;
            // "urge", not "urged": the speaker performs it as he speaks.
            if (tokens[t].Text.EndsWith("ed", StringComparison.Ordinal) || tokens[t].Text.EndsWith("s", StringComparison.Ordinal)) return false;
            for (var i = t - 1; i >= 0 && i >= t - 3; i--)
            {
                if (tokens[i].Is("we") || tokens[i].Is("i")) return true;
                if (!TriggerFinder.IsAny(tokens[i], Adverbs)) return false;
            }
            return false;
        }

        /// <summary>The event built, or when <paramref name="performed"/>, the act by the quote's speaker (<see cref="BySpeaker"/>).</summary>
        internal static EventDraft? BySpeakerIf(bool performed, EventDraft? built, SentenceInfo s, int t, EventTrigger trigger, List<QuoteDraft> quotes) =>
            performed ? BySpeaker(built, s, t, trigger, quotes) : built;

        /// <summary>The event of a first-person act inside a direct quote, with the quote's speaker as its actor; null without a named speaker.</summary>
        internal static EventDraft? BySpeaker(EventDraft? draft, SentenceInfo s, int t, EventTrigger trigger, List<QuoteDraft> quotes)
        {
            var speaker = SpeakerAt(quotes, s.Tokens[t].Start);
            if (speaker is null) return null;
            var participants = new List<EntityDraft> { speaker };
            if (draft is not null)
                foreach (var p in draft.Participants)
                    EventRoles.AddParticipant(participants, p);
            return draft is not null
                ? new EventDraft(draft.Trigger, participants, draft.Place, draft.Date, DataLayout.StatusOccurred, s)
                : new EventDraft(trigger, participants, null, 0, DataLayout.StatusOccurred, s);
        }

        private static EntityDraft? SpeakerAt(List<QuoteDraft> quotes, int position) =>
            EventRecognizer.DirectQuoteAt(quotes, position)?.Speaker.Entity is { IsMedia: false } e ? e : null;
    }
}
