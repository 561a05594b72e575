using System;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Who an act of violence with one country named is not aimed at by the article's other main country.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "Gunmen stormed a hotel in Chile", "rebels shelled a village in Peru": an act of violence told by its active verb whose
        /// subject names nobody and is a group no state fields (armed men, rebels, criminals, civilians, protesters, by the agent
        /// code of its noun) was not done by another country the article names, so the one country named is given no opponent
        /// (<see cref="EventRecognizer.AddOpponent"/>). "Troops shelled Velden" (a state's military) may have been.
        /// </summary>
        internal static bool DoneByUnnamedNonState(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (trigger.IsNoun || s.Analysis.ClauseOfVerb(t) is not { } clause || clause.Verb.Head != t || clause.Verb.Voice != Voice.Active || clause.Subject is not { IsPronoun: false } subject) return false;
            for (var i = subject.Start; i < subject.End; i++)
                if (s.MentionAt(i) is not null) return false;
            var head = s.Tokens[subject.Head];
            return AgentLexicon.Instance.TryGetRole(subject.Head == 0 ? head.Lower : head.Text, out var role) && IsNonStateCode(role.Code);
        }

        // The agent codes of groups no state fields: unidentified armed forces, rebels, criminals, people, opposition, civilians.
        private static readonly string[] NonStateCodes = { "UAF", "REB", "CRM", "PPL", "OPP", "CVL" };

        private static bool IsNonStateCode(string code)
        {
            foreach (var prefix in NonStateCodes)
                if (code.StartsWith(prefix, StringComparison.Ordinal)) return true;
            return false;
        }
    }
}
