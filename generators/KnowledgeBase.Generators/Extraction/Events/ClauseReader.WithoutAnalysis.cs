using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    // Questions about the clause around a trigger answered from its words where they settle them, so that a sentence is
    // analysed only when some answer needs it: the analysis is most of what a sentence costs, and most sentences with a
    // trigger need none. Each test is a necessary condition of the analysis's "yes"; where it fails, the analysis would say no.
    internal static partial class ClauseReader
    {
        /// <summary>
        /// Whether the word at <paramref name="k"/> may introduce a clause: the analysis takes as a clause's introducer only a
        /// word it tags as relative or subordinating (from the closed words "who", "while", "that") or a preposition that takes
        /// a clause ("after", "as"), all of closed classes.
        /// </summary>
        private static bool MayIntroduceClause(List<Token> tokens, int k) =>
            k < tokens.Count && tokens[k].IsWord && ClosedWordAt(tokens, k) is { } closed
            && (closed.Tag is Tag.WhWord or Tag.Subordinator || closed.Ambiguity == AmbiguousWord.That
                || closed.Lemma is "after" or "before" or "since" or "until" or "till" or "as");

        /// <summary>
        /// Whether a word up to <paramref name="t"/> may introduce a clause: a relative clause covers a token only from its
        /// introducer on, and the clauses it governs start after it.
        /// </summary>
        private static bool MayIntroduceClauseUpTo(List<Token> tokens, int t)
        {
            for (var k = 0; k <= t && k < tokens.Count; k++)
                if (MayIntroduceClause(tokens, k)) return true;
            return false;
        }

        /// <summary>
        /// Whether the verb at <paramref name="i"/> may be passive: the analysis makes it so only with "by" right after its
        /// verb group (the verb and a particle) or an auxiliary "be" before it in the group, which runs over words only.
        /// </summary>
        private static bool MayBePassive(List<Token> tokens, int i)
        {
            if (i + 1 < tokens.Count && tokens[i + 1].Is("by") || i + 2 < tokens.Count && tokens[i + 2].Is("by")) return true;
            for (var k = i - 1; k >= 0 && tokens[k].IsWord; k--)
                if (ClosedWordAt(tokens, k) is { Lemma: "be" }) return true;
            return false;
        }

        private static ClosedWord? ClosedWordAt(List<Token> tokens, int k) => (tokens[k].Form?.Entry ?? WordEntry.Of(tokens[k].Text)).Closed;
    }
}
