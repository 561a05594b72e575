using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Acts told as done in the night before the report, with no day named for them anywhere in the article.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// The phrases that set an act in the night the report was written after ("Rebels attacked the base overnight"): an
        /// occurred act in such a clause that nothing else in the article dated (its own clause, the sentence before, a back
        /// reference, the lead's day) took place in the night that ended on the dateline's day, and takes that day, marked
        /// inferred. Each row has an invented sentence, the act's kind and its date (the examples' dateline is Sunday, July 28,
        /// 2019); the rows run as tests.
        /// </summary>
        internal static readonly NightRow[] NightPhrases =
        {
            new("overnight", "Rebels attacked the army base in Marlow overnight.", "attack", 20190728),
            new("during the night", "Rebels attacked the army base in Marlow during the night.", "attack", 20190728),
        };

        /// <summary>The undated occurred acts a phrase of <see cref="NightPhrases"/> in their clause sets in the night before the report.</summary>
        internal static void DateOvernight(List<EventDraft> events, int published)
        {
            if (published % 100 == 0) return;
            foreach (var e in events)
            {
                if (e.Date != 0 || e.KeepsNoDate || e.Status != DataLayout.StatusOccurred || e.TriggerToken < 0 || !InTheNight(e.Sentence, e.TriggerToken)) continue;
                e.Date = published;
                e.DateInferred = true;
            }
        }

        // A night phrase in the trigger's clause, or opening the sentence ("Overnight, rebels attacked"), told as the time of an
        // act: not one before a noun ("an overnight curfew", "the overnight shift").
        private static bool InTheNight(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var clause = s.Analysis.ClauseAround(t);
            foreach (var row in NightPhrases)
                for (var i = 0; i + row.Words.Length <= tokens.Count; i++)
                {
                    if (!row.Matches(tokens, i)) continue;
                    var next = i + row.Words.Length;
                    var beforeNoun = next < tokens.Count && tokens[next].IsWord && char.IsLower(tokens[next].Text[0]) && !CommonWords.IsFunctionWord(tokens[next]);
                    if (!beforeNoun && (i == 0 || s.Analysis.ClauseAround(i) == clause)) return true;
                }
            return false;
        }
    }

    /// <summary>One phrase of <see cref="EventDating.NightPhrases"/>, with its example.</summary>
    internal sealed class NightRow
    {
        public NightRow(string phrase, string example, string kind, int date) => (Words, Example, Kind, Date) = (phrase.Split(' '), example, kind, date);

        /// <summary>The phrase's words, in order.</summary>
        public string[] Words { get; }

        /// <summary>An invented sentence telling an act in the night, with no other date.</summary>
        public string Example { get; }

        /// <summary>The kind of the act the example tells.</summary>
        public string Kind { get; }

        /// <summary>The date the act takes: the dateline's day.</summary>
        public int Date { get; }

        /// <summary>Whether the phrase's words start at token <paramref name="i"/>.</summary>
        public bool Matches(List<Token> tokens, int i)
        {
            for (var k = 0; k < Words.Length; k++)
                if (!tokens[i + k].Is(Words[k])) return false;
            return true;
        }
    }
}
