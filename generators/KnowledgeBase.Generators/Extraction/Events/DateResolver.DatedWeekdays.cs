using System.Collections.Generic;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class DateResolver
    {
        /// <summary>
        /// "arrested on Tuesday, April 30", "on Wednesday 8 May" in an article of Thursday, May 16: a weekday written right before
        /// the day of the month (a comma may stand between) names that day, not the latest weekday of its name before the
        /// dateline; the two become one mention with the day's date.
        /// </summary>
        private static List<DateMention> WithDatedWeekdays(List<Token> tokens, List<DateMention> found)
        {
            for (var k = found.Count - 2; k >= 0; k--)
            {
                DateMention weekday = found[k], day = found[k + 1];
                if (!weekday.Weekday || day.Packed % 100 == 0 || !WrittenRightBefore(tokens, weekday, day)) continue;
                found[k] = new DateMention(weekday.TokenStart, day.TokenEnd, day.Packed, day.Past, day.Ahead, day.Upcoming);
                found.RemoveAt(k + 1);
            }
            return found;
        }

        /// <summary>"on Wednesday 8 May", "on Wednesday, 8 May": a weekday (and a comma) before a day written before its month.</summary>
        private static bool WeekdayBefore(List<Token> tokens, int i) =>
            i >= 0 && (IsWeekdayName(tokens[i]) || i >= 1 && tokens[i].IsPunct(',') && IsWeekdayName(tokens[i - 1]));

        private static bool IsWeekdayName(Token w) => w.IsCapitalized && w.Length >= ShortestWeekday && !w.NamesNoDay && DatelineReader.IsWeekday(w.Text);

        // Whether the day's mention starts right after the weekday's, or after a comma right after it.
        private static bool WrittenRightBefore(List<Token> tokens, DateMention weekday, DateMention day) =>
            day.TokenStart == weekday.TokenEnd || day.TokenStart == weekday.TokenEnd + 1 && tokens[weekday.TokenEnd].IsPunct(',');
    }
}
