using System.Collections.Generic;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class DateResolver
    {
        // "last November", "this May", "November of last year": a month told from the dateline, whatever the sentence before set.
        private static readonly string[] FromDateline = { "last", "this", "next", "ago", "past", "coming", "year" };

        /// <summary>
        /// "Soldiers seized Ostrel on May 3, 2016. ... Tomas Vell resigned on May 9.": a month (or a day of it) written without
        /// its year, after a sentence of the same paragraph set in an earlier year, goes on in that year when it comes later
        /// in it; read from the dateline it would be a day a writer names with its year or "last", two months or more back.
        /// <paramref name="setting"/> is the date that framed the sentence before (0: none, or another paragraph).
        /// </summary>
        public static List<DateMention> InSettingYear(List<Token> tokens, List<DateMention> dates, int setting, int published)
        {
            int year = setting / 10000, month = setting / 100 % 100, day = setting % 100;
            if (month == 0 || year >= published / 10000) return dates;
            List<DateMention>? moved = null;
            for (var k = 0; k < dates.Count; k++)
            {
                var d = dates[k];
                int y = d.Past / 10000, m = d.Past / 100 % 100, dd = d.Past % 100;
                if (d.Upcoming || d.Weekday || m == 0 || y <= year || d.Packed != d.Past || m < month || m == month && dd != 0 && dd < day) continue;
                if (MonthsBetween(d.Past, published) < 2 || !YearlessMonth(tokens, d)) continue;
                var packed = DatelineReader.Valid(year, m, dd);
                if (packed == 0) continue;
                moved ??= new List<DateMention>(dates);
                moved[k] = new DateMention(d.TokenStart, d.TokenEnd, packed);
            }
            return moved ?? dates;
        }

        private static int MonthsBetween(int earlier, int later) => later / 10000 * 12 + later / 100 % 100 - (earlier / 10000 * 12 + earlier / 100 % 100);

        /// <summary>A mention that names a month and neither a year nor a word that counts from the dateline.</summary>
        private static bool YearlessMonth(List<Token> tokens, DateMention d)
        {
            var month = false;
            for (var i = d.TokenStart; i < d.TokenEnd; i++)
            {
                var w = tokens[i];
                if (w.Kind == TokenKind.Number && w.Length == 4) return false;
                foreach (var word in FromDateline) if (w.Is(word)) return false;
                month |= w.IsCapitalized && DatelineReader.TryMonth(w.Text, out _) && IsMonthName(w.Text);
            }
            return month;
        }
    }
}
