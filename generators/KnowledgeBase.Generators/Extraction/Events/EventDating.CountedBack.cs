using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>The day a "came two days after" sentence counts back from when its paragraph gives none.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// "Mira Holt spoke in Velden yesterday. ... [new paragraph] The speech came about one week after an attack on a depot.":
        /// a sentence whose subject "came" (or "comes") a counted span after an act tells of an occasion the article dated, so
        /// the act is counted back from <paramref name="lastDay"/>, the last full date the article named, when that day is
        /// recent (within 60 days before the dateline); 0 when the sentence is no such one.
        /// </summary>
        internal static int CountedBackAnchor(List<Token> tokens, int lastDay, int published)
        {
            if (!DateResolver.IsWithinDaysBefore(lastDay, published, 60)) return 0;
            for (var i = 2; i < tokens.Count; i++)
            {
                if (!tokens[i].Is("after")) continue;
                var few = DateResolver.IsFewDays(tokens, i);
                if (!few && !DateResolver.IsCountedSpan(tokens, i)) continue;
                var k = (few && i >= 3 && tokens[i - 3].Is("a") ? i - 3 : i - 2) - 1;
                // "came approximately one week after", "comes less than two weeks after": a hedge before the span.
                while (k > 0 && (EventLexicon.IsSpanHedge(tokens[k].Text) || tokens[k].Is("than") && (tokens[k - 1].Is("less") || tokens[k - 1].Is("more")))) k -= tokens[k].Is("than") ? 2 : 1;
                if (k >= 1 && (tokens[k].Is("came") || tokens[k].Is("comes"))) return lastDay;
            }
            return 0;
        }

        /// <summary>
        /// "posted a message on Friday announcing he had resigned": an "-ing" verb right after "on" and its day opens a participle
        /// clause, and the day frames the sentences after as any other does; "the May 3 bombing" names a thing.
        /// </summary>
        private static bool ParticipleAfterDay(SentenceInfo s, DateMention d)
        {
            var end = d.TokenEnd;
            return d.TokenStart > 0 && s.Tokens[d.TokenStart - 1].Is("on") && end < s.Tokens.Count && s.Tokens[end].Lower.EndsWith("ing", System.StringComparison.Ordinal) && s.Analysis.TagAt(end) == Tag.Verb;
        }
    }
}
