using System;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Verdicts on a thing already told: "The council rejected the proposal", "Holt criticized the toll plan on Facebook".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "The council rejected the proposal.", "Mira Holt criticized the toll plan on Facebook.", "the union dismissed the
        /// claims outright": a verdict cue of <see cref="JudgingCues"/> whose whole content is a definite noun phrase (an article,
        /// a demonstrative, a possessive) headed by a judged noun (<see cref="CommonWords.IsJudgedNoun"/>), at most a short adjunct after it, only
        /// names what was judged, which the article tells elsewhere; no words are reported (the gold leaves such objects out).
        /// Content after the noun keeps the quote: "criticized the council for raising the toll", "condemned the ban as unlawful",
        /// "rejected the claim that ...", "the decision of the court", a comma and a clause. The judge is kept for a quotation
        /// standing alone in the next sentence ("... criticized the plan on Facebook. "..."": the judge's words).
        /// </summary>
        private bool JudgesANamedAct(SentenceInfo s, string lemma, Speaker judge, int start, int end)
        {
            var tokens = s.Tokens;
            if (end - start < 2 || !IsJudgingCue(lemma) || !OpensDefinitePhrase(tokens, start)) return false;
            for (var i = start + 1; i < end && i <= start + 4; i++)
            {
                if (!(tokens[i].IsWord || tokens[i].Kind == TokenKind.Possessive)) return false;
                if (!CommonWords.IsJudgedNoun(tokens[i].Lower) || !(i + 1 == end || OnlyAnAdjunctAfter(s, i + 1, end))) continue;
                _judge = (judge, s);
                return true;
            }
            return false;
        }

        private static bool IsJudgingCue(string lemma)
        {
            foreach (var row in JudgingCues)
                if (row.Lemma == lemma) return true;
            return false;
        }

        // The speaker of the last verdict on a named act, and its sentence.
        private (Speaker Speaker, SentenceInfo? Sentence) _judge;

        /// <summary>
        /// The speaker of the last quote when it stands in the sentence right before <paramref name="first"/> (the same block),
        /// else of a verdict on a named act there (<see cref="JudgesANamedAct"/>); none otherwise.
        /// </summary>
        private Speaker SpeakerOfSentenceBefore(SentenceInfo first)
        {
            if (_quotes.Count > 0 && _quotes[_quotes.Count - 1] is { Speaker.IsFound: true } previous && OpensRightAfter(previous.Sentence, first)) return previous.Speaker;
            return _judge.Sentence is { } judged && OpensRightAfter(judged, first) ? _judge.Speaker : default;
        }

        private static bool OpensRightAfter(SentenceInfo before, SentenceInfo first) => before.Index == first.Index - 1 && before.BlockIndex == first.BlockIndex;

        /// <summary>"the", "this", "their", or a name of up to three capitalized words with its possessive ("Holt's", "Mira Holt's").</summary>
        private static bool OpensDefinitePhrase(System.Collections.Generic.List<Token> tokens, int start)
        {
            if (Array.IndexOf(DefiniteOpeners, tokens[start].Lower) >= 0) return true;
            for (var i = start; i < tokens.Count && i < start + 3 && tokens[i].IsWord && tokens[i].IsCapitalized; i++)
                if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Possessive) return true;
            return false;
        }

        private static readonly string[] DefiniteOpeners = { "the", "this", "that", "these", "those", "his", "her", "its", "their", "our" };

        /// <summary>"outright", "via Twitter", "on Monday", "in a statement": an adverb, or a preposition of <see cref="JudgedAdjuncts"/> and up to four words with no verb.</summary>
        private static bool OnlyAnAdjunctAfter(SentenceInfo s, int from, int end)
        {
            var a = s.Analysis;
            if (end == from + 1) return a.TagAt(from) == Analysis.Tag.Adverb;
            if (Array.IndexOf(JudgedAdjuncts, s.Tokens[from].Lower) < 0 || end - from > 5) return false;
            for (var i = from + 1; i < end; i++)
                if (s.Tokens[i].Kind == TokenKind.Punctuation || a.TagAt(i) is Analysis.Tag.Verb or Analysis.Tag.Auxiliary or Analysis.Tag.Modal) return false;
            return true;
        }

        private static readonly string[] JudgedAdjuncts = { "via", "on", "in", "at", "during", "through" };

        /// <summary>
        /// Verdict cues whose definite object names what was judged (<see cref="JudgesANamedAct"/>): the lemma and an invented
        /// sentence that quotes nothing. The rows run as tests. ("accuse" and "blame" are left out: "blamed the fire on X" is a claim.)
        /// </summary>
        internal static readonly CueLemmaRow[] JudgingCues =
        {
            new("reject", "The Velden Council rejected the proposal on Monday."),
            new("dismiss", "The harbour union dismissed the claims outright."),
            new("criticize", "Mayor Jon Varga criticized the toll plan on Facebook."),
            new("criticise", "Senator Ana Ruiz criticised the new toll policy."),
            new("condemn", "The Norvale government condemned the attack."),
            new("denounce", "Opposition leader Greta Lund denounced the arrests in a statement."),
            new("oppose", "The Velden Ferry Union opposed the withdrawal."),
            new("blast", "Karel Brandt blasted his rival's conduct during the debate."),
            new("slam", "Tomas Vell slammed the ruling."),
            new("praise", "Ana Ruiz praised Mira Holt's endorsement on Twitter."),
            new("welcome", "The Ostrel Shipping Company welcomed the verdict."),
            new("commend", "Mayor Karel Brandt commended the crew's response."),
            new("celebrate", "Residents of Velden celebrated the decision."),
            new("tout", "Mayor Ivo Marr touted the deal at the harbour."),
        };
    }
}
