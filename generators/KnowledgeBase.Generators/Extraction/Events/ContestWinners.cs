using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "The Velden Party held primaries in Arlon and Brenn on Tuesday. Ana Ruiz won the primary in Arlon.": the contest told once with
    /// the party and again with its winner is one election, the winner's (the gold lists "the candidate, the party" once per contest).
    /// </summary>
    internal static class ContestWinners
    {
        /// <summary>
        /// Drops every election or primary whose participants all take part in another one of the same day (a date the article gives),
        /// status and place: the fuller one tells the same contest. Two told of the very same set keep the first. A contest told
        /// with no place is the same as one told with a place ("held a primary in Arlon ... Ana Ruiz won the primary") only when
        /// no contest of that day is told in another place ("won all three" may be any of three states).
        /// </summary>
        internal static void DropToldByWinner(List<EventDraft> events)
        {
            for (var i = events.Count - 1; i >= 0; i--)
            {
                var e = events[i];
                if (!IsContest(e) || e.Date == 0 || e.Participants.Count == 0) continue;
                for (var k = 0; k < events.Count; k++)
                {
                    var other = events[k];
                    if (k == i || !IsContest(other) || other.Date != e.Date || other.Status != e.Status || !SamePlace(e, other, events)) continue;
                    if (other.Participants.Count < e.Participants.Count || other.Participants.Count == e.Participants.Count && k > i) continue;
                    if (!e.Participants.TrueForAll(other.Participants.Contains)) continue;
                    other.Place ??= e.Place; // "held a primary in Arlon ... won the primary": the win is in Arlon
                    events.RemoveAt(i);
                    break;
                }
            }
        }

        private static bool SamePlace(EventDraft e, EventDraft other, List<EventDraft> events) =>
            e.Place is null || other.Place == e.Place || other.Place is null && !events.Exists(c => IsContest(c) && c.Date == e.Date && c.Place is not null && c.Place != e.Place);

        private static bool IsContest(EventDraft e) => e.Trigger.Cameo == "000" && e.Trigger.Kind is "election" or "primary";
    }
}
