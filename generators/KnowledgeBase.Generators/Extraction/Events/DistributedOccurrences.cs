using System;
using System.Collections.Generic;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Floods were reported in Norvale on March 3, Velden on April 9 and Ostrel on May 14": an
    /// occurrence named in the plural and told with a place and a day for each is one occurrence per place, each on its day.
    /// </summary>
    internal static class DistributedOccurrences
    {
        /// <summary>The occurrences after the first, which <paramref name="draft"/> becomes; null when the sentence gives fewer than two places with their days.</summary>
        internal static List<EventDraft>? Others(EventDraft draft, int t, int published)
        {
            var s = draft.Sentence;
            if (draft.Trigger.Cameo != "000" || !draft.Trigger.IsNoun || draft.Participants.Count > 0 || !s.Tokens[t].Text.EndsWith("s", StringComparison.Ordinal)) return null;
            List<(EntityDraft Place, int Date)>? pairs = null;
            foreach (var d in s.Dates(published))
                if (d.TokenStart > t && PlaceBefore(s, d.TokenStart) is { } place) (pairs ??= new List<(EntityDraft, int)>()).Add((place, d.Packed));
            if (pairs is null || pairs.Count < 2) return null;
            // "In 2019, floods were reported ... on March 3": the year the first day was dated in holds for the others.
            var years = draft.Date % 10000 == pairs[0].Date % 10000 ? (draft.Date / 10000 - pairs[0].Date / 10000) * 10000 : 0;
            draft.Place = pairs[0].Place;
            draft.Date = pairs[0].Date + years;
            draft.DateInferred = false;
            var others = new List<EventDraft>();
            for (var i = 1; i < pairs.Count; i++) others.Add(new EventDraft(draft.Trigger, new List<EntityDraft>(), pairs[i].Place, pairs[i].Date + years, draft.Status, s) { TriggerToken = t });
            return others;
        }

        // "Velden on April 9", "Norvale again on March 3": a place, at most one word, "on", the date.
        private static EntityDraft? PlaceBefore(SentenceInfo s, int dateStart)
        {
            var on = dateStart - 1;
            if (on < 1 || !s.Tokens[on].Is("on")) return null;
            for (var i = on - 1; i >= 0 && i >= on - 2; i--)
                if (s.MentionAt(i) is { Entity.Kind: DataLayout.KindPlace } m && m.TokenEnd >= on - 1) return m.Entity;
            return null;
        }
    }
}
