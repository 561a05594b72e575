using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A passive report with no agent: "It was reported on Monday the ferry sank", "Forty were reported to have reached the port".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// A passive cue: with "by" after it the agent speaks (<see cref="PassiveWithAgent"/>), and true; with none, true only when it
        /// is an impersonal report (<see cref="ImpersonalReport"/>). The voice is asked only of a cue with an agent or a report's lemma.
        /// </summary>
        private bool PassiveReport(SentenceInfo s, int c, string lemma, bool agentMayFollow, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            if (agentMayFollow && IsPassiveCue(s, c))
            {
                PassiveWithAgent(s, c, lemma, quoted, speakers);
                return true;
            }
            return !agentMayFollow && lemma is "report" or "say" && BeBeforeCue(s.Tokens, c) is var be && be >= 1 && IsPassiveCue(s, c) && ImpersonalReport(s, c, be, lemma, quoted, speakers);
        }

        /// <summary>
        /// "It was reported (that) X": X, told by reports; "Y was reported to have Z", "Y was said to be Z": the clause from its
        /// subject through the infinitive's words, told by reports (the gold's speaker for a report nobody is named for). The
        /// subject opens the sentence or follows a fronted phrase's comma, with no verb or relative word of its own ("a woman whose
        /// eye was said to ..." describes her; "was taken to hospital and is reported to ..." has its subject far before).
        /// False, and nothing added, for any other passive cue. <paramref name="be"/> is the cue's "was"/"were"/… (<see cref="BeBeforeCue"/>),
        /// the caller's, which has checked the lemma is "report" or "say".
        /// </summary>
        private bool ImpersonalReport(SentenceInfo s, int c, int be, string lemma, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            if (!tokens[c].Text.EndsWith("d", System.StringComparison.Ordinal)) return false;
            int start, end;
            if (tokens[be - 1].Is("it") && (be == 1 || tokens[be - 2].IsPunct(',')))
            {
                start = SkipAdjuncts(tokens, c + 1);
                if (start < tokens.Count && tokens[start].Is("that")) start++;
                if (start >= tokens.Count) return false;
                end = ReportedContentEnd(s, c, start, quoted);
                if (!HasVerbGroup(s, start, end, finite: true)) return false;
            }
            else if (lemma == "report" && c + 2 < tokens.Count && s.Analysis.IsInfinitiveToAt(c + 1) && ReportedSubjectStart(s, be) is var subject && subject >= 0)
            {
                start = subject;
                end = InfinitiveReportEnd(s, c);
                if (end < 0) return false;
            }
            else return false;
            if (end - start < 3) return false;
            Add(s, start, end, new Speaker(null, "reports"), tokens[c].Text);
            return true;
        }

        /// <summary>
        /// Where "Y was reported to Z" ends: at the first comma or semicolon after the cue, or before an "and" or "but" that opens a
        /// predicate or clause of its own ("... to be sinking and its crew was rescued"). -1 when that next predicate is a cue:
        /// "The driver was reported to have fled and claimed he was ill" has the driver speak, and the report tells of his deeds.
        /// </summary>
        private static int InfinitiveReportEnd(SentenceInfo s, int c)
        {
            var tokens = s.Tokens;
            var end = ContentEnd(tokens, c + 1);
            for (var i = c + 2; i + 1 < tokens.Count && i <= end; i++)
            {
                if (i == end && !(tokens[i].Is("and") || tokens[i].Is("but"))) break;
                if (tokens[i].IsPunct(',') || tokens[i].IsPunct(';')) return i;
                if (!(tokens[i].Is("and") || tokens[i].Is("but"))) continue;
                var next = tokens[i + 1];
                if (next.IsWord && !next.IsCapitalized && CueVerbs.Lemma(next) is not null && !CueVerbs.IsParticiple(next.Text)) return -1;
                if (CommonWords.IsPersonalPronoun(next.Text) || next.Is("they") || next.Is("was") || next.Is("were") || next.Is("is") || next.Is("are") || next.Is("has") || next.Is("had")
                    || next.IsWord && !next.IsCapitalized && next.Lower.EndsWith("ed", System.StringComparison.Ordinal) || OpensNounPhrase(next) && HasVerbGroup(s, i + 1, end, finite: true)) return i;
            }
            return end;
        }

        // "and its crew was rescued": a determiner or possessive opens the next clause's subject ("in both male and female mice" goes on).
        private static bool OpensNounPhrase(Token t) => t.Is("the") || t.Is("a") || t.Is("an") || t.Is("its") || t.Is("his") || t.Is("her") || t.Is("their") || t.Is("our");

        /// <summary>The "was", "were", "is", "are" or "been" before the cue at <paramref name="c"/>, past at most one adverb ("was yesterday reported"); -1 if none.</summary>
        private static int BeBeforeCue(List<Token> tokens, int c)
        {
            for (var k = c - 1; k >= 0 && k >= c - 2; k--)
            {
                var t = tokens[k];
                if (t.Is("was") || t.Is("were") || t.Is("is") || t.Is("are") || t.Is("been")) return k;
                if (!(t.IsWord && !t.IsCapitalized && (t.Lower.EndsWith("ly", System.StringComparison.Ordinal) || t.Is("yesterday") || t.Is("also") || t.Is("later")))) return -1;
            }
            return -1;
        }

        /// <summary>Where the subject before the "be" at <paramref name="be"/> starts (the sentence start, or past a fronted phrase's comma); -1 when that subject is no plain noun phrase.</summary>
        private static int ReportedSubjectStart(SentenceInfo s, int be)
        {
            var tokens = s.Tokens;
            var start = be;
            while (start > 0 && !tokens[start - 1].IsPunct(',')) start--;
            if (start >= be || tokens[be - 1].Is("been")) return -1;
            for (var i = start; i < be; i++)
                if (!(tokens[i].IsWord || tokens[i].Kind == TokenKind.Possessive || tokens[i].Kind == TokenKind.Number) || tokens[i].Is("who") || tokens[i].Is("whose") || tokens[i].Is("which") || tokens[i].Is("that") || tokens[i].Is("whom")) return -1;
            if (HasVerbGroup(s, start, be) || start > 0 && HasVerbGroup(s, 0, start - 1, finite: true)) return -1;
            return start;
        }
    }
}
