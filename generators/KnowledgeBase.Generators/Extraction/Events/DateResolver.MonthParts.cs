using System;
using System.Collections.Generic;
using System.Globalization;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>A day or a part of a month named before "of" and the month ("the 3rd of May", "the end of May"), and seasons ("last summer").</summary>
    internal static partial class DateResolver
    {
        /// <summary>
        /// Parts of a month named by the words before "of" and the month's name: the part dates to the month (no day is
        /// invented). Each row has an example sentence and its date against the examples' dateline, Sunday, July 28, 2019,
        /// run as a test.
        /// </summary>
        internal static readonly MonthPartRow[] MonthParts =
        {
            new("the end", "Rebels shelled the village of Marlow at the end of June.", 20190600),
            new("the beginning", "Rebels shelled the village of Marlow at the beginning of June.", 20190600),
            new("the start", "Rebels shelled the village of Marlow at the start of June.", 20190600),
            new("the middle", "Rebels shelled the village of Marlow in the middle of June.", 20190600),
            new("the first week", "Rebels shelled the village of Marlow in the first week of May.", 20190500),
            new("the second week", "Rebels shelled the village of Marlow in the second week of May.", 20190500),
            new("the third week", "Rebels shelled the village of Marlow in the third week of May.", 20190500),
            new("the last week", "Rebels shelled the village of Marlow in the last week of May.", 20190500),
            new("the final week", "Rebels shelled the village of Marlow in the final week of May.", 20190500),
            new("the first half", "Rebels shelled the village of Marlow in the first half of May.", 20190500),
            new("the second half", "Rebels shelled the village of Marlow in the second half of May.", 20190500),
        };

        // "the fifth of March", "the twenty-first of June": a day of the month in words.
        private static readonly string[] OrdinalDays =
        {
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
            "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
            "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
        };

        /// <summary>
        /// "on the 3rd of July", "the fifth of March, 2018", "the 3rd of July 2018" at the month's name, token <paramref name="i"/>:
        /// an ordinal day after "the" and before "of". False when the words before the month are no such day.
        /// </summary>
        private static bool OrdinalDayOfMonth(List<Token> tokens, ref int i, int month, int published, ref List<DateMention>? found, ref bool? future)
        {
            if (i < 3 || !tokens[i - 1].Is("of") || !tokens[i - 3].Is("the")) return false;
            var day = OrdinalDay(tokens[i - 2]);
            if (day == 0) return false;
            var j = i + 1;
            if (j < tokens.Count && tokens[j].IsPunct(',')) j++;
            if (Number(tokens, j, 1000, 2999, out var year))
            {
                Add(ref found, i - 2, j + 1, DatelineReader.Valid(year, month, day));
                i = j;
            }
            else AddWithoutYear(ref found, i - 2, i + 1, tokens, published, month, day, ref future);
            return true;
        }

        /// <summary>
        /// "was arrested on the 20th" (no month named): that day of the dateline's month, or of the month before when the day is
        /// still to come (of the month after in a sentence about what is to come). Not "on the 20th floor": only where no noun follows.
        /// </summary>
        private static bool OrdinalDayAlone(List<Token> tokens, int i, int published, ref List<DateMention>? found, ref bool? future)
        {
            if (i < 2 || published % 100 == 0 || !tokens[i - 1].Is("the") || !tokens[i - 2].Is("on") || OrdinalDay(tokens[i]) is not (> 0 and var day)) return false;
            if (i + 1 < tokens.Count && tokens[i + 1].IsWord && (tokens[i + 1].Is("of") || !CommonWords.IsFunctionWord(tokens[i + 1]))) return false;
            var months = published / 10000 * 12 + published / 100 % 100 - 1;
            var ahead = future ??= SpeaksOfFuture(tokens);
            if (!ahead && day > published % 100) months--;
            else if (ahead && day < published % 100) months++;
            Add(ref found, i - 2, i + 1, DatelineReader.Valid(months / 12, months % 12 + 1, day));
            return true;
        }

        /// <summary>The day an ordinal names ("3rd", "fifth"): a number needs its ordinal ending ("the 3 of" is no day); 0 when none.</summary>
        private static int OrdinalDay(Token word)
        {
            if (word.Kind == TokenKind.Number)
            {
                var digits = DatelineReader.StripOrdinal(word.Text);
                return digits.Length < word.Text.Length && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= 31 ? day : 0;
            }
            return word.IsWord ? Array.IndexOf(OrdinalDays, word.Lower) + 1 : 0;
        }

        // "on the evening of 3 July", "the night of 5 May": "of" after a part of a day stands before its day.
        private static bool OfPartOfDay(List<Token> tokens, int of) =>
            of > 0 && tokens[of].Is("of") && (tokens[of - 1].Is("morning") || tokens[of - 1].Is("afternoon") || tokens[of - 1].Is("evening") || tokens[of - 1].Is("night"));

        /// <summary>"at the start of June", "in the third week of May": a <see cref="MonthParts"/> row before "of" and the month at token <paramref name="i"/>.</summary>
        private static bool PartOfMonthBefore(List<Token> tokens, int i)
        {
            if (i < 3 || !tokens[i - 1].Is("of")) return false;
            foreach (var row in MonthParts)
                if (row.EndsAt(tokens, i - 2)) return true;
            return false;
        }

        /// <summary>
        /// A season's months, with an example sentence and its date against the examples' dateline (July 28, 2019). "Last summer"
        /// is the latest summer ended before the dateline, "this spring" the dateline's year's; the season dates to its year. Winter
        /// has no row: it spans two years.
        /// </summary>
        internal static readonly SeasonRow[] Seasons =
        {
            new("spring", 5, "Rebels shelled the village of Marlow last spring.", 20190000),
            new("summer", 8, "Rebels shelled the village of Marlow last summer.", 20180000),
            new("autumn", 11, "Rebels shelled the village of Marlow last autumn.", 20180000),
            new("fall", 11, "Rebels shelled the village of Marlow last fall.", 20180000),
        };

        /// <summary>"last summer", "this spring": the word "last" or "this" at token <paramref name="i"/> and a season after it; 0 when none.</summary>
        private static int SeasonFromDateline(List<Token> tokens, int i, int published)
        {
            if (i + 1 >= tokens.Count || published / 100 % 100 == 0 || !(tokens[i].Is("last") || tokens[i].Is("this"))) return 0;
            foreach (var row in Seasons)
            {
                if (!tokens[i + 1].Is(row.Word)) continue;
                var py = published / 10000;
                if (tokens[i].Is("this")) return DatelineReader.Valid(py, 0, 0);
                return DatelineReader.Valid(published / 100 % 100 > row.LastMonth ? py : py - 1, 0, 0);
            }
            return 0;
        }

        /// <summary>"in summer 2018", "during spring 2017": a season's name before the year at token <paramref name="i"/>, after a preposition of a period.</summary>
        private static bool InSeasonYear(List<Token> tokens, int i)
        {
            if (i < 2 || !IsPeriodPreposition(tokens[i - 2])) return false;
            foreach (var row in Seasons)
                if (tokens[i - 1].Is(row.Word)) return true;
            return tokens[i - 1].Is("winter");
        }
    }

    /// <summary>One part of a month named before "of" ("the first week"): see <see cref="DateResolver.MonthParts"/>.</summary>
    internal sealed class MonthPartRow
    {
        public MonthPartRow(string pattern, string example, int date) => (Words, Example, Date) = (pattern.Split(' '), example, date);

        /// <summary>The words of the part, in order.</summary>
        public string[] Words { get; }

        /// <summary>An invented sentence the row dates; run as a test.</summary>
        public string Example { get; }

        /// <summary>The example's date against the examples' dateline.</summary>
        public int Date { get; }

        /// <summary>Whether the row's words end at token <paramref name="last"/>.</summary>
        public bool EndsAt(List<Token> tokens, int last)
        {
            var first = last - Words.Length + 1;
            if (first < 0) return false;
            for (var k = 0; k < Words.Length; k++)
                if (!tokens[first + k].Is(Words[k])) return false;
            return true;
        }
    }

    /// <summary>A season and the last month it covers: see <see cref="DateResolver.Seasons"/>.</summary>
    internal sealed class SeasonRow
    {
        public SeasonRow(string word, int lastMonth, string example, int date) => (Word, LastMonth, Example, Date) = (word, lastMonth, example, date);

        public string Word { get; }

        /// <summary>The season's last month: "last spring" in a later month of the year is that year's.</summary>
        public int LastMonth { get; }

        /// <summary>An invented sentence the row dates; run as a test.</summary>
        public string Example { get; }

        /// <summary>The example's date against the examples' dateline.</summary>
        public int Date { get; }
    }
}
