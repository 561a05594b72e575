using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
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

        /// <summary>
        /// "The Velden Party held primaries in Arlon, Brenn and Ostria on Tuesday": an election told once for a list of places is
        /// one election per place (the gold's convention, as for outbreaks above), each with the same parties, day and status;
        /// <paramref name="draft"/> keeps its own place. Null when the event's place heads no list of two places or more.
        /// </summary>
        internal static List<EventDraft>? PerPlace(EventDraft draft, int t)
        {
            var s = draft.Sentence;
            if (draft.Trigger.Cameo != "000" || draft.Trigger.Kind is not ("election" or "primary") || draft.Place is not { } first) return null;
            Mention? head = null;
            foreach (var m in s.Mentions)
                if (m.TokenStart > t && m.Entity == first) { head = m; break; }
            if (head is null) return null;
            var places = ListedPlaces(s, head);
            if (places.Count < 2 || !OwnPlacePhrase(s, t, s.Mentions.Find(m => m.Entity == places[0] && m.TokenStart > t)?.TokenStart ?? -1)) return null;
            var others = new List<EventDraft>();
            for (var i = 0; i < places.Count; i++)
            {
                if (places[i] == first) continue;
                // "elections in Arlon and Brenn" with Arlon for a party: each place stands for itself in its own election.
                var parties = draft.Participants.ConvertAll(p => p == first ? places[i] : p);
                others.Add(new EventDraft(draft.Trigger, parties, places[i], draft.Date, draft.Status, s) { TriggerToken = t, DateInferred = draft.DateInferred });
            }
            return others;
        }

        /// <summary>
        /// "Vell was re-elected twice, in 2009 and 2013", "ran for the Senate in 2008 and 2010, and for governor in 2014": an
        /// election told once for years listed after the one it is dated to is one election per year, each with the same parties.
        /// Null when no year follows the event's own in the list; the list ends at a verb ("elected in 2004 and served until
        /// 2010") and at a word of a span ("from 2004 to 2010", "between 2004 and 2010").
        /// </summary>
        internal static List<EventDraft>? PerYear(EventDraft draft, int t, int published)
        {
            var s = draft.Sentence;
            if (draft.Trigger.Cameo != "000" || draft.Trigger.Kind is not ("election" or "primary") || draft.Status != DataLayout.StatusOccurred
                || draft.Date == 0 || draft.Date % 10000 != 0 || draft.Participants.Count == 0) return null;
            var dates = s.Dates(published);
            var first = dates.FindIndex(d => d.Packed == draft.Date);
            // "in 2009": a year of its own, not the first of a span ("between 2004 and 2008") nor of a noun ("her 2008 and 2012 runs").
            if (first < 0 || dates[first].TokenStart == 0 || !s.Tokens[dates[first].TokenStart - 1].Is("in")
                || dates[first].TokenStart > t && !ListedAfter(s, t + 1, dates[first].TokenStart, listed: false)) return null;
            List<EventDraft>? others = null;
            var years = new HashSet<int> { draft.Date };
            var place = draft.Place;
            // A year after "and" or a comma is no date alone ("in 2009 and 2013"): the list's years are read from its words.
            for (int i = dates[first].TokenEnd, last = i; i < s.Tokens.Count; i++)
            {
                if (!DateResolver.Number(s.Tokens, i, 1800, 2199, out var year) || s.Tokens[i].Text.Length != 4) continue;
                // "nominated Vell in 1968 and Brandt in 2016": a person between the years is another one's election.
                if (!ListedAfter(s, last, i, listed: true) || s.Mentions.Exists(m => m.Entity.Kind == EntityKind.Person && m.TokenStart >= last && m.TokenStart < i)) break;
                // "in 2010 in Norvale and for the Senate in Arlon in 2018": a place named between the years is the later election's.
                place = s.Mentions.Exists(m => m.Entity.Kind == EntityKind.Place && m.TokenStart >= last && m.TokenStart < i) ? null : place;
                last = i + 1;
                if (years.Add(year * 10000))
                    (others ??= new List<EventDraft>()).Add(new EventDraft(draft.Trigger, new List<EntityDraft>(draft.Participants), place, year * 10000, draft.Status, s) { TriggerToken = t });
            }
            return others;
        }

        // "in 2009 and 2013", "in 2008 and 2010, the Senate in 2014": no verb between the act and its year ("elected to the
        // council in 2001"), nor between one year and the next, nor a word of a span; the next year comes right after "in" or the
        // comma or "and" of the list.
        private static bool ListedAfter(SentenceInfo s, int from, int at, bool listed)
        {
            var tokens = s.Tokens;
            if (listed && !(tokens[at - 1].Is("in") || tokens[at - 1].Is("and") || tokens[at - 1].IsPunct(','))) return false;
            for (var i = from; i < at; i++)
                if (s.Analysis.TagAt(i) is Analysis.Tag.Verb or Analysis.Tag.Auxiliary || tokens[i].IsPunct(';') || listed && (tokens[i].Is("from") || tokens[i].Is("to")
                    || tokens[i].Is("between") || tokens[i].Is("until") || tokens[i].Is("since") || tokens[i].Is("through") || tokens[i].Is("after") || tokens[i].Is("before"))) return false;
            return true;
        }

        // "primaries in Arlon", "elections in the Norland states of Arlon": the list is the place of the election's own phrase, not of
        // another act told after a word of time ("the 2020 election, after winning primaries in Arlon and Brenn").
        private static bool OwnPlacePhrase(SentenceInfo s, int t, int listStart)
        {
            var tokens = s.Tokens;
            if (listStart <= t || listStart - t > 12) return false;
            var at = listStart - 1;
            while (at > t && (tokens[at].Is("of") || tokens[at].Is("the") || CommonWords.IsPlaceNoun(tokens[at]) || s.MentionAt(at) is { Entity.IsCountry: true })) at--;
            if (!tokens[at].Is("in")) return false;
            for (var i = t + 1; i < at; i++)
                if (tokens[i].Is("after") || tokens[i].Is("before") || tokens[i].Is("following") || tokens[i].Is("when") || tokens[i].Is("while") || tokens[i].Is("since") || tokens[i].Is("until")) return false;
            return true;
        }

        // "in Arlon, Brenn, and Ostria": places one after another, joined by commas and closed by "and"; the list ends at anything else.
        private static List<EntityDraft> ListedPlaces(SentenceInfo s, Mention head)
        {
            var tokens = s.Tokens;
            var places = new List<EntityDraft> { head.Entity };
            // The event's place may stand inside its list ("in the states of Arlon, Brenn and Ostria"): the places before it first.
            for (var start = head.TokenStart; start >= 2 && tokens[start - 1].IsPunct(',') && s.MentionAt(start - 2) is { Entity.Kind: EntityKind.Place } before && before.TokenEnd == start - 1 && !places.Contains(before.Entity); start = before.TokenStart)
                places.Insert(0, before.Entity);
            var at = head.TokenEnd;
            while (at + 1 < tokens.Count)
            {
                var next = at;
                if (tokens[next].IsPunct(',')) next++;
                var closing = next < tokens.Count && tokens[next].Is("and");
                if (closing) next++;
                if (next == at || next >= tokens.Count || s.MentionAt(next) is not { Entity.Kind: EntityKind.Place } m || m.TokenStart != next || places.Contains(m.Entity)) break;
                places.Add(m.Entity);
                at = m.TokenEnd;
                if (closing) return places;
            }
            // No "and" closes it: "born in Detroit, Michigan" is one place and its state.
            return new List<EntityDraft> { head.Entity };
        }

        // "Velden on April 9", "Norvale again on March 3": a place, at most one word, "on", the date.
        private static EntityDraft? PlaceBefore(SentenceInfo s, int dateStart)
        {
            var on = dateStart - 1;
            if (on < 1 || !s.Tokens[on].Is("on")) return null;
            for (var i = on - 1; i >= 0 && i >= on - 2; i--)
                if (s.MentionAt(i) is { Entity.Kind: EntityKind.Place } m && m.TokenEnd >= on - 1) return m.Entity;
            return null;
        }
    }
}
