using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;

namespace KnowledgeBase.Generators.Extraction
{
    // Questions about a cue's verb group, clause and content answered from its words where they settle them, so that a sentence
    // is analysed only when some answer needs it: the analysis is most of what a sentence costs, and most sentences with a cue
    // need none. Each test is a necessary condition of the analysis's answer; where it fails, the analysis would say no.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// <see cref="SentenceAnalysis.IsPassiveAt"/>, without the sentence's analysis when the words rule the passive out. The
        /// analysis makes a verb passive only as the head (or the modality cue) of a verb group with a form of "be" before it
        /// in the group, or with "by" right after the group (the verb and a particle).
        /// </summary>
        private static bool IsPassiveCue(SentenceInfo s, int cue)
        {
            var tokens = s.Tokens;
            if (!(cue + 1 < tokens.Count && tokens[cue + 1].Is("by") || cue + 2 < tokens.Count && tokens[cue + 2].Is("by")) && !HasBeBefore(tokens, cue)) return false;
            return s.Analysis.IsPassiveAt(cue);
        }

        /// <summary>
        /// Whether a form of "be" stands among the words before <paramref name="cue"/> that its verb group may hold: a verb group
        /// runs over words only, and a lower-case closed-class word that only determines, refers, joins or governs is in none.
        /// </summary>
        private static bool HasBeBefore(List<Token> tokens, int cue)
        {
            for (var k = GroupReachAt(tokens, cue); k < cue; k++)
                if (ClosedWordAt(tokens, k) is { Lemma: "be" }) return true;
            return false;
        }

        /// <summary>The first token the verb group of the word at <paramref name="cue"/> may start at (see <see cref="HasBeBefore"/>).</summary>
        private static int GroupReachAt(List<Token> tokens, int cue)
        {
            var k = cue;
            while (k > 0 && tokens[k - 1].IsWord && !EndsVerbGroups(tokens[k - 1], ClosedWordAt(tokens, k - 1))) k--;
            return k;
        }

        private static bool EndsVerbGroups(in Token token, ClosedWord? closed) =>
            closed is { Ambiguity: AmbiguousWord.None, Tag: Tag.Determiner or Tag.Pronoun or Tag.Preposition or Tag.Conjunction } && !token.IsCapitalized;

        private static ClosedWord? ClosedWordAt(List<Token> tokens, int k) => (tokens[k].Form?.Entry ?? WordEntry.Of(tokens[k].Text)).Closed;

        /// <summary>
        /// <see cref="SentenceAnalysis.VerbGroupStartAt"/> for the question of <see cref="BeforeRelativeClause"/>: whether a
        /// comma stands right before the cue's verb group. The group starts after the last non-word before the cue, so
        /// when that is no comma, neither is the token before the group.
        /// </summary>
        private static bool MayFollowComma(List<Token> tokens, int cue)
        {
            var k = cue;
            while (k > 0 && tokens[k - 1].IsWord) k--;
            return k > 0 && tokens[k - 1].IsPunct(',');
        }

        /// <summary>
        /// Where what a cue reports ends: at the end of its clause (<see cref="ContentEnd"/>), at a comma when the cue's clause is
        /// subordinate (<see cref="SubordinateClause"/>), and for an object ("announced his resignation shortly before midnight")
        /// where its time adjunct begins, unless the content opens a finite clause. The analysis is asked only when its answer
        /// changes the end: whether the clause is subordinate when the content holds a comma, whether a finite clause opens
        /// when an adjunct would end the object.
        /// </summary>
        private static int ReportedContentEnd(SentenceInfo s, int cue, int contentStart, List<(int Open, int Close)> quoted)
        {
            var tokens = s.Tokens;
            var end = ContentEnd(tokens, contentStart);
            if (HasCommaIn(tokens, contentStart, end) && SubordinateClause(s, cue, quoted)) end = ContentEnd(tokens, contentStart, endsAtComma: true);
            if (contentStart > 0 && !tokens[contentStart - 1].Is("that") && ObjectEnd(tokens, contentStart, end) is var objectEnd && objectEnd != end
                && !s.Analysis.OpensFiniteClauseAt(contentStart)) end = objectEnd;
            return end;
        }

        /// <summary>
        /// Whether a word before <paramref name="cue"/> may introduce a subordinate or relative clause: the analysis makes a clause
        /// either only from an introducer before its verb group, a relative or subordinating word ("who", "while", "that") or a
        /// preposition that takes a clause ("after", "as"), all of closed classes.
        /// </summary>
        private static bool HasClauseIntroducerBefore(List<Token> tokens, int cue)
        {
            for (var k = 0; k < cue; k++)
                if (tokens[k].IsWord && ClosedWordAt(tokens, k) is { } closed
                    && (closed.Tag is Tag.WhWord or Tag.Subordinator || closed.Ambiguity == AmbiguousWord.That
                        || closed.Tag == Tag.Preposition && closed.Lemma is "after" or "before" or "since" or "until" or "till" or "as")) return true;
            return false;
        }

        /// <summary>
        /// Whether "by" follows the cue, right after it or past its adjuncts: without it <see cref="PassiveWithAgent"/> (and
        /// <see cref="AnnouncedBy"/>) find no agent and report nothing.
        /// </summary>
        private static bool AgentMayFollow(List<Token> tokens, int cue)
        {
            var by = SkipAdjuncts(tokens, cue + 1);
            return by < tokens.Count && tokens[by].Is("by") || cue + 1 < tokens.Count && tokens[cue + 1].Is("by");
        }

        private static bool HasCommaIn(List<Token> tokens, int start, int end)
        {
            for (var i = start; i < end; i++)
                if (tokens[i].IsPunct(',')) return true;
            return false;
        }

        /// <summary>Whether ", which", ", who" or ", whose" stands before <paramref name="cue"/>: what <see cref="BeforeRelativeClause"/> looks for.</summary>
        private static bool HasRelativeCommaBefore(List<Token> tokens, int cue)
        {
            for (var k = 1; k + 1 < cue; k++)
                if (tokens[k].IsPunct(',') && (tokens[k + 1].Is("which") || tokens[k + 1].Is("who") || tokens[k + 1].Is("whose"))) return true;
            return false;
        }
    }
}
