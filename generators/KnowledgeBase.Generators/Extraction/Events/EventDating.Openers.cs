using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>A date that opens its sentence and so frames it: "On Friday, ...", "Late on Friday, ...", "Also on Friday, ...".</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// Words that may stand before a date that still opens its sentence ("Late on Saturday, Norland announced ..."), each
        /// with an invented example whose statement takes that date (the examples' dateline is Sunday, July 28, 2019); the rows
        /// run as tests. A preposition alone ("On Friday,") always opens it.
        /// </summary>
        internal static readonly OpeningWordRow[] OpeningWords =
        {
            new("late", "Late on Saturday, Norland announced a withdrawal from the border after Freedonia began an offensive on Wednesday."),
            new("early", "Early on Saturday, Norland announced a withdrawal from the border after Freedonia began an offensive on Wednesday."),
            new("also", "Also on Saturday, Norland announced a withdrawal from the border after Freedonia began an offensive on Wednesday."),
            new("then", "Then on Saturday, Norland announced a withdrawal from the border after Freedonia began an offensive on Wednesday."),
            new("again", "Again on Saturday, Norland announced a withdrawal from the border after Freedonia began an offensive on Wednesday."),
            new("and", "And on Saturday, Norland announced a withdrawal from the border after Freedonia began an offensive on Wednesday."),
            new("but", "But on Saturday, Norland announced a withdrawal from the border after Freedonia began an offensive on Wednesday."),
            new("later", "Later on Saturday, Norland announced a withdrawal from the border after Freedonia began an offensive on Wednesday."),
        };

        /// <summary>
        /// Whether the date opens its sentence: it starts it, follows one word ("On Friday", "Yesterday"), or follows only
        /// <see cref="OpeningWords"/> and a preposition ("Late on Friday", "Also on Friday").
        /// </summary>
        internal static bool OpensSentence(List<Token> tokens, DateMention d)
        {
            if (d.TokenStart <= 1) return true;
            if (d.TokenStart > 3 || !(tokens[d.TokenStart - 1].Is("on") || tokens[d.TokenStart - 1].Is("in"))) return false;
            for (var i = 0; i < d.TokenStart - 1; i++)
                if (!IsOpeningWord(tokens[i])) return false;
            return true;
        }

        private static bool IsOpeningWord(Token w)
        {
            foreach (var row in OpeningWords)
                if (w.Is(row.Word)) return true;
            return false;
        }
    }

    /// <summary>One word of <see cref="EventDating.OpeningWords"/>.</summary>
    internal sealed class OpeningWordRow
    {
        public OpeningWordRow(string word, string example) => (Word, Example) = (word, example);

        /// <summary>The word, matched in any case.</summary>
        public string Word { get; }

        /// <summary>An invented sentence whose statement takes the day after the word (Saturday, July 27, 2019); run as a test.</summary>
        public string Example { get; }
    }
}
