using System.Collections.Generic;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Calendar spans named from the dateline's: "next month", "next year", "this week", "over the weekend".</summary>
    internal static partial class DateResolver
    {
        /// <summary>
        /// A calendar year, month, week or weekend told from the dateline's (the words before the unit, the unit, which one),
        /// with an example sentence and its date against the examples' dateline, Sunday, July 28, 2019, run as a test. A week
        /// or weekend dates to its month when its days lie in one, else to its year (no day is invented).
        /// </summary>
        internal static readonly CalendarSpanRow[] CalendarSpans =
        {
            new("next year", CalendarStep.Next, "The Velden council will hold a referendum next year.", 20200000),
            new("next month", CalendarStep.Next, "Mira Holt will visit Velden next month.", 20190800),
            new("next week", CalendarStep.Next, "Mira Holt will visit Velden next week.", 20190800),
            new("this week", CalendarStep.This, "Rebels shelled the village of Marlow this week.", 20190700),
            new("over the weekend", CalendarStep.This, "Rebels shelled the village of Marlow over the weekend.", 20190700),
            new("at the weekend", CalendarStep.This, "Rebels shelled the village of Marlow at the weekend.", 20190700),
            new("during the weekend", CalendarStep.This, "Rebels shelled the village of Marlow during the weekend.", 20190700),
            new("this weekend", CalendarStep.This, "Rebels shelled the village of Marlow this weekend.", 20190700),
            new("last weekend", CalendarStep.Last, "Rebels shelled the village of Marlow last weekend.", 20190700),
            new("on the weekend", CalendarStep.This, "Rebels shelled the village of Marlow on the weekend.", 20190700),
            // "past" turns the span back even in a sentence that speaks of what is to come.
            new("this past weekend", CalendarStep.This, "Rebels shelled the village of Marlow this past weekend; talks will follow.", 20190700),
            new("the past weekend", CalendarStep.This, "Rebels shelled the village of Marlow over the past weekend; talks will follow.", 20190700),
        };

        /// <summary>
        /// The span a <see cref="CalendarSpans"/> row names, ending at the unit word at token <paramref name="i"/>: (start token,
        /// packed date, whether only a plan can take it); (0, 0, false) when none. Not after "the" ("in the next year" counts from no dateline) nor before "of" ("the
        /// last weekend of June" names its month), nor "earlier this week" (read with "earlier").
        /// </summary>
        private static (int Start, int Packed, bool Upcoming) CalendarSpan(List<Token> tokens, int i, int published, ref bool? future)
        {
            if (published % 100 == 0 || i + 1 < tokens.Count && tokens[i + 1].Is("of") || DayNamedAfter(tokens, i + 1)) return (0, 0, false);
            foreach (var row in CalendarSpans)
            {
                if (!row.Matches(tokens, i)) continue;
                var start = i - row.Before.Length;
                // "will vote later this week": the days after the dateline's to the week's Sunday, which date no act that has happened.
                var thisWeek = row.Unit == "week" && row.Step == CalendarStep.This;
                if (thisWeek && start > 0 && tokens[start - 1].Is("later")) return (start - 1, RestOfWeek(published, 1), true);
                if (start > 0 && (tokens[start - 1].Is("the") || tokens[start - 1].Is("earlier") || tokens[start - 1].Is("later"))) continue;
                var ahead = row.Step == CalendarStep.Next || row.Step == CalendarStep.This && !row.TurnsBack && (future ??= SpeaksOfFuture(tokens));
                return (start, SpanDate(row.Unit, row.Step, ahead, published), thisWeek && ahead);
            }
            return (0, 0, false);
        }

        /// <summary>"is to leave next month on August 2", "over the weekend, on Saturday": the day named right after says which day of the span.</summary>
        private static bool DayNamedAfter(List<Token> tokens, int i)
        {
            if (i < tokens.Count && (tokens[i].IsPunct(',') || tokens[i].Is("on"))) i++;
            if (i < tokens.Count && tokens[i].Is("on")) i++;
            return i < tokens.Count && tokens[i].IsCapitalized && (DatelineReader.IsWeekday(tokens[i].Text) || DatelineReader.TryMonth(tokens[i].Text, out _) && IsMonthName(tokens[i].Text));
        }

        /// <summary>
        /// "Last week, on Tuesday, Holt resigned": a weekday named right after "last week" is the one of that week, not the
        /// nearest before the dateline (the day itself dates the act, see <see cref="DayNamedAfter"/>).
        /// </summary>
        private static bool AfterLastWeek(List<Token> tokens, int i)
        {
            var j = i - 1;
            if (j >= 0 && tokens[j].Is("on")) j--;
            if (j >= 0 && tokens[j].IsPunct(',')) j--;
            return j >= 1 && tokens[j].Is("week") && tokens[j - 1].Is("last");
        }

        /// <summary>Whether the weekday at <paramref name="i"/> is one of last week, named after "last week" or before it (<paramref name="weekAfter"/> words).</summary>
        private static bool NamesLastWeek(List<Token> tokens, int i, out int weekAfter)
        {
            weekAfter = LastWeekAfter(tokens, i);
            return weekAfter > 0 || AfterLastWeek(tokens, i);
        }

        /// <summary>
        /// "on Thursday last week", "on Thursday of last week": the weekday is the one of last week, and the words after it are
        /// part of its mention (they name no span of their own); the count of those words, or 0.
        /// </summary>
        private static int LastWeekAfter(List<Token> tokens, int i)
        {
            var j = i + 1;
            if (j < tokens.Count && tokens[j].Is("of")) j++;
            return j + 1 < tokens.Count && tokens[j].Is("last") && tokens[j + 1].Is("week") ? j + 1 - i : 0;
        }

        // The days back to a weekday of last week: a week more when the nearest such weekday lies in the dateline's own week.
        private static int InLastWeek(int offset, bool lastWeek, int published) =>
            lastWeek && offset <= WeekdayOffset(published, "Monday") ? offset + 7 : offset;

        private static int SpanDate(string unit, CalendarStep step, bool ahead, int published)
        {
            int py = published / 10000, pm = published / 100 % 100;
            if (unit == "year") return DatelineReader.Valid(py + (int)step, 0, 0);
            if (unit == "month")
            {
                var months = py * 12 + pm - 1 + (int)step;
                return DatelineReader.Valid(months / 12, months % 12 + 1, 0);
            }
            var monday = DaysBefore(published, WeekdayOffset(published, "Monday") - 7 * (int)step);
            // "was unveiled this week": the week so far; "will be unveiled this week": the rest of it (see RestOfWeek).
            if (unit == "week")
                return step != CalendarStep.This ? MostDaysMonth(monday, DaysBefore(monday, -6)) : ahead ? RestOfWeek(published, 0) : MostDaysMonth(monday, published);
            // A weekend: the dateline's own when it falls on one; else the coming one for a plan, the one before for an act.
            var saturday = DaysBefore(monday, -5);
            var onWeekend = saturday <= published;
            if (step == CalendarStep.Last && onWeekend || step == CalendarStep.This && !onWeekend && !ahead) saturday = DaysBefore(saturday, 7);
            return OneMonthOrYear(saturday, DaysBefore(saturday, -1));
        }

        /// <summary>
        /// "last week": the calendar week before the dateline's, dated to the month most of its days lie in (no day is invented).
        /// </summary>
        internal static int LastWeek(int published)
        {
            var monday = DaysBefore(published, WeekdayOffset(published, "Monday") + 7);
            return MostDaysMonth(monday, DaysBefore(monday, -6));
        }

        /// <summary>
        /// "earlier this week": the days from Monday to the day before the dateline, dated to the month most of them lie in
        /// ("earlier this week" of Friday, November 1 is October); nothing when they split evenly between two months.
        /// </summary>
        internal static int EarlierThisWeek(int published)
        {
            var offset = WeekdayOffset(published, "Monday");
            if (offset == 0) return published / 100 * 100;
            var month = MostDaysMonth(DaysBefore(published, offset), DaysBefore(published, 1));
            return month % 10000 == 0 ? 0 : month;
        }

        /// <summary>
        /// "will be unveiled this week" (<paramref name="skip"/> 0), "later this week" (1): the days from the dateline's, less
        /// <paramref name="skip"/>, to the week's Sunday, dated as <see cref="MostDaysMonth"/> does; nothing on a Sunday, whose
        /// "this week" may be the coming one.
        /// </summary>
        internal static int RestOfWeek(int published, int skip)
        {
            var toSunday = 6 - WeekdayOffset(published, "Monday");
            return toSunday < 1 ? 0 : MostDaysMonth(DaysBefore(published, -skip), DaysBefore(published, -toSunday));
        }

        /// <summary>The month of a span of days when they lie in one, else its year when in one, else 0.</summary>
        private static int OneMonthOrYear(int first, int last) =>
            first / 100 == last / 100 ? first / 100 * 100 : first / 10000 == last / 10000 ? first / 10000 * 10000 : 0;

        /// <summary>
        /// The month that holds most days of a span no longer than a week: "last week" of Tuesday, April 7 (March 30 to April 5)
        /// is April, where five of its seven days lie. A span split evenly dates as <see cref="OneMonthOrYear"/> does.
        /// </summary>
        internal static int MostDaysMonth(int first, int last)
        {
            if (first / 100 == last / 100) return first / 100 * 100;
            var inFirst = ToDate(first).AddMonths(1).AddDays(-ToDate(first).Day).Day - first % 100 + 1;
            var inLast = last % 100;
            return inFirst == inLast ? OneMonthOrYear(first, last) : (inFirst > inLast ? first : last) / 100 * 100;
        }
    }

    /// <summary>Which span of its unit a <see cref="CalendarSpanRow"/> names: the one before the dateline's, the dateline's, the one after.</summary>
    internal enum CalendarStep : sbyte { Last = -1, This = 0, Next = 1 }

    /// <summary>One calendar span told from the dateline's ("next month"): see <see cref="DateResolver.CalendarSpans"/>.</summary>
    internal sealed class CalendarSpanRow
    {
        public CalendarSpanRow(string pattern, CalendarStep step, string example, int date)
        {
            var words = pattern.Split(' ');
            Unit = words[words.Length - 1];
            Before = new string[words.Length - 1];
            System.Array.Copy(words, Before, Before.Length);
            (Step, Example, Date) = (step, example, date);
        }

        /// <summary>The words right before the unit, in order.</summary>
        public string[] Before { get; }

        /// <summary>"this past weekend": a span of the dateline's unit that has gone by, whatever the sentence says of the future.</summary>
        public bool TurnsBack => System.Array.IndexOf(Before, "past") >= 0;

        /// <summary>"year", "month", "week" or "weekend".</summary>
        public string Unit { get; }

        public CalendarStep Step { get; }

        /// <summary>An invented sentence the row dates; run as a test.</summary>
        public string Example { get; }

        /// <summary>The example's date against the examples' dateline.</summary>
        public int Date { get; }

        /// <summary>Whether the row's words end at the unit word at token <paramref name="i"/>.</summary>
        public bool Matches(List<Token> tokens, int i)
        {
            if (i < Before.Length || !tokens[i].Is(Unit)) return false;
            for (var k = 0; k < Before.Length; k++)
                if (!tokens[i - Before.Length + k].Is(Before[k])) return false;
            return true;
        }
    }
}
