using System;
using System.Collections.Generic;
using System.Globalization;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Finds dates: absolute ("November 8, 2024", "8 November 2024", "February 2025", "in 2022"),
    /// and relative ones ("yesterday", "on Wednesday", "last August", "last year") resolved against
    /// the dateline toward the past, or toward the future in a sentence about what is to come
    /// ("will leave office on August 2", "effective next Wednesday"). Without a dateline a relative
    /// date stays unresolved.
    /// </summary>
    internal static partial class DateResolver
    {
        /// <summary>
        /// The words relative dates are read from ("yesterday", "tonight", "tomorrow", "last week", "last night", "three days ago",
        /// "the next day", "the next morning", "two days later"): a token that is none of them is skipped by its <see cref="TokenTraits.NoRelativeDateWord"/> bit.
        /// </summary>
        internal static readonly string[] RelativeDateWords = { "yesterday", "today", "tonight", "tomorrow", "last", "earlier", "later", "this", "ago", "day", "morning", "evening", "night", "year", "month", "week", "weekend", "days", "weeks" };

        // "Monday", "Friday", "Sunday": no weekday's full name is shorter; "Tues" or "Thurs" is an abbreviation.
        private const int ShortestWeekday = 6;

        // Most sentences have no date: they share this list, which nobody adds to.
        private static readonly List<DateMention> None = new();

        public static List<DateMention> Find(List<Token> tokens, int published)
        {
            List<DateMention>? found = null;
            bool? future = null; // looked for only when a date needs its direction
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                // Month and weekday names are capitalized (IsMonthName asks it too): other words skip the look-ups.
                if (t.IsCapitalized && !t.NamesNoDay && (t.Form is not { } form || form.Has(WordTrait.MonthWord)) && DatelineReader.TryMonth(t.Text, out var month) && IsMonthName(t.Text))
                {
                    FromMonth(tokens, ref i, month, published, ref found, ref future);
                    continue;
                }
                if (t.Kind == TokenKind.Number && OrdinalDayAlone(tokens, i, published, ref found, ref future)) continue;
                if (t.Kind == TokenKind.Number && i > 0 && (IsPeriodPreposition(tokens[i - 1]) || InPartOf(tokens, i) || InSeasonOf(tokens, i) || InSeasonYear(tokens, i)) && Number(tokens, i, 1800, 2199, out var year2)
                    && !(i + 1 < tokens.Count && tokens[i + 1].IsPunct('-')))
                {
                    Add(ref found, i, i + 1, DatelineReader.Valid(year2, 0, 0));
                    continue;
                }
                if (t.IsCapitalized && HolidayAt(tokens, ref i, published, ref found, ref future)) continue;
                // "the Star of the Sun", "told the Sun": in running text a weekday is written out; "Sun", "Wed" or "Sat" is a name or a word.
                if (t.IsCapitalized && t.Length >= ShortestWeekday && !t.NamesNoDay && (t.Form?.Has(WordTrait.WeekdayWord) ?? DatelineReader.IsWeekday(t.Text)) && published % 100 != 0)
                {
                    var lastWeek = NamesLastWeek(tokens, i, out var weekAfter);
                    var ahead = i > 0 && tokens[i - 1].Is("next") || !(i > 0 && tokens[i - 1].Is("last") || ThisPast(tokens, i) || lastWeek) && (future ??= SpeaksOfFuture(tokens));
                    var start = i > 0 && tokens[i - 1].Is("next") ? i - 1 : i;
                    // "last Sunday" in an article of a Sunday is a week before it; "on Sunday" is the day itself.
                    var offset = InLastWeek(WeekdayOffset(published, t.Text), lastWeek, published);
                    // "on Monday morning, local time" in an article of Sunday: the day after the dateline, in a clock ahead of its (LocalDays).
                    var pastDay = DaysBefore(published, offset == 0 && i > 0 && tokens[i - 1].Is("last") ? 7 : offset == 6 && ToldInLocalDay(tokens, i) ? -1 : offset);
                    var explicitlyNext = i > 0 && tokens[i - 1].Is("next");
                    Add(ref found, start, i + 1 + weekAfter, ahead ? DaysBefore(published, -DaysAhead(published, t.Text)) : pastDay, explicitlyNext ? 0 : pastDay, weekday: !explicitlyNext && !lastWeek);
                    i += weekAfter;
                    continue;
                }
                if (t.IsWord && t.Length > 4 && (t.Text[0] | 0x20) == 'm' && t.Text[3] == '-' && MidPeriod(tokens, i, published, ref found, ref future)) continue;
                if (!t.IsWord || t.CannotDateRelatively || !MayBeRelativeDateWord(t.Length) || !MayStartRelativeDate(t.Text[0])) continue; // the words below: numbers and marks need not be compared with them
                if (t.Is("yesterday") && published % 100 != 0) Add(ref found, DayBeforeYesterday(tokens, i) ? i - 3 : i, i + 1, DaysBefore(published, DayBeforeYesterday(tokens, i) ? 2 : 1));
                else if ((t.Is("today") || t.Is("tonight")) && published % 100 != 0) Add(ref found, i, i + 1, published);
                // "The vote is scheduled for tomorrow": the day after the dateline; in a quotation, after the day the speaker spoke.
                else if (t.Is("tomorrow") && published % 100 != 0 && !Quoted(tokens, i)) Add(ref found, i, i + 1, DaysBefore(published, -1));
                else if (SeasonFromDateline(tokens, i, published) is var season && season != 0) Add(ref found, i, i + 2, season);
                // "in the last week of May", "the last year of his term": a part of something named after it, not a span told from the dateline.
                else if (t.Is("last") && i + 1 < tokens.Count && published != 0 && !(i + 2 < tokens.Count && tokens[i + 2].Is("of")))
                {
                    var py = published / 10000;
                    var pm = published / 100 % 100;
                    if (tokens[i + 1].Is("year")) Add(ref found, i, i + 2, DatelineReader.Valid(py - 1, 0, 0));
                    else if (tokens[i + 1].Is("month") && pm != 0) Add(ref found, i, i + 2, pm == 1 ? DatelineReader.Valid(py - 1, 12, 0) : DatelineReader.Valid(py, pm - 1, 0));
                    else if (tokens[i + 1].Is("week") && published % 100 != 0 && !DayNamedAfter(tokens, i + 2)) Add(ref found, i, i + 2, LastWeek(published));
                    // "was stabbed last night", not "on the last night" of a convention.
                    else if (tokens[i + 1].Is("night") && published % 100 != 0 && !(i > 0 && tokens[i - 1].Is("the"))) Add(ref found, i, i + 2, DaysBefore(published, 1));
                }
                else if (ThisPeriod(tokens, i, published) is var (length, period) && period != 0) Add(ref found, i, i + length, period);
                else if (t.Is("ago") && Ago(tokens, i, published) is var (agoStart, agoDate) && agoDate != 0) Add(ref found, agoStart, i + 1, agoDate);
                else if (SpanFromDateline(tokens, i, published, ref future) is var (spanStart, span, upcoming) && span != 0) Add(ref found, spanStart, i + 1, span, upcoming: upcoming);
            }
            return found is null ? None : WithoutOtherClockDays(tokens, WithDatedWeekdays(tokens, found));
        }

        /// <summary>"November 8, 2024", "8 November 2024", "February 2025", "November 8", "last August", "in March" at token <paramref name="i"/>.</summary>
        private static void FromMonth(List<Token> tokens, ref int i, int month, int published, ref List<DateMention>? found, ref bool? future)
        {
                if (AbbreviatedMonth(tokens, ref i, month, published, ref found, ref future)) return;
                if (OrdinalDayOfMonth(tokens, ref i, month, published, ref found, ref future)) return;
                // Month Day, Year | Month Year | Month Day
                if (Number(tokens, i + 1, 1, 31, out var day))
                {
                    MonthDay(tokens, ref i, month, day, published, ref found, ref future);
                    return;
                }
                // "in March, 2018": a comma may stand between the month and its year.
                if (i + 2 < tokens.Count && tokens[i + 1].IsPunct(',') && Number(tokens, i + 2, 1000, 2999, out var y3))
                {
                    Add(ref found, i, i + 3, DatelineReader.Valid(y3, month, 0));
                    i += 2;
                    return;
                }
                if (Number(tokens, i + 1, 1000, 2999, out var y2))
                {
                    // "8 November 2024" has its day just before the month.
                    if (i > 0 && Number(tokens, i - 1, 1, 31, out var d2))
                        Add(ref found, i - 1, i + 2, DatelineReader.Valid(y2, month, d2));
                    else
                        Add(ref found, i, i + 2, DatelineReader.Valid(y2, month, 0));
                    i++;
                    return;
                }
                // "in March of 2016": "of" may stand between the month and its year.
                if (OfYear(tokens, i + 1) is var ofYear && ofYear != 0)
                {
                    Add(ref found, i, i + 3, DatelineReader.Valid(ofYear, month, 0));
                    i += 2;
                    return;
                }
                if (DayBeforeMonth(tokens, i, month, published, ref found, ref future)) return;
                if (i > 0 && (tokens[i - 1].Is("last") || ThisPast(tokens, i)) && published != 0)
                {
                    var py = published / 10000;
                    var pm = published / 100 % 100;
                    Add(ref found, i - 1, i + 1, DatelineReader.Valid(pm != 0 && month < pm ? py : py - 1, month, 0));
                    return;
                }
                if (i > 0 && (tokens[i - 1].Is("in") || InPartOf(tokens, i) || PartOfMonthBefore(tokens, i) || ScheduledFor(tokens, i)) && published != 0)
                {
                    // "in January of last year", "in May of this year": the year is given in words.
                    if (YearInWords(tokens, i + 1, published) is var words && words != 0)
                    {
                        Add(ref found, i, i + 4, DatelineReader.Valid(words, month, 0));
                        i += 3;
                        return;
                    }
                    // "is to be sentenced in June" in an article of February: a sentence about what is to come reads the month ahead.
                    AddWithoutYear(ref found, i, i + 1, tokens, published, month, 0, ref future);
                }
        }

        /// <summary>"November 8, 2024", "November 8", "September 20 of this year" at token <paramref name="i"/>, the day known.</summary>
        private static void MonthDay(List<Token> tokens, ref int i, int month, int day, int published, ref List<DateMention>? found, ref bool? future)
        {
            var j = i + 2;
            if (j < tokens.Count && tokens[j].IsPunct(',')) j++;
            if (Number(tokens, j, 1000, 2999, out var year))
            {
                Add(ref found, i, j + 1, DatelineReader.Valid(year, month, day));
                i = j;
                return;
            }
            // "March 3 of 2016": so may it between the day and the year.
            if (OfYear(tokens, i + 2) is var ofYear && ofYear != 0)
            {
                Add(ref found, i, i + 4, DatelineReader.Valid(ofYear, month, day));
                i += 3;
                return;
            }
            // "September 20 of this year", "March 3 of last year": the year is given in words.
            if (YearInWords(tokens, i + 2, published) is var words && words != 0)
            {
                Add(ref found, i, i + 5, DatelineReader.Valid(words, month, day));
                i += 4;
                return;
            }
            AddWithoutYear(ref found, i, i + 2, tokens, published, month, day, ref future);
            i++;
        }

        /// <summary>"of 2016" at token <paramref name="of"/>: the year; 0 when none.</summary>
        private static int OfYear(List<Token> tokens, int of) =>
            of + 1 < tokens.Count && tokens[of].Is("of") && Number(tokens, of + 1, 1800, 2199, out var year) ? year : 0;

        /// <summary>"of this year", "of last year" at token <paramref name="of"/>: the year it names; 0 when none.</summary>
        private static int YearInWords(List<Token> tokens, int of, int published)
        {
            if (published == 0 || of + 2 >= tokens.Count || !tokens[of].Is("of") || !tokens[of + 2].Is("year")) return 0;
            return tokens[of + 1].Is("last") ? published / 10000 - 1 : tokens[of + 1].Is("this") ? published / 10000 : 0;
        }

        /// <summary>"on 5 June", "from 12 March", "on Friday 5 June": a day before its month, the year left to the dateline.</summary>
        private static bool DayBeforeMonth(List<Token> tokens, int i, int month, int published, ref List<DateMention>? found, ref bool? future)
        {
            if (i < 2 || !Number(tokens, i - 1, 1, 31, out var day) || !(IsDayPreposition(tokens[i - 2]) || OfPartOfDay(tokens, i - 2) || WeekdayBefore(tokens, i - 2))) return false;
            AddWithoutYear(ref found, i - 1, i + 1, tokens, published, month, day, ref future);
            return true;
        }

        private static bool IsPeriodPreposition(Token word) => word.Is("in") || word.Is("since") || word.Is("during");

        private static bool IsDayPreposition(Token word) => word.Is("on") || word.Is("from") || word.Is("until") || word.Is("since") || word.Is("by") || word.Is("before") || word.Is("after");

        private static bool IsMonthName(string word) => word.Length >= 3 && char.IsUpper(word[0]) && !word.Equals("May", StringComparison.Ordinal) || word.Equals("May", StringComparison.Ordinal);

        private static void Add(ref List<DateMention>? found, int start, int end, int packed, int past = 0, int ahead = 0, bool upcoming = false, bool weekday = false)
        {
            if (packed != 0) (found ??= new List<DateMention>()).Add(new DateMention(start, end, packed, past, ahead, upcoming, weekday));
        }

        /// <summary>"the day before yesterday" ending at the "yesterday" at token <paramref name="i"/>: two days before the dateline, not one.</summary>
        private static bool DayBeforeYesterday(List<Token> tokens, int i) => i >= 3 && tokens[i - 1].Is("before") && tokens[i - 2].Is("day") && tokens[i - 3].Is("the");

        /// <summary>Whether token <paramref name="i"/> is a number from <paramref name="min"/> to <paramref name="max"/> ("1st" reads as 1).</summary>
        internal static bool Number(List<Token> tokens, int i, int min, int max, out int value)
        {
            value = 0;
            if (i < 0 || i >= tokens.Count) return false;
            var text = DatelineReader.StripOrdinal(tokens[i].Text);
            return tokens[i].Kind == TokenKind.Number && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
        }

        private static int WithoutYear(int published, int month, int day, bool future)
        {
            if (published == 0) return 0;
            var py = published / 10000;
            var pm = published / 100 % 100;
            var pd = published % 100;
            var later = pm != 0 && (month > pm || month == pm && pd != 0 && day > pd);
            // "in April" (no day) in an article of April 7 is this April either way.
            var earlier = pm != 0 && (month < pm || month == pm && pd != 0 && day != 0 && day < pd);
            // Toward the past a month/day later than the dateline is last year's; toward the future an earlier one is next year's.
            if (future) return DatelineReader.Valid(earlier ? py + 1 : py, month, day);
            return DatelineReader.Valid(later ? py - 1 : py, month, day);
        }

        /// <summary>Words that put a sentence's dates ahead of the dateline: "will", "next", "effective", "is to", "scheduled".</summary>
        private static bool SpeaksOfFuture(List<Token> tokens)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                // Asked of every word of a dated sentence: a word of none of the lengths below (read without its text) is none of them.
                if (!t.IsWord || (FutureWordLengths & (1L << Math.Min(t.Length, 63))) == 0) continue;
                if (t.Is("will") || t.Is("next") || t.Is("effective") || t.Is("upcoming") || t.Is("scheduled")) return true;
                if ((t.Is("is") || t.Is("are")) && i + 1 < tokens.Count && tokens[i + 1].Is("to")) return true;
                // "is set to hold", "are due to meet", "plans to visit": a present plan.
                if ((t.Is("is") || t.Is("are")) && i + 2 < tokens.Count && IsPlanWord(tokens[i + 1]) && tokens[i + 2].Is("to")) return true;
                if ((t.Is("plans") || t.Is("intends")) && i + 1 < tokens.Count && tokens[i + 1].Is("to")) return true;
            }
            return false;
        }

        // The lengths of the words SpeaksOfFuture reads first ("is", "are", "will", "next", "plans", "intends", "upcoming", "effective", "scheduled"), one bit each.
        private static readonly long FutureWordLengths = LengthBits("will", "next", "effective", "upcoming", "scheduled", "is", "are", "plans", "intends");

        private static long LengthBits(params string[] words)
        {
            var bits = 0L;
            foreach (var word in words) bits |= 1L << Math.Min(word.Length, 63);
            return bits;
        }

        // "Her trial is now scheduled for November": a month a plan is scheduled for is as "in November", read ahead
        // (SpeaksOfFuture); "set for March" is left, since "set" alone reads no time as to come.
        private static bool ScheduledFor(List<Token> tokens, int i) => i > 1 && tokens[i - 1].Is("for") && tokens[i - 2].Is("scheduled");

        private static bool IsPlanWord(Token word) => word.Is("set") || word.Is("due") || word.Is("expected") || word.Is("slated") || word.Is("poised");

        private static int DaysAhead(int published, string weekday)
        {
            var days = (7 - WeekdayOffset(published, weekday)) % 7;
            return days == 0 ? 7 : days;
        }

        private static int WeekdayOffset(int published, string weekday)
        {
            var date = ToDate(published);
            var target = DatelineReader.WeekdayIndex(weekday);
            var current = ((int)date.DayOfWeek + 6) % 7; // Monday = 0
            return (current - target + 7) % 7;
        }

        /// <summary>
        /// "the following day", "the next morning", "the previous day", "later that day" (<see cref="RelativeDays"/>): the day
        /// told from <paramref name="before"/>, the last day the article named before this sentence, as a mention of its own;
        /// or null when there is none.
        /// </summary>
        public static DateMention? DayAfter(List<Token> tokens, int before) => before % 100 == 0 ? null : DayAfterAt(tokens, 1, before);

        /// <summary>
        /// "arrested on Wednesday and released the following day", "met on Monday night; she resigned the next morning": the
        /// day after the sentence's own last full date before the phrase, added as a mention to a copy of <paramref name="dates"/>
        /// (the sentence's list is shared); the list itself when there is no such phrase.
        /// </summary>
        public static List<DateMention> WithDayAfterOwnDate(List<Token> tokens, List<DateMention> dates)
        {
            var last = dates[dates.Count - 1];
            var after = last.Past % 100 == 0 ? PeriodAfter(tokens, last.Past, last.TokenEnd + 1) : DayAfterAt(tokens, last.TokenEnd + 1, last.Past) ?? PeriodAfter(tokens, last.Past, last.TokenEnd + 1);
            if (after is null) return dates;
            return new List<DateMention>(dates) { after.Value };
        }

        private static DateMention? DayAfterAt(List<Token> tokens, int from, int before)
        {
            for (var i = Math.Max(from, 1); i + 1 < tokens.Count; i++)
            {
                if (tokens[i].CannotDateRelatively) continue; // most words are not read
                if (tokens[i].Is("later") || tokens[i].Is("earlier"))
                {
                    if (CountedFrom(tokens, i, before) is { } counted) return counted;
                    continue;
                }
                if (!(tokens[i].Is("day") || tokens[i].Is("morning") || tokens[i].Is("evening") || tokens[i].Is("night"))) continue;
                foreach (var row in RelativeDays)
                    if (row.Matches(tokens, i)) return new DateMention(i - row.Before.Length, i + 1 + row.After.Length, DaysBefore(before, -row.Days));
            }
            return null;
        }

        // "yesterday", "today", "this", "last", "earlier", "ago" in any case: a word with another ASCII first letter is none of
        // them (a first letter outside ASCII still goes on to the comparisons, which ignore case beyond ASCII too).
        // "ago", "last", "this", "today", "earlier", "tomorrow", "yesterday" (and the units "year", "month", "week", "weekend" of
        // a calendar span, "days" and "weeks" of a span counted ahead): told apart by the token's length before its text is read.
        private static bool MayBeRelativeDateWord(int length) => length is 3 or 4 or 5 or 7 or 8 or 9;

        private static bool MayStartRelativeDate(char first) => first > '\u007f' || (char)(first | 0x20) is 'y' or 't' or 'l' or 'e' or 'a' or 'm' or 'w' or 'd';

        /// <summary>"earlier this month", "earlier in the month", "this year", "this morning", "this week": the dateline's day, month or year; (0, 0) when none.</summary>
        private static (int Length, int Packed) ThisPeriod(List<Token> tokens, int i, int published)
        {
            var t = tokens[i];
            if (!(t.Is("earlier") || t.Is("this")) || published == 0) return (0, 0);
            var j = i + 1;
            if (t.Is("earlier") && j < tokens.Count && (tokens[j].Is("this") || tokens[j].Is("in"))) j++;
            if (t.Is("earlier") && j < tokens.Count && tokens[j - 1].Is("in") && tokens[j].Is("the")) j++;
            if (j >= tokens.Count || j == i + 1 && t.Is("earlier")) return (0, 0);
            if (tokens[j].Is("month") && published / 100 % 100 != 0) return (j - i + 1, published / 100 * 100);
            // "this morning", "earlier this evening": the dateline's day; "earlier this week" (not "this week", which may be ahead):
            // its month when the week so far lies in one.
            if (published % 100 != 0 && (tokens[j].Is("morning") || tokens[j].Is("afternoon") || tokens[j].Is("evening"))) return (j - i + 1, published);
            if (published % 100 != 0 && t.Is("earlier") && tokens[j].Is("week") && !DayNamedAfter(tokens, j + 1)) return (j - i + 1, EarlierThisWeek(published));
            if (tokens[j].Is("year")) return (j - i + 1, published / 10000 * 10000);
            return (0, 0);
        }

        /// <summary>
        /// "three days ago" is that day; "a week ago" that day's month (a week back is seldom meant to the day); "two months ago"
        /// that month; "five years ago" that year. (start token, packed date); the date is 0 when the amount is not counted.
        /// </summary>
        internal static (int Start, int Packed) Ago(List<Token> tokens, int i, int published)
        {
            if (i < 2 || published / 100 % 100 == 0) return (0, 0);
            var n = Amount(tokens[i - 2]);
            var unit = tokens[i - 1];
            if (n <= 0) return (0, 0);
            var py = published / 10000;
            var pm = published / 100 % 100;
            if (unit.Is("years") || unit.Is("year")) return (i - 2, DatelineReader.Valid(py - n, 0, 0));
            if (unit.Is("months") || unit.Is("month"))
            {
                var months = py * 12 + pm - 1 - n;
                return (i - 2, DatelineReader.Valid(months / 12, months % 12 + 1, 0));
            }
            if (published % 100 == 0) return (0, 0);
            if (unit.Is("weeks") || unit.Is("week")) return (i - 2, DaysBefore(published, 7 * n) / 100 * 100);
            // "a fortnight ago": two weeks back.
            if (unit.Is("fortnight") || unit.Is("fortnights")) return (i - 2, DaysBefore(published, 14 * n) / 100 * 100);
            if (unit.Is("days") || unit.Is("day")) return (i - 2, DaysBefore(published, n));
            return (0, 0);
        }

        /// <summary>"two days after", "a week before": an amount and a unit of time right before token <paramref name="i"/>.</summary>
        internal static bool IsCountedSpan(List<Token> tokens, int i) =>
            i >= 2 && Amount(tokens[i - 2]) > 0 && Array.IndexOf(TimeUnits, tokens[i - 1].Lower) >= 0;

        private static readonly string[] TimeUnits = { "day", "days", "week", "weeks", "month", "months", "year", "years" };

        private static int Amount(Token t)
        {
            if (t.Kind == TokenKind.Number) return int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 1000 ? n : 0;
            var i = Array.IndexOf(AmountWords, t.Lower);
            return i < 0 ? 0 : i < 3 ? 1 : i - 1;
        }

        // "a", "an", "one" are 1; then two (2) to twelve.
        private static readonly string[] AmountWords = { "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" };

        private static int DaysBefore(int published, int days)
        {
            var date = ToDate(published).AddDays(-days);
            return DataLayout.PackDate(date.Year, date.Month, date.Day);
        }

        private static DateTime ToDate(int packed) => new(packed / 10000, packed / 100 % 100, packed % 100);
    }
}
