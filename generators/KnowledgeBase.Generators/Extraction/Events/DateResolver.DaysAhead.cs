using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Spans counted ahead of the dateline: "within ten days", "in the next two weeks".</summary>
    internal static partial class DateResolver
    {
        /// <summary>A span counted ahead ("within ten days", only a plan can take it) or a calendar span ("next month").</summary>
        private static (int Start, int Packed, bool Upcoming) SpanFromDateline(List<Token> tokens, int i, int published, ref bool? future) =>
            (tokens[i].Is("days") || tokens[i].Is("weeks")) && CountedAhead(tokens, i, published) is var (start, packed) && packed != 0 ? (start, packed, true) : CalendarSpan(tokens, i, published, ref future);

        /// <summary>
        /// "is to send the bill within ten days", "will vote in the next two weeks": the days after the dateline up to the count,
        /// dated to their month when they lie in one, else to their year (no day is invented); (start token, packed date), or
        /// (0, 0) when "days" or "weeks" at <paramref name="i"/> ends no such span or the span runs from another time ("within
        /// two weeks of the vote", "in ten days of fighting" names no span ahead).
        /// </summary>
        private static (int Start, int Packed) CountedAhead(List<Token> tokens, int i, int published)
        {
            if (i < 2 || published % 100 == 0 || i + 1 < tokens.Count && (tokens[i + 1].Is("of") || tokens[i + 1].Is("after") || tokens[i + 1].Is("before") || tokens[i + 1].Is("from"))) return (0, 0);
            var n = Amount(tokens[i - 1]);
            if (n < 2) return (0, 0);
            var start = i - 1;
            if (start >= 3 && (tokens[start - 1].Is("next") || tokens[start - 1].Is("coming")) && tokens[start - 2].Is("the") && (tokens[start - 3].Is("in") || tokens[start - 3].Is("within") || tokens[start - 3].Is("over"))) start -= 3;
            else if (tokens[start - 1].Is("within")) start--;
            else return (0, 0);
            var days = tokens[i].Is("weeks") ? 7 * n : n;
            return (start, OneMonthOrYear(DaysBefore(published, -1), DaysBefore(published, -days)));
        }
    }
}
