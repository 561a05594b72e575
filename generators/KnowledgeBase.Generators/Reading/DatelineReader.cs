using System;
using System.Collections.Generic;
using System.Globalization;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Reading
{
    /// <summary>
    /// Reads datelines as news prints them: "Thu 13th Feb, 2025", "Friday, January 4, 2019",
    /// "13 February 2025", "2025-02-13". Returns packed dates (<see cref="DataLayout.PackDate"/>).
    /// </summary>
    internal static class DatelineReader
    {
        private static readonly Dictionary<string, int> Months = BuildMonths();

        private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
        {
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        };

        private static Dictionary<string, int> BuildMonths()
        {
            var names = new[] { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };
            var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < names.Length; i++)
            {
                map[names[i]] = i + 1;
                map[names[i].Substring(0, 3)] = i + 1;
            }
            map["sept"] = 9;
            return map;
        }

        public static bool TryMonth(string word, out int month)
        {
            month = 0;
            // Every name is three to nine letters: most words are turned away before trimming and hashing.
            var length = TrimmedLength(word, '.', '.');
            // Only a trailing dot needs a copy of the word ("Feb."): hot callers pass every token.
            if (length < 3 || length > 9 || !char.IsLetter(word[0]) || !MayStart(word[0], MonthInitials)) return false;
            var name = length == word.Length ? word : word.Substring(0, length);
            return MonthNames.MayContain(name) && Months.TryGetValue(name, out month);
        }

        /// <summary>Whether the word names a day of the week or a month ("Monday", "Feb."): a day an act may be told on.</summary>
        public static bool IsWeekdayOrMonth(string word) => IsWeekday(word) || TryMonth(word, out _);

        public static bool IsWeekday(string word)
        {
            var length = TrimmedLength(word, '.', ',');
            if (length < 3 || length > 9 || !char.IsLetter(word[0]) || !MayStart(word[0], WeekdayInitials)) return false;
            var name = length == word.Length ? word : word.Substring(0, length);
            return WeekdayNames.MayContain(name) && Weekdays.Contains(name);
        }

        // An ASCII first letter that starts no name turns the word away before hashing; any other letter
        // goes on to the case-insensitive look-up, which folds more than ASCII.
        private static bool MayStart(char first, int initials) => first > '\u007f' || (initials >> ((first | 0x20) - 'a') & 1) != 0;

        private static readonly int MonthInitials = Initials("jfmasond");
        private static readonly int WeekdayInitials = Initials("mtwfs");

        // Most capitalized words that pass the initial are still no month or weekday: turned away without hashing.
        private static readonly Helpers.WordFilter MonthNames = new(Months.Keys);
        private static readonly Helpers.WordFilter WeekdayNames = new(Weekdays);

        private static int Initials(string letters)
        {
            var mask = 0;
            foreach (var c in letters) mask |= 1 << (c - 'a');
            return mask;
        }

        private static int TrimmedLength(string word, char a, char b)
        {
            var length = word.Length;
            while (length > 0 && (word[length - 1] == a || word[length - 1] == b)) length--;
            return length;
        }

        private static readonly string[] DayNames = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

        /// <summary>
        /// The day (0 Monday) whose name begins with the word's first three letters, any case ("Tue", "TUESDAY"), -1 for none.
        /// Asked of every weekday a date resolver reads: compared a character at a time, no lower-case copy is made.
        /// </summary>
        public static int WeekdayIndex(string word)
        {
            var n = Math.Min(3, word.Length);
            for (var i = 0; i < DayNames.Length; i++)
            {
                var k = 0;
                while (k < n && char.ToLowerInvariant(word[k]) == DayNames[i][k]) k++;
                if (k == n) return i;
            }
            return -1;
        }

        /// <summary>A packed date from "2025-02-13", "2025-02" or "2025"; 0 when it is not one.</summary>
        public static int ParseIso(string text)
        {
            var parts = text.Trim().Split('-');
            if (parts.Length == 0 || parts.Length > 3 || parts[0].Length != 4) return 0;
            var numbers = new int[3];
            for (var i = 0; i < parts.Length; i++)
                if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return 0;
            return Valid(numbers[0], parts.Length > 1 ? numbers[1] : 0, parts.Length > 2 ? numbers[2] : 0);
        }

        /// <summary>The longest dateline read, white space around it not counted.</summary>
        public const int MaxLineLength = 48;

        /// <summary>
        /// The date of a line that is a dateline and nothing else (weekday, day, month and year in any
        /// of the usual orders, with ordinals and commas); 0 when the line is anything else.
        /// </summary>
        public static int ReadLine(string line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.Length > MaxLineLength) return 0;
            var iso = ParseIso(trimmed);
            if (iso != 0) return iso;

            int year = 0, month = 0, day = 0;
            foreach (var raw in trimmed.Split(new[] { ' ', ',', '\t', '.' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw;
                if (IsWeekday(word)) continue;
                if (TryMonth(word, out var m) && month == 0)
                {
                    month = m;
                    continue;
                }
                var digits = StripOrdinal(word);
                if (digits.Length == 4 && year == 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                {
                    year = y;
                    continue;
                }
                if (digits.Length is 1 or 2 && day == 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
                {
                    day = d;
                    continue;
                }
                return 0;
            }
            return year == 0 || month == 0 ? 0 : Valid(year, month, day);
        }

        public static string StripOrdinal(string word)
        {
            foreach (var suffix in new[] { "st", "nd", "rd", "th" })
                if (word.Length > 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && char.IsDigit(word[word.Length - 3]))
                    return word.Substring(0, word.Length - 2);
            return word;
        }

        public static int Valid(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0) return 0;
            if (month == 0 && day != 0) return 0;
            if (day != 0 && day > DateTime.DaysInMonth(year, month)) return 0;
            return DataLayout.PackDate(year, month, day);
        }
    }
}
