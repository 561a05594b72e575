using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Acts told a counted time before or after an occasion the article dated: "the day before the march".</summary>
    internal static partial class EventDating
    {
        // Words right before "before" or "after" that put the act on the occasion's own day: "hours before the attack" (event-words.tsv).
        private static readonly HashSet<string> SameDayOccasionLinks = WordListLexicon.EventWords.Lists.Words("same-day-span");

        /// <summary>
        /// "The Velden police arrested Karel Brandt on Saturday. ... The court freed him, the day after the arrest, ...": an act
        /// with no day of its own (or only one carried from the sentence before), told a counted span before or after "the"
        /// and a noun that names an occasion of the kind told last before it with a full date, takes that date moved by the
        /// span: the day after, two days before, hours before (the same day), a few days after (the month those days fall in).
        /// </summary>
        internal static void DateFromNamedOccasions(List<EventDraft> events)
        {
            for (var k = 0; k < events.Count; k++)
            {
                var e = events[k];
                if (e.Date != 0 && !e.DateInferred || e.TriggerToken < 0 || e.Status != DataLayout.StatusOccurred) continue;
                var tokens = e.Sentence.Tokens;
                var at = OccasionLinkOf(events, e);
                if (at < 0 || OccasionNoun(tokens, at) is not { } named) continue;
                var day = LastOccasionDay(events, k, named);
                if (day == 0) continue;
                var moved = MovedBySpan(tokens, at, day);
                if (moved == 0) continue;
                e.Date = moved;
                e.DateInferred = false;
            }
        }

        /// <summary>
        /// The token of "before" or "after" of a counted span that tells the act's time: in the act's stretch of the sentence
        /// after its trigger ("had protested several hours before the attack", "dismissed, the day before the march, ..."), with
        /// no other act of the sentence nearer to it; or -1.
        /// </summary>
        private static int OccasionLinkOf(List<EventDraft> events, EventDraft e)
        {
            var tokens = e.Sentence.Tokens;
            var t = e.TriggerToken;
            for (var i = t + 1; i + 1 < tokens.Count; i++)
            {
                if (tokens[i].IsPunct(';') || tokens[i].IsPunct(',') && i != t + 1) return -1;
                if (!(tokens[i].Is("before") || tokens[i].Is("after")) || SpanStart(tokens, i) is var start && start < 0) continue;
                // "dismissed, the day before the march": a comma may set the span off right after the trigger only.
                if (tokens[t + 1].IsPunct(',') && start != t + 2) return -1;
                return OtherActBetween(events, e, start) ? -1 : i;
            }
            return -1;
        }

        // Another act of the same sentence whose trigger stands between this one and the span owns the span.
        private static bool OtherActBetween(List<EventDraft> events, EventDraft e, int start)
        {
            foreach (var other in events)
                if (other != e && other.Sentence == e.Sentence && other.TriggerToken > e.TriggerToken && other.TriggerToken < start) return true;
            return false;
        }

        /// <summary>The first token of the span before "before" or "after" at <paramref name="i"/>: "the day", "two days", "a few days", "hours"; -1 when none.</summary>
        private static int SpanStart(List<Token> tokens, int i)
        {
            if (i >= 2 && tokens[i - 2].Is("the") && tokens[i - 1].Is("day")) return i - 2;
            if (DateResolver.IsFewDays(tokens, i)) return i >= 3 && tokens[i - 3].Is("a") ? i - 3 : i - 2;
            if (DateResolver.IsCountedSpan(tokens, i)) return i - 2;
            if (i >= 1 && TriggerFinder.IsAny(tokens[i - 1], SameDayOccasionLinks)) return i >= 2 && (tokens[i - 2].Is("few") || tokens[i - 2].Is("several")) ? i - 2 : i - 1;
            return -1;
        }

        /// <summary>"before the attack", "after the formal vote": the trigger of the noun "the" opens after the link, up to two words on; or null.</summary>
        private static EventTrigger? OccasionNoun(List<Token> tokens, int at)
        {
            if (at + 2 >= tokens.Count || !tokens[at + 1].Is("the")) return null;
            for (var j = at + 2; j < tokens.Count && j <= at + 4 && tokens[j].IsWord; j++)
                if (EventLexicon.Find(tokens[j]) is { IsNoun: true } found) return found;
            return null;
        }

        /// <summary>The full date of the occasion of that kind told last before act <paramref name="k"/>; 0 when that one has none.</summary>
        private static int LastOccasionDay(List<EventDraft> events, int k, EventTrigger named)
        {
            for (var i = k - 1; i >= 0; i--)
            {
                var a = events[i];
                if (!EventMerger.SameKind(a.Trigger, named) || a.Status != DataLayout.StatusOccurred) continue;
                return a.Date % 100 != 0 ? a.Date : 0;
            }
            return 0;
        }

        /// <summary>The occasion's <paramref name="day"/> moved by the span before the link at <paramref name="at"/>; 0 when the span gives no day or month.</summary>
        private static int MovedBySpan(List<Token> tokens, int at, int day)
        {
            var sign = tokens[at].Is("after") ? -1 : 1;
            if (tokens[at - 1].Is("day") && tokens[at - 2].Is("the")) return DateResolver.DaysBeforeDay(day, sign);
            if (DateResolver.IsFewDays(tokens, at))
            {
                int soon = DateResolver.DaysBeforeDay(day, 2 * sign), late = DateResolver.DaysBeforeDay(day, 6 * sign);
                return soon / 100 == late / 100 ? soon / 100 * 100 : 0;
            }
            if (!DateResolver.IsCountedSpan(tokens, at)) return day; // "hours before", "shortly after": the same day
            var n = DateResolver.SpanAmount(tokens[at - 2]);
            var unit = tokens[at - 1].Lower;
            if (unit.StartsWith("day", System.StringComparison.Ordinal)) return DateResolver.DaysBeforeDay(day, n * sign);
            if (unit.StartsWith("week", System.StringComparison.Ordinal)) return DateResolver.DaysBeforeDay(day, 7 * n * sign) / 100 * 100;
            return 0;
        }
    }
}
