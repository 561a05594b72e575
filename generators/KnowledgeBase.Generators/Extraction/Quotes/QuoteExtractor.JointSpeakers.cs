using System.Collections.Generic;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // "Ana Vell and Piet Marr called the tax "a quiet theft"": a direct quote whose cue's subject is coordinated is each conjunct's.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The direct quote [start, end) of <paramref name="speaker"/>; with the index of an active cue before it in its sentence
        /// (<paramref name="cueBefore"/>, -1 for none), also of each subject coordinated with the speaker before that cue
        /// ("Critics such as Ana Vell and Piet Marr described the plan as "reckless"", <see cref="Coordinated"/>). A passive's subject
        /// is what was described ("Karel Dorn and Emil Darr were described by Ida Sorn as "...""), and speaks for nobody; the speaker
        /// must close the coordinated subject right before the cue (<see cref="ClosesSubjectBefore"/>): "Ana Vell, chair of Arts and
        /// Science, said", "was dropped by Velden Radio and Ostrel TV after he referred to ..." join no speakers.
        /// </summary>
        private void AddDirect(SentenceInfo s, int start, int end, Speaker speaker, string? cue, int cueBefore, List<Speaker> speakers)
        {
            var active = cueBefore > 0 && cueBefore < s.Tokens.Count && !IsPassiveCue(s, cueBefore);
            foreach (var one in JointSpeakers(s, speaker, cueBefore, active))
            {
                _quotes.Add(new QuoteDraft(start, end, one, QuoteKind.Direct, cue, s));
                speakers.Add(one);
            }
        }

        /// <summary>
        /// Whom the words of the cue at <paramref name="cue"/> are given to: with <paramref name="bySubject"/> (an active cue) and the
        /// speaker closing a coordinated subject right before the cue (<see cref="ClosesSubjectBefore"/>), each conjunct
        /// (<see cref="Coordinated"/>); otherwise the speaker alone.
        /// </summary>
        private List<Speaker> JointSpeakers(SentenceInfo s, Speaker speaker, int cue, bool bySubject)
        {
            var group = new List<Speaker>();
            if (bySubject && ClosesSubjectBefore(s.Tokens, speaker, cue)) Coordinated(s, cue, speaker, group);
            else group.Add(speaker);
            return group;
        }

        /// <summary>
        /// The speaker's words close the subject right before the cue (past "both", "also" or "all") as the last conjunct (after
        /// "and", "and the") or as "both ..."/"the two ..." (the pair <see cref="Coordinated"/> looks up).
        /// </summary>
        private static bool ClosesSubjectBefore(List<Token> tokens, Speaker speaker, int cue)
        {
            var end = cue > 1 && (tokens[cue - 1].Is("both") || tokens[cue - 1].Is("also") || tokens[cue - 1].Is("all")) ? cue - 1 : cue;
            // As many tokens as the speaker's text has words (one more than its spaces), counted without splitting it.
            var start = end - 1;
            foreach (var ch in speaker.Text) if (ch == ' ') start--;
            if (start < 0 || Join(tokens, start, end) != speaker.Text) return false;
            if (tokens[start].Is("both") || tokens[start].Is("the") && start + 1 < end && tokens[start + 1].Is("two")) return true;
            if (start > 1 && tokens[start - 1].Is("the")) start--;
            return start > 1 && (tokens[start - 1].Is("and") || tokens[start - 1].Is("&"));
        }
    }
}
