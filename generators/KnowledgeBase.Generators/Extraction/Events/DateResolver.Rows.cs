using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class DateResolver
    {
        /// <summary>
        /// A day told from the last day named: the words around "day" (or "morning", "evening", "night", the "_"; a closing "." when no word may
        /// follow but "and"), the days it lies after that day, and an example sentence pair that runs as a test.
        /// </summary>
        internal static readonly RelativeDayRow[] RelativeDays =
        {
            new("the following _", 1, "Tomas Vell was arrested on Wednesday. He was released the following day."),
            new("the next _", 1, "Tomas Vell was arrested on Wednesday. He was released the next day."),
            new("a _ later", 1, "Tomas Vell was arrested on Wednesday. He was released a day later."),
            new("a _ after", 1, "Tomas Vell was arrested on Wednesday. A day after, he was released."),
            new("the previous _", -1, "Tomas Vell was released on Wednesday. He had been arrested in Velden the previous day."),
            new("a _ earlier", -1, "Tomas Vell was released on Wednesday. Police arrested him in Velden a day earlier."),
            new("the _ before .", -1, "Tomas Vell was released on Wednesday. Police arrested him in Velden the day before."),
            new("the same _", 0, "Tomas Vell was arrested on Wednesday.\n\nMira Holt criticized the arrest the same day."),
            new("that same _", 0, "Tomas Vell was arrested on Wednesday.\n\nThat same evening, Mira Holt criticized the arrest."),
            new("earlier in the _", 0, "Tomas Vell was arrested on Wednesday.\n\nEarlier in the day, Mira Holt had criticized Tomas Vell."),
            new("later in the _", 0, "Tomas Vell was arrested on Wednesday.\n\nLater in the day, Mira Holt criticized the arrest."),
            new("that _", 0, "Tomas Vell was arrested on Wednesday.\n\nEarlier that day, Mira Holt had criticized Tomas Vell."),
        };

        /// <summary>
        /// "Rescuers reached the climbers on Monday morning, local time" in an article of Sunday: a weekday told in the clock of a
        /// place ahead of the dateline's is the day after the dateline there, not the same weekday six days back. The words that
        /// say so (within <see cref="LocalDayReach"/> tokens of the weekday) and an example whose date, against the examples'
        /// dateline (Sunday, July 28, 2019), runs as a test.
        /// </summary>
        internal static readonly LocalDayRow[] LocalDays =
        {
            new(new[] { "local", "time" }, "Rescuers reached the stranded hikers near Velden on Monday morning, local time.", 20190729),
        };

        private const int LocalDayReach = 5;

        /// <summary>
        /// "At 5:10 by the town clocks on Wednesday (2210 Tuesday, UTC), an earthquake shook Ostrel": a bracket after a date that tells the time
        /// again in a world clock gives the same moment in another zone, on another day as often as not; the day told before it is
        /// the story's. The clock's word and an invented example whose act is dated, against the examples' dateline (Sunday,
        /// July 28, 2019), by the day outside the bracket; the rows run as tests.
        /// </summary>
        internal static readonly OtherClockRow[] OtherClocks =
        {
            new("UTC", "At 5:10 by the town clocks on Wednesday (2210 Tuesday, UTC), an earthquake shook Ostrel and damaged a bridge.", 20190724),
            new("GMT", "Shortly after 1:30 on Friday, local time (1730 Thursday GMT), a fire broke out in a Kessa depot.", 20190726),
        };

        /// <summary>The dates of <paramref name="found"/> but those in a world clock's bracket after another date (<see cref="OtherClocks"/>).</summary>
        private static List<DateMention> WithoutOtherClockDays(List<Token> tokens, List<DateMention> found)
        {
            if (found.Count < 2) return found;
            var firstEnd = found[0].TokenEnd;
            // An index loop, not RemoveAll with a lambda: this runs for every sentence with two dates, and the lambda's capture allocated each time.
            for (var k = found.Count - 1; k >= 1; k--)
                if (InOtherClockBracket(tokens, found[k].TokenStart, firstEnd)) found.RemoveAt(k);
            return found;
        }

        // Whether token `i` stands in brackets opened at or after `after` that name a world clock.
        private static bool InOtherClockBracket(List<Token> tokens, int i, int after)
        {
            var open = i - 1;
            while (open >= after && !tokens[open].IsPunct('(') && !tokens[open].IsPunct(')')) open--;
            if (open < after || !tokens[open].IsPunct('(')) return false;
            for (var k = open + 1; k < tokens.Count && !tokens[k].IsPunct(')'); k++)
                foreach (var row in OtherClocks)
                    if (tokens[k].Is(row.Word)) return true;
            return false;
        }

        /// <summary>Whether a <see cref="LocalDays"/> phrase stands within a few tokens of the weekday at <paramref name="i"/>, in the same sentence.</summary>
        internal static bool ToldInLocalDay(List<Token> tokens, int i) => LocalClockBetween(tokens, System.Math.Max(0, i - LocalDayReach), i + LocalDayReach);

        /// <summary>The day after the dateline <paramref name="published"/>.</summary>
        internal static int DayAfterDateline(int published) => DaysBefore(published, -1);

        /// <summary>Whether the sentence tells its time in a local clock (<see cref="LocalDays"/>) anywhere.</summary>
        internal static bool ToldInLocalTime(List<Token> tokens) => LocalClockBetween(tokens, 0, tokens.Count);

        // Whether a LocalDays phrase starts at a token from `first` to `last`.
        private static bool LocalClockBetween(List<Token> tokens, int first, int last)
        {
            foreach (var row in LocalDays)
                for (var k = first; k <= last && k + row.Words.Length <= tokens.Count; k++)
                    if (row.StartsAt(tokens, k)) return true;
            return false;
        }
    }

    /// <summary>One phrase of a local clock ("local time"): see <see cref="DateResolver.LocalDays"/>.</summary>
    internal sealed class LocalDayRow
    {
        public LocalDayRow(string[] words, string example, int date) => (Words, Example, Date) = (words, example, date);

        /// <summary>The phrase's words, in order.</summary>
        public string[] Words { get; }

        /// <summary>An invented sentence with a weekday and the phrase.</summary>
        public string Example { get; }

        /// <summary>The example's weekday read against the examples' dateline: the day after it.</summary>
        public int Date { get; }

        /// <summary>Whether the phrase's words start at token <paramref name="k"/>.</summary>
        public bool StartsAt(List<Token> tokens, int k)
        {
            for (var w = 0; w < Words.Length; w++)
                if (!tokens[k + w].Is(Words[w])) return false;
            return true;
        }
    }

    /// <summary>One world clock a bracket may restate a time in ("UTC"): see <see cref="DateResolver.OtherClocks"/>.</summary>
    internal sealed class OtherClockRow
    {
        public OtherClockRow(string word, string example, int date) => (Word, Example, Date) = (word, example, date);

        /// <summary>The clock's name.</summary>
        public string Word { get; }

        /// <summary>An invented sentence with a day, then a bracket giving the time in that clock on another day.</summary>
        public string Example { get; }

        /// <summary>The date of the example's act: the day outside the bracket.</summary>
        public int Date { get; }
    }

    /// <summary>One way of telling a day from the last day named ("the previous day"): see <see cref="DateResolver.RelativeDays"/>.</summary>
    internal sealed class RelativeDayRow
    {
        public RelativeDayRow(string pattern, int days, string example)
        {
            var words = new List<string>(pattern.Split(' '));
            EndsPhrase = words[words.Count - 1] == ".";
            if (EndsPhrase) words.RemoveAt(words.Count - 1);
            var day = words.IndexOf("_");
            Before = words.GetRange(0, day).ToArray();
            After = words.GetRange(day + 1, words.Count - day - 1).ToArray();
            (Days, Example) = (days, example);
        }

        /// <summary>Only with no word after it (but "and"): "the day before the vote" is set against something else.</summary>
        public bool EndsPhrase { get; }

        /// <summary>The words right before "day", in order.</summary>
        public string[] Before { get; }

        /// <summary>The words right after "day", in order.</summary>
        public string[] After { get; }

        /// <summary>How many days after the last day named: 1, -1, or 0 for the day itself ("that day", "the same day").</summary>
        public int Days { get; }

        /// <summary>An invented sentence pair the row dates; run as a test.</summary>
        public string Example { get; }

        /// <summary>Whether the words around the "day" at <paramref name="i"/> are the row's.</summary>
        public bool Matches(List<Token> tokens, int i)
        {
            if (i < Before.Length || i + 1 + After.Length > tokens.Count) return false;
            for (var k = 0; k < Before.Length; k++)
                if (!tokens[i - Before.Length + k].Is(Before[k])) return false;
            for (var k = 0; k < After.Length; k++)
                if (!tokens[i + 1 + k].Is(After[k])) return false;
            var next = i + 1 + After.Length;
            return !EndsPhrase || next == tokens.Count || !tokens[next].IsWord || tokens[next].Is("and");
        }
    }
}
