using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Ana Ruiz and Tomas Vell each sent condolences to Karel Brandt", "Arlon and Brenn have each condemned the raid": subjects
    /// joined by "and" that "each" act are one act per subject (the gold's convention), each with the act's other parties. Not
    /// "each other" (one act between them) nor "each of the parties" (a subject of its own). "Respectively" after the act says the
    /// same of its subjects.
    /// </summary>
    internal static class EachActors
    {
        /// <summary>
        /// The acts after the first, which <paramref name="draft"/> becomes (its first subject's); null when no "each" stands
        /// right after a subject of two names or more among the event's parties, a few words before the trigger.
        /// </summary>
        internal static List<EventDraft>? Others(EventDraft draft, int t)
        {
            var s = draft.Sentence;
            if (draft.Participants.Count < 2 || SubjectEnd(s.Tokens, t) is not { } end) return null;
            var last = s.MentionAt(end - 1);
            if (last is null || last.TokenEnd != end || !draft.Participants.Contains(last.Entity)) return null;
            var subjects = EventRoles.JoinedSpeakers(s, last.Entity, end);
            if (subjects.Count < 2 || !subjects.TrueForAll(draft.Participants.Contains)) return null;
            var shared = draft.Participants.FindAll(p => !subjects.Contains(p));
            draft.Participants.Clear();
            draft.Participants.Add(subjects[0]);
            draft.Participants.AddRange(shared);
            return JoinedInvestigators.CopiesForOthers(draft, subjects, shared, t);
        }

        /// <summary>
        /// "each sent their condolences", "were each invited": the "each" at most four words before the trigger, with only lower-case
        /// words between (a verb, an auxiliary, a possessive); null when none, or when it is "each other", "each of", "each one".
        /// </summary>
        private static int? EachBefore(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 0 && i >= t - 4; i--)
            {
                var w = tokens[i];
                if (w.Is("each")) return i + 1 < tokens.Count && (tokens[i + 1].Is("other") || tokens[i + 1].Is("of") || tokens[i + 1].Is("one")) ? null : i;
                if (!w.IsWord || !char.IsLower(w.Text[0]) || w.Is("and") || w.Is("or")) return null;
            }
            return null;
        }

        /// <summary>
        /// Where the subjects that each act end: before "each" ("X and Y each sent"), or right before the trigger when
        /// "respectively" follows it in the sentence ("X and Y won the Arlon and Brenn primaries respectively").
        /// </summary>
        private static int? SubjectEnd(List<Token> tokens, int t)
        {
            if (EachBefore(tokens, t) is { } each) return SubjectEndBefore(tokens, each);
            for (var i = t + 1; i < tokens.Count; i++)
                if (tokens[i].Is("respectively")) return SubjectEndBefore(tokens, t);
            return null;
        }

        /// <summary>"X and Y each", "X and Y were each", "X and Y have each": where the subject ends before "each" (past one auxiliary).</summary>
        private static int? SubjectEndBefore(List<Token> tokens, int each)
        {
            var end = each;
            if (end > 0 && TriggerFinder.IsAny(tokens[end - 1], Auxiliaries)) end--;
            return end > 0 ? end : null;
        }

        private static readonly string[] Auxiliaries = { "have", "has", "had", "were", "are", "will", "would", "did" };
    }
}
