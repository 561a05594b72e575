using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Questions about a cue's verb group, clause and content answered from its words where they settle them, so that a sentence
    // is analysed only when some answer needs it: the analysis is most of what a sentence costs, and most sentences with a cue
    // need none. Each test is a necessary condition of the analysis's answer; where it fails, the analysis would say no.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// <see cref="SentenceAnalysis.IsPassiveAt"/>, without the sentence's analysis when the words rule the passive out
        /// (<see cref="WordBounds.MayBePassiveAt"/>).
        /// </summary>
        private static bool IsPassiveCue(SentenceInfo s, int cue) => WordBounds.MayBePassiveAt(s.Tokens, cue) && s.Analysis.IsPassiveAt(cue);

        /// <summary>
        /// <see cref="SentenceAnalysis.OpensFiniteClauseAt"/>, without the sentence's analysis when the words rule the clause out
        /// (<see cref="WordBounds.MayOpenFiniteClauseAt"/>).
        /// </summary>
        private static bool OpensFiniteClauseAt(SentenceInfo s, int start) => WordBounds.MayOpenFiniteClauseAt(s.Tokens, start) && s.Analysis.OpensFiniteClauseAt(start);

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
                && !OpensReportedClauseAt(s, contentStart)) end = objectEnd;
            if (NextReportingClause(tokens, contentStart, end) is var next && next > 0) end = next; // "... and the ministry claimed ...": its own quote
            if (RelativeCuePronoun(tokens, cue) is var pronoun && pronoun > 0 && RelativeClosedBeforeVerb(tokens, pronoun) is var closed && closed > contentStart && closed < end) end = closed;
            // "promised boats and Velland is building piers": an object with no verb of its own ends before a named subject's clause.
            if (contentStart > 0 && !tokens[contentStart - 1].Is("that") && AndNamedClause(tokens, contentStart, end) is var and && and > 0 && !HasAuxiliaryIn(tokens, contentStart, and)) end = and;
            // "expressed sadness and extended condolences": an object with no verb of its own ends before its subject's next act.
            if (contentStart > 0 && !tokens[contentStart - 1].Is("that") && BeforeNextPredicate(s, contentStart, end) is var act && act > contentStart) end = act;
            return end;
        }

        /// <summary>
        /// "Mira Holt said the figures were wrong and the ministry claimed it had not seen them": the "and", "but" or "while" in
        /// (start, end) before a subject of its own (a name, a determiner's noun phrase or a pronoun, up to five words) and a cue of
        /// speech in the past or present tense ends the first content; the second clause reports the other speaker. -1 if none.
        /// </summary>
        private static int NextReportingClause(List<Token> tokens, int start, int end)
        {
            for (var i = start + 2; i + 2 < end; i++)
            {
                if (!(tokens[i].Is("and") || tokens[i].Is("but") || tokens[i].Is("while")) || !OpensSubject(tokens[i + 1])) continue;
                for (var j = i + 2; j < end && j <= i + 6 && tokens[j].IsWord; j++)
                {
                    if (Events.TriggerFinder.IsAny(tokens[j], Auxiliaries)) break;
                    if (tokens[j - 1].Is("the") || tokens[j - 1].Is("his") || tokens[j - 1].Is("her") || tokens[j - 1].Is("its") || tokens[j - 1].Is("their") || tokens[j].IsCapitalized || !IsFiniteSpeech(tokens[j])) continue; // "and the claims of ...": a noun
                    return tokens[i - 1].IsPunct(',') ? i - 1 : i;
                }
            }
            return -1;
        }

        /// <summary>"the bridge, which engineers said was unsafe, ...": the relative pronoun after a comma up to three words before the cue at <paramref name="cue"/>, or -1.</summary>
        private static int RelativeCuePronoun(List<Token> tokens, int cue)
        {
            for (var p = cue - 1; p >= 1 && p >= cue - 3; p--)
                if ((tokens[p].Is("which") || tokens[p].Is("who")) && tokens[p - 1].IsPunct(',')) return p;
            return -1;
        }

        // "claimed", "says", "told": a finite form of a cue of speech (no participle, no base form after "to").
        private static bool IsFiniteSpeech(Token t) =>
            CueVerbs.Lemma(t) is { } lemma && IsSpeechLemma(lemma) && !CueVerbs.IsParticiple(t.Text) && (t.Text.EndsWith("s", StringComparison.Ordinal) || t.Text.EndsWith("d", StringComparison.Ordinal));

        private static bool OpensSubject(Token t) =>
            t.IsCapitalized || t.Is("the") || t.Is("his") || t.Is("her") || t.Is("its") || t.Is("their") || t.Is("he") || t.Is("she") || t.Is("they") || t.Is("several") || t.Is("others");

        /// <summary>
        /// Whether "by" follows the cue, right after it or past its adjuncts: without it <see cref="PassiveWithAgent"/> (and
        /// <see cref="AnnouncedBy"/>) find no agent and report nothing.
        /// </summary>
        private static bool AgentMayFollow(List<Token> tokens, int cue)
        {
            var by = SkipAdjuncts(tokens, cue + 1);
            return by < tokens.Count && tokens[by].Is("by") || cue + 1 < tokens.Count && tokens[cue + 1].Is("by");
        }

        private static bool HasWordFrom(List<Token> tokens, int start, string word)
        {
            for (var i = start; i < tokens.Count; i++)
                if (tokens[i].Is(word)) return true;
            return false;
        }

        /// <summary>An auxiliary or a modal in [start, end): words with a finite verb of their own (read without the analysis, which takes "funds" for a verb).</summary>
        private static bool HasAuxiliaryIn(List<Token> tokens, int start, int end)
        {
            for (var i = start; i < end; i++)
                if (tokens[i].IsPunct(',') || Events.TriggerFinder.IsAny(tokens[i], Auxiliaries)) return true;
            return false;
        }

        private static readonly string[] Auxiliaries = { "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did" };

        private static bool HasCommaIn(List<Token> tokens, int start, int end)
        {
            for (var i = start; i < end; i++)
                if (tokens[i].IsPunct(',')) return true;
            return false;
        }

        /// <summary>
        /// "Ostrel Shipping, in its weekly newsletter, reported ...", "An official, speaking on condition of anonymity, said ...":
        /// the comma opening a phrase of a preposition (in, on, via, through) or of a participle of speaking
        /// (<see cref="SpeakingAsideOpeners"/>) set off by commas right before the cue; the subject stands before it, the phrase
        /// holds none. -1 if none.
        /// </summary>
        private static int PrepositionalAsideBefore(List<Token> tokens, int cue)
        {
            if (cue < 4 || !tokens[cue - 1].IsPunct(',')) return -1;
            for (var k = cue - 2; k > 0 && k >= cue - 16; k--)
            {
                if (tokens[k].IsWord || tokens[k].Kind is TokenKind.Number or TokenKind.Possessive) continue;
                if (!tokens[k].IsPunct(',') || !tokens[k - 1].IsWord) return -1;
                var first = tokens[k + 1];
                if (Events.TriggerFinder.IsAny(first, SpeakingAsideOpeners)) return k < cue - 2 ? k : -1;
                return k < cue - 3 && k >= cue - 12 && (first.Is("in") || first.Is("on") || first.Is("via") || first.Is("through")) ? k : -1;
            }
            return -1;
        }

        /// <summary>
        /// Participles that open an aside on how or where the subject spoke: "speaking on condition of anonymity", "speaking at
        /// a rally in Velden", "writing in the Velden Post", "responding to questions". The aside may run to fifteen words.
        /// </summary>
        private static readonly string[] SpeakingAsideOpeners =
        {
            "speaking", "talking", "writing", "commenting", "responding", "replying", "addressing", "testifying", "appearing", "briefing",
        };

        /// <summary>Whether ", which", ", who" or ", whose" stands before <paramref name="cue"/>: what <see cref="BeforeRelativeClause"/> looks for.</summary>
        private static bool HasRelativeCommaBefore(List<Token> tokens, int cue)
        {
            for (var k = 1; k + 1 < cue; k++)
                if (tokens[k].IsPunct(',') && (tokens[k + 1].Is("which") || tokens[k + 1].Is("who") || tokens[k + 1].Is("whom") || tokens[k + 1].Is("whose"))) return true;
            return false;
        }
    }
}
