using System;
using System.Collections.Generic;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>The day of a planned act told with a weekday after the day it was told on.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// "Mira Holt said on Friday that she would meet Karel Brandt on Thursday": a planned act named by its weekday comes after
        /// the day it was told of, a day the sentence gives before that weekday; read as the last such weekday before the
        /// dateline, it would fall before its own telling, so it is the first such weekday after it. Otherwise the plan's day as read.
        /// </summary>
        private static int AfterItsTelling(List<DateMention> dates, DateMention d)
        {
            if (!d.Weekday) return d.Ahead;
            var told = 0;
            foreach (var other in dates)
                if (other.TokenEnd <= d.TokenStart && other.Past % 100 != 0 && other.Past >= d.Ahead && other.Past > told) told = other.Past;
            if (told == 0) return d.Ahead;
            var day = AsDay(d.Ahead);
            while (day <= AsDay(told)) day = day.AddDays(7);
            return DataLayout.PackDate(day.Year, day.Month, day.Day);
        }

        /// <summary>
        /// "On Wednesday, Mira Holt announced that Norland will withdraw the bill": a date before the clause of what was said
        /// dates the telling, read toward the past (last Wednesday); read ahead for the plan (next Wednesday), it is a day
        /// nobody named. The plan told is still to come, at a time the sentence does not give, nor the sentence before.
        /// A day that reads the same both ways ("Yesterday, X reported that Y would be suspending her campaign") stays.
        /// </summary>
        private static bool PlanToldThatDay(SentenceInfo s, int t, DateMention d, bool occurred, ref bool otherClauseDated)
        {
            if (occurred || d.Ahead == d.Past && d.Packed == d.Past || !DatesTheSaying(s, t, d)) return false;
            otherClauseDated = true;
            return true;
        }

        private static DateTime AsDay(int packed) => new(packed / 10000, packed / 100 % 100, packed % 100);
    }
}
