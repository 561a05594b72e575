using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Spans counted without a number: "a few days after", "several days after".</summary>
    internal static partial class DateResolver
    {
        /// <summary>"a few days after", "several days after": "few" or "several" and "days" right before token <paramref name="i"/>.</summary>
        internal static bool IsFewDays(List<Token> tokens, int i) =>
            i >= 2 && tokens[i - 1].Is("days") && (tokens[i - 2].Is("few") || tokens[i - 2].Is("several"));

        /// <summary>
        /// "The ban comes a few days after Holt declared an emergency": the month of the days two to six before
        /// <paramref name="day"/> when they all lie in one, as "a few days later" is read (<see cref="CountedFrom"/>); 0 when they do not.
        /// </summary>
        internal static int FewDaysBefore(int day)
        {
            if (day % 100 == 0) return 0;
            int soon = DaysBefore(day, 2), late = DaysBefore(day, 6);
            return soon / 100 == late / 100 ? soon / 100 * 100 : 0;
        }

        /// <summary>Whether <paramref name="day"/> is a full date at most <paramref name="days"/> days before <paramref name="published"/> (or on it).</summary>
        internal static bool IsWithinDaysBefore(int day, int published, int days)
        {
            if (day % 100 == 0 || published % 100 == 0 || day > published) return false;
            return (ToDate(published) - ToDate(day)).TotalDays <= days;
        }

        /// <summary>The full date <paramref name="days"/> days before <paramref name="day"/> (after it when negative).</summary>
        internal static int DaysBeforeDay(int day, int days) => DaysBefore(day, days);

        /// <summary>The amount a word or number before a unit of time counts: "a", "one", "two", "3"; 0 when it counts none.</summary>
        internal static int SpanAmount(Token t) => Amount(t);
    }
}
