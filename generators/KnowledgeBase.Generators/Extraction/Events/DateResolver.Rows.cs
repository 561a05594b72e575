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
