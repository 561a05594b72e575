using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Holidays named for their day ("on Christmas Day", "on New Year's Eve", "on Easter Sunday"), read against the dateline's year.</summary>
    internal static partial class DateResolver
    {
        /// <summary>
        /// Holidays by their words ("'s" stands for a possessive ending), their month and day (month 0: days after Easter
        /// Sunday), an example sentence and its date against the examples' dateline, Sunday, July 28, 2019, run as a test.
        /// Read as a day without its year: the latest on or before the dateline, the next one in a sentence about what is to
        /// come; a year right after it is its own. A one-word name ("Christmas", "Easter") counts only after a preposition of
        /// time, so that "the Christmas appeal" or "the Easter Rising" is not read as a day.
        /// </summary>
        internal static readonly HolidayRow[] Holidays =
        {
            new("Christmas Day", 12, 25, "Norland police arrested Tomas Vell on Christmas Day.", 20181225),
            new("Christmas Eve", 12, 24, "Norland police arrested Tomas Vell on Christmas Eve.", 20181224),
            new("Christmas", 12, 25, "Norland police arrested Tomas Vell on Christmas.", 20181225),
            new("Boxing Day", 12, 26, "Norland police arrested Tomas Vell on Boxing Day.", 20181226),
            new("New Year 's Day", 1, 1, "Norland police arrested Tomas Vell on New Year's Day.", 20190101),
            new("New Year 's Eve", 12, 31, "Protesters clashed with Norland police on New Year's Eve.", 20181231),
            new("Valentine 's Day", 2, 14, "Norland police arrested Tomas Vell on Valentine's Day.", 20190214),
            new("Halloween", 10, 31, "Norland police arrested Tomas Vell on Halloween.", 20181031),
            new("Easter Sunday", 0, 0, "Gunmen attacked a church in Freedonia on Easter Sunday.", 20190421),
            new("Easter Monday", 0, 1, "Gunmen attacked a church in Freedonia on Easter Monday.", 20190422),
            new("Good Friday", 0, -2, "Gunmen attacked a church in Freedonia on Good Friday.", 20190419),
            new("Easter", 0, 0, "Gunmen attacked a church in Freedonia at Easter.", 20190421),
        };

        // The first words of the rows: a capitalized token that is none of them is no holiday (one look-up, not one per row).
        private static readonly HashSet<string> HolidayFirstWords = FirstWords();

        private static HashSet<string> FirstWords()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in Holidays) words.Add(row.Words[0]);
            return words;
        }

        // "on Christmas", "since Easter", "over Christmas": the prepositions of time a one-word holiday must follow.
        private static readonly string[] HolidayPrepositions = { "on", "at", "over", "since", "before", "after", "until", "till", "by", "from", "during" };

        /// <summary>A <see cref="Holidays"/> row at token <paramref name="i"/>: adds its date and moves <paramref name="i"/> to its last word.</summary>
        private static bool HolidayAt(List<Token> tokens, ref int i, int published, ref List<DateMention>? found, ref bool? future)
        {
            if (published % 100 == 0 || !HolidayFirstWords.Contains(tokens[i].Text) || i > 1 && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized) return false;
            foreach (var row in Holidays)
            {
                var end = row.EndAt(tokens, i);
                if (end < 0 || end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized) continue;
                // "the Good Friday agreement", "the Christmas Day attack": after "the" and before a noun the holiday names a thing,
                // and its words ("Friday") date nothing either.
                if (i > 0 && tokens[i - 1].Is("the") && end < tokens.Count && tokens[end].IsWord && !CommonWords.IsFunctionWord(tokens[end]))
                {
                    i = end - 1;
                    return true;
                }
                if (row.Words.Length == 1 && !(i > 0 && TriggerFinder.IsAny(tokens[i - 1], HolidayPrepositions))) return false;
                var yearAt = end < tokens.Count && tokens[end].IsPunct(',') ? end + 1 : end;
                if (Number(tokens, yearAt, 1800, 2199, out var year))
                {
                    Add(ref found, i, yearAt + 1, row.In(year));
                    i = yearAt;
                    return true;
                }
                if (row.Month != 0) AddWithoutYear(ref found, i, end, tokens, published, row.Month, row.Day, ref future);
                else AddEasterDay(ref found, i, end, tokens, published, row, ref future);
                i = end - 1;
                return true;
            }
            return false;
        }

        // A day told from Easter: this year's when it is not after the dateline, else last year's; the next one toward the future.
        private static void AddEasterDay(ref List<DateMention>? found, int start, int end, List<Token> tokens, int published, HolidayRow row, ref bool? future)
        {
            var year = published / 10000;
            var past = row.In(year) > published ? row.In(year - 1) : row.In(year);
            var next = row.In(year) < published ? row.In(year + 1) : row.In(year);
            Add(ref found, start, end, (future ??= SpeaksOfFuture(tokens)) ? next : past, past, next);
        }
    }

    /// <summary>One holiday: see <see cref="DateResolver.Holidays"/>.</summary>
    internal sealed class HolidayRow
    {
        public HolidayRow(string words, int month, int day, string example, int date) => (Words, Month, Day, Example, Date) = (words.Split(' '), month, day, example, date);

        /// <summary>The holiday's words, in order; "'s" is a possessive ending.</summary>
        public string[] Words { get; }

        /// <summary>Its month, or 0 for a day told from Easter Sunday.</summary>
        public int Month { get; }

        /// <summary>Its day of the month, or its days after Easter Sunday when <see cref="Month"/> is 0.</summary>
        public int Day { get; }

        /// <summary>An invented sentence the row dates; run as a test.</summary>
        public string Example { get; }

        /// <summary>The example's date against the examples' dateline.</summary>
        public int Date { get; }

        /// <summary>The token after the row's words when they start at <paramref name="i"/>; -1 when they do not.</summary>
        public int EndAt(List<Token> tokens, int i)
        {
            if (i + Words.Length > tokens.Count) return -1;
            for (var k = 0; k < Words.Length; k++)
            {
                var t = tokens[i + k];
                if (Words[k] == "'s" ? t.Kind != TokenKind.Possessive : !string.Equals(t.Text, Words[k], StringComparison.Ordinal)) return -1;
            }
            return i + Words.Length;
        }

        /// <summary>The holiday's date in <paramref name="year"/>.</summary>
        public int In(int year)
        {
            if (Month != 0) return DatelineReader.Valid(year, Month, Day);
            var easter = EasterSunday(year).AddDays(Day);
            return DataLayout.PackDate(easter.Year, easter.Month, easter.Day);
        }

        /// <summary>Western Easter Sunday of <paramref name="year"/> (the anonymous Gregorian computus).</summary>
        private static DateTime EasterSunday(int year)
        {
            int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
            int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
            var month = (h + l - 7 * m + 114) / 31;
            var day = (h + l - 7 * m + 114) % 31 + 1;
            return new DateTime(year, month, day);
        }
    }
}
