using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Acts told as coming after the day the story gave, with no day of their own: dated by that day's month.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// The adverbs that set an act some time after the day told before it without saying which day ("A court later freed
        /// him"): the act keeps only that day's month. Each row has an invented pair of sentences, the act's kind and its
        /// date (the examples' dateline is Sunday, July 28, 2019); the rows run as tests.
        /// </summary>
        internal static readonly SequelRow[] Sequels =
        {
            new("later", "Police in Velden arrested Karel Brandt on Monday. The Velden police later released Karel Brandt.", "release", 20190700),
            new("subsequently", "Police in Velden arrested Karel Brandt on Monday. The Velden police subsequently released Karel Brandt.", "release", 20190700),
        };

        // "two days later", "a week later": a counted span dates the act from the day before it; "a later date" is a noun's.
        private static readonly string[] CountedOrNamed = { "a", "the", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes", "moments", "decade", "decades" };

        // "later that day", "later this week", "later in the day", "later on Monday": the words after it give the time.
        private static readonly string[] TimeGivenAfter = { "that", "this", "in", "on", "the", "today", "tonight", "date" };

        /// <summary>
        /// An inferred day of an act a sequel adverb near its trigger (six words before to two after, no comma between) or
        /// opening its sentence ("Later, ...") tells: its month.
        /// </summary>
        internal static void SequelsKeepTheMonth(List<EventDraft> events)
        {
            foreach (var e in events)
                if (e.DateInferred && e.Date % 100 != 0 && e.TriggerToken >= 0 && HasSequelAdverb(e.Sentence.Tokens, e.TriggerToken)) e.Date = e.Date / 100 * 100;
        }

        private static bool HasSequelAdverb(List<Token> tokens, int t)
        {
            // "Later, the Velden police released him": an adverb opening the sentence before its comma sets the whole sentence.
            if (t > 2 && tokens[1].IsPunct(',') && IsSequelAdverb(tokens, 0)) return true;
            for (var i = t - 1; i >= 0 && i >= t - 6 && !tokens[i].IsPunct(','); i--)
                if (IsSequelAdverb(tokens, i)) return true;
            for (var i = t + 1; i < tokens.Count && i <= t + 2 && !tokens[i].IsPunct(','); i++)
                if (IsSequelAdverb(tokens, i)) return true;
            return false;
        }

        private static bool IsSequelAdverb(List<Token> tokens, int i)
        {
            if (!tokens[i].IsWord || !IsSequelWord(tokens[i])) return false;
            if (i > 0 && (tokens[i - 1].Kind == TokenKind.Number || TriggerFinder.IsAny(tokens[i - 1], CountedOrNamed))) return false;
            return i + 1 >= tokens.Count || !TriggerFinder.IsAny(tokens[i + 1], TimeGivenAfter);
        }

        private static bool IsSequelWord(Token w)
        {
            foreach (var row in Sequels)
                if (w.Is(row.Word)) return true;
            return false;
        }
    }

    /// <summary>One adverb of <see cref="EventDating.Sequels"/>, with its example.</summary>
    internal sealed class SequelRow
    {
        public SequelRow(string word, string example, string kind, int date) => (Word, Example, Kind, Date) = (word, example, kind, date);

        /// <summary>The adverb ("later").</summary>
        public string Word { get; }

        /// <summary>An invented pair of sentences, the second telling an act with the adverb.</summary>
        public string Example { get; }

        /// <summary>The kind of the act the example's second sentence tells.</summary>
        public string Kind { get; }

        /// <summary>The date the act takes: the month of the first sentence's day.</summary>
        public int Date { get; }
    }
}
