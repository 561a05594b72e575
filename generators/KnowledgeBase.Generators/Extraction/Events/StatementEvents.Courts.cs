using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Words a judge gives in a court's written opinion or ruling.</summary>
    internal static partial class StatementEvents
    {
        /// <summary>
        /// "Writing for the court, Justice Mira Holt declared in the majority opinion, "..."", "Judge Karel Brandt stated in his
        /// ruling that ...": a judge's words in a court's written opinion or ruling are the ruling (the gold's "000" ruling), not
        /// a statement of the judge's. Not "in his opinion" alone (a view, no court's writing).
        /// </summary>
        internal static bool InACourtsWriting(QuoteDraft q)
        {
            var tokens = q.Sentence.Tokens;
            if (tokens.Count > 4 && tokens[0].Is("writing") && tokens[1].Is("for") && tokens[2].Is("the") && TriggerFinder.IsAny(tokens[3], Benches)) return true;
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (!tokens[i].Is("in") || Reports(q, tokens[i])) continue;
                for (var k = i + 1; k < tokens.Count && k <= i + 4 && tokens[k].IsWord && !Reports(q, tokens[k]); k++)
                    if (IsCourtsWriting(tokens, k)) return true;
            }
            return false;
        }

        // "ruling", "verdict", "the majority opinion", "a dissenting opinion": "opinion" only with a word that makes it a court's.
        private static bool IsCourtsWriting(List<Token> tokens, int k) =>
            TriggerFinder.IsAny(tokens[k], CourtWritings) || tokens[k].Is("opinion") && TriggerFinder.IsAny(tokens[k - 1], OpinionsOfACourt);

        // The lists are event-words.tsv's (court-bench, court-writing, court-opinion).
        private static readonly HashSet<string> Benches = WordListLexicon.EventWords.Lists.Words("court-bench");

        private static readonly HashSet<string> CourtWritings = WordListLexicon.EventWords.Lists.Words("court-writing");

        private static readonly HashSet<string> OpinionsOfACourt = WordListLexicon.EventWords.Lists.Words("court-opinion");
    }
}
