using System;
using System.Collections.Generic;
using System.Globalization;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Parts of a period that date to the period: "in early June", "in mid-2018", "in the summer of 2018".</summary>
    internal static partial class DateResolver
    {
        /// <summary>A month or day without its year, read as the sentence reads it, toward the past, and for a plan (<see cref="DateMention.Ahead"/>).</summary>
        private static void AddWithoutYear(ref List<DateMention>? found, int start, int end, List<Token> tokens, int published, int month, int day, ref bool? future)
        {
            var past = WithoutYear(published, month, day, false);
            var next = WithoutYear(published, month, day, true);
            var read = (future ??= SpeaksOfFuture(tokens)) ? next : past;
            var monthsBefore = (published / 10000 * 12 + published / 100 % 100) - (past / 10000 * 12 + past / 100 % 100);
            Add(ref found, start, end, read, past, monthsBefore >= 2 && published % 10000 / 100 != 0 ? next : read, IsUpcomingDay(published, day, next));
        }

        // A day (not a month alone: "in January" in an article of December is this year's) that comes within 60 days after the dateline.
        private static bool IsUpcomingDay(int published, int day, int next)
        {
            if (day == 0 || published % 100 == 0 || next == 0) return false;
            var days = (ToDate(next) - ToDate(published)).TotalDays;
            return days >= 1 && days <= 60;
        }

        /// <summary>"in mid-2018", "since mid-July", "during mid-March 2020": the middle of a year or a month dates to it, as "in mid March" does.</summary>
        private static bool MidPeriod(List<Token> tokens, int i, int published, ref List<DateMention>? found, ref bool? future)
        {
            var text = tokens[i].Text;
            if (!text.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) || i == 0 || !IsPeriodPreposition(tokens[i - 1])) return false;
            var rest = text.Substring(4);
            if (rest.Length == 4 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1800 && year <= 2199)
            {
                Add(ref found, i, i + 1, DatelineReader.Valid(year, 0, 0));
                return true;
            }
            if (!DatelineReader.TryMonth(rest, out var month) || !IsMonthName(rest)) return false;
            if (Number(tokens, i + 1, 1000, 2999, out var withYear)) Add(ref found, i, i + 2, DatelineReader.Valid(withYear, month, 0));
            else AddWithoutYear(ref found, i, i + 1, tokens, published, month, 0, ref future);
            return true;
        }

        /// <summary>"this past May": the latest such month before the dateline's, as "last May" is.</summary>
        private static bool ThisPast(List<Token> tokens, int i) => i > 1 && tokens[i - 1].Is("past") && tokens[i - 2].Is("this");

        /// <summary>
        /// "Three days later, she flew back to Velden", "a month later", "four years later", "seven days earlier": a counted span from
        /// <paramref name="before"/>, the last day named, at token <paramref name="i"/> ("later" or "earlier"), as a mention of its
        /// own: a day counted in days, a month in weeks or months (a week is seldom meant to the day), a year in years; "a few days
        /// later" its month when the days it may be lie in one. Null when no span is counted.
        /// </summary>
        private static DateMention? CountedFrom(List<Token> tokens, int i, int before)
        {
            if (i < 2) return null;
            var sign = tokens[i].Is("later") || tokens[i].Is("after") ? -1 : 1;
            var unit = tokens[i - 1];
            var n = Amount(tokens[i - 2]);
            if (n <= 0 && (tokens[i - 2].Is("few") || tokens[i - 2].Is("several")) && (unit.Is("days")))
            {
                int soon = DaysBefore(before, sign * 2), late = DaysBefore(before, sign * 6);
                return soon / 100 == late / 100 ? new DateMention(i - 2 - (tokens[i - 2].Is("few") ? 1 : 0), i + 1, soon / 100 * 100) : null;
            }
            if (n <= 0) return null;
            var packed = 0;
            if (unit.Is("day") || unit.Is("days")) packed = DaysBefore(before, sign * n);
            else if (unit.Is("week") || unit.Is("weeks")) packed = DaysBefore(before, sign * 7 * n) / 100 * 100;
            else if (unit.Is("month") || unit.Is("months"))
            {
                var months = before / 10000 * 12 + before / 100 % 100 - 1 - sign * n;
                packed = DatelineReader.Valid(months / 12, months % 12 + 1, 0);
            }
            else if (unit.Is("year") || unit.Is("years")) packed = DatelineReader.Valid(before / 10000 - sign * n, 0, 0);
            return packed == 0 ? null : new DateMention(i - 2, i + 1, packed);
        }

        /// <summary>
        /// "two days after the bombing", "a week after the vote", "the day after the raid": the day (a week: its month) counted on
        /// from <paramref name="day"/>, the day of the occasion named after "after" at token <paramref name="i"/>; null when the
        /// span is not counted in days or weeks.
        /// </summary>
        public static DateMention? CountedAfter(List<Token> tokens, int i, int day)
        {
            if (tokens[i - 1].Is("day") && tokens[i - 2].Is("the")) return new DateMention(i - 2, i + 1, DaysBefore(day, -1));
            var unit = tokens[i - 1];
            return unit.Is("day") || unit.Is("days") || unit.Is("week") || unit.Is("weeks") ? CountedFrom(tokens, i, day) : null;
        }

        /// <summary>
        /// "Ula Rast joined the party in 2015. Four years later, ...", "moved to Velden in 2004 and left five years later": a span
        /// counted in years (or in months, from a month) after <paramref name="period"/>, a year or month named last, from token
        /// <paramref name="from"/> on, as a mention of its own; null when none (a day is not counted from a period). "The following
        /// year" or "the next month" is told from a day too (<see cref="NextPeriod"/>).
        /// </summary>
        public static DateMention? PeriodAfter(List<Token> tokens, int period, int from = 1)
        {
            if (period == 0) return null;
            var day = period % 100 != 0;
            for (var i = Math.Max(from, 2); i < tokens.Count; i++)
            {
                if (tokens[i].CannotDateRelatively) continue;
                if (NextPeriod(tokens, i, period) is { } next) return next;
                if (day || !(tokens[i].Is("later") || tokens[i].Is("earlier"))) continue;
                var unit = tokens[i - 1];
                var counted = unit.Is("year") || unit.Is("years") || period / 100 % 100 != 0 && (unit.Is("month") || unit.Is("months"));
                if (counted && CountedFrom(tokens, i, period) is { } mention) return mention;
            }
            return null;
        }

        /// <summary>
        /// "Ula Rast won a seat in 2012; the following year she resigned", "Tomas Vell quit in May 2016. ... the board named
        /// Holt chair the next month": the year (after a month or a day, the month) after <paramref name="period"/>, the year,
        /// month or day named last, at token <paramref name="i"/> ("year" or "month"); null when the words are not these, or
        /// tell a span still to come ("in the next year", "over the following month") or a noun's time ("the next year's budget").
        /// </summary>
        private static DateMention? NextPeriod(List<Token> tokens, int i, int period)
        {
            var unit = tokens[i];
            if (!(unit.Is("year") || unit.Is("month") && period / 100 % 100 != 0) || !tokens[i - 2].Is("the")) return null;
            var next = tokens[i - 1].Is("next");
            if (!(next || tokens[i - 1].Is("following"))) return null;
            if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Possessive) return null;
            if (i > 2 && (TriggerFinder.IsAny(tokens[i - 3], SpanPrepositions) || next && tokens[i - 3].Is("in"))) return null;
            var months = period / 10000 * 12 + period / 100 % 100 - 1 + (unit.Is("month") ? 1 : 0);
            var packed = unit.Is("year") ? DatelineReader.Valid(period / 10000 + 1, 0, 0) : DatelineReader.Valid(months / 12, months % 12 + 1, 0);
            return packed == 0 ? null : new DateMention(i - 2, i + 1, packed);
        }

        // "over the next year", "within the following month": a span running on from a time, not the period after it.
        private static readonly string[] SpanPrepositions = { "over", "within", "during", "for", "throughout", "through" };

        /// <summary>
        /// "She began her protest on August 20, 2018. That September, the movement launched.", "later that year", "the same
        /// month": a year, a month or a month's name after "that" (or "the same") is told in <paramref name="last"/>, the date
        /// named last, at the precision it names ("that year" in a year the sentence <paramref name="before"/> names, if it
        /// does: "the 2009 flood"); null when none. A month's name only where "that" opens the phrase ("That May,",
        /// "later that May"), not after a verb ("warned that May would ...").
        /// </summary>
        public static DateMention? ThatPeriod(List<Token> tokens, int last, List<Token>? before)
        {
            if (last == 0) return null;
            for (var i = 1; i < tokens.Count; i++)
            {
                var that = tokens[i - 1].Is("that") || tokens[i - 1].Is("same") && i > 1 && tokens[i - 2].Is("the");
                if (!that) continue;
                var w = tokens[i];
                if (w.Is("year")) return new DateMention(i - 1, i + 1, YearNamedIn(before) is var named && named != 0 ? named : last / 10000 * 10000);
                if (w.Is("month") && last / 100 % 100 != 0) return new DateMention(i - 1, i + 1, last / 100 * 100);
                var opens = i == 1 || tokens[i - 2].Is("later") || tokens[i - 2].Is("earlier") || tokens[i - 2].Is("in");
                if (opens && w.IsCapitalized && DatelineReader.TryMonth(w.Text, out var month) && IsMonthName(w.Text)) return new DateMention(i - 1, i + 1, DatelineReader.Valid(last / 10000, month, 0));
            }
            return null;
        }

        /// <summary>"The rules cite the 2009 flood. That year's ...": the last year the sentence before names ("the 2009 flood", "in 2009"); 0 when none.</summary>
        private static int YearNamedIn(List<Token>? tokens)
        {
            if (tokens is null) return 0;
            for (var i = tokens.Count - 1; i > 0; i--)
            {
                var w = tokens[i - 1];
                var names = w.Is("the") || w.Is("a") || w.Is("of") || w.Is("in") || w.Is("its") || w.Is("his") || w.Is("her") || w.Is("their");
                if (names && Number(tokens, i, 1800, 2199, out var year)) return DatelineReader.Valid(year, 0, 0);
            }
            return 0;
        }

        /// <summary>Whether token <paramref name="i"/> stands inside a quotation the sentence opens before it.</summary>
        private static bool Quoted(List<Token> tokens, int i)
        {
            var quoted = false;
            for (var k = 0; k < i; k++)
                if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is "\"" or "\u201C" or "\u201D") quoted = tokens[k].Text == "\u201C" || tokens[k].Text == "\"" && !quoted;
            return quoted;
        }

        /// <summary>"in early June", "in late 2018", "in mid March": a part of the period still dates to the period.</summary>
        private static bool InPartOf(List<Token> tokens, int i) =>
            i > 1 && (tokens[i - 1].Is("early") || tokens[i - 1].Is("late") || tokens[i - 1].Is("mid")) && tokens[i - 2].Is("in");

        /// <summary>"in the summer of 2018", "during the first half of 2019": a part of a year named by a noun dates to the year.</summary>
        private static bool InSeasonOf(List<Token> tokens, int i)
        {
            if (i < 4 || !tokens[i - 1].Is("of")) return false;
            var part = tokens[i - 2];
            if (!(part.Is("summer") || part.Is("winter") || part.Is("spring") || part.Is("autumn") || part.Is("fall") || part.Is("half") || part.Is("beginning")
                || part.Is("end") || part.Is("middle") || part.Is("start") || part.Is("quarter"))) return false;
            for (var k = i - 3; k >= 0 && k >= i - 5; k--)
                if (IsPeriodPreposition(tokens[k]) || tokens[k].Is("by") || tokens[k].Is("until") || tokens[k].Is("at")) return true;
            return false;
        }

        /// <summary>
        /// "Sept. 25", "Jan. 5, 2020", "Aug. 2019": a month shortened with a dot (the dot a token of its own) before its day or
        /// year, read as the month written out; the mention starts at the dot.
        /// </summary>
        private static bool AbbreviatedMonth(List<Token> tokens, ref int i, int month, int published, ref List<DateMention>? found, ref bool? future)
        {
            var dot = i + 1;
            if (tokens[i].Length > 4 || dot + 1 >= tokens.Count || !tokens[dot].IsPunct('.') || tokens[dot + 1].Kind != TokenKind.Number) return false;
            if (Number(tokens, dot + 1, 1, 31, out var day)) MonthDay(tokens, ref dot, month, day, published, ref found, ref future);
            else if (Number(tokens, dot + 1, 1000, 2999, out var year)) Add(ref found, i, ++dot + 1, DatelineReader.Valid(year, month, 0));
            else return false;
            i = dot;
            return true;
        }
    }
}
