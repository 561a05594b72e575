using System.Collections.Generic;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Parties an event noun takes from the phrase around it: the two "between" it names, the subject of the clause it frames.</summary>
    internal static class OccasionParties
    {
        /// <summary>"negotiations between the U.S. and Russia": the two named are the parties, whoever reports it (none unless two).</summary>
        internal static void AddPartiesBetween(SentenceInfo s, int t, List<EntityDraft> participants)
        {
            var tokens = s.Tokens;
            var between = -1;
            for (var i = t + 1; i < tokens.Count && i <= t + 5; i++) if (tokens[i].Is("between")) { between = i; break; }
            if (between < 0) return;
            foreach (var m in s.Mentions)
                if (m.TokenStart > between && m.TokenStart <= between + 6 && participants.Count < 2 && (m.Entity.Kind != DataLayout.KindPlace || m.Entity.IsCountry)) EventRoles.AddParticipant(participants, m.Entity);
            if (participants.Count < 2) participants.Clear();
        }

        /// <summary>
        /// "During the opening ceremony of the pipeline, President X called for ...", "At the summit, X met Y": an occasion in a
        /// phrase that opens the sentence is the occasion of the main clause, and its subject takes part in it (a named person
        /// or organization; "police" or "he" name nobody here).
        /// </summary>
        internal static EntityDraft? FrontedOccasionActor(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            // The phrase opens the sentence, after a date at most ("On Wednesday during the ceremony, ...").
            var preposition = t - 1;
            while (preposition >= 0 && preposition >= t - 5 && !(tokens[preposition].Is("during") || tokens[preposition].Is("at") || tokens[preposition].Is("after"))) preposition--;
            if (preposition < 0 || preposition > 3 || preposition < t - 5) return null;
            var comma = t + 1;
            while (comma < tokens.Count && comma <= t + 12 && !tokens[comma].IsPunct(',')) comma++;
            if (comma >= tokens.Count || comma > t + 12) return null;
            foreach (var clause in s.Analysis.Clauses)
            {
                if (clause.Kind != Analysis.ClauseKind.Main || clause.Subject is not { } subject || subject.Start <= comma) continue;
                for (var i = subject.Start; i < subject.End; i++)
                    if (s.MentionAt(i) is { Entity.Kind: DataLayout.KindPerson or DataLayout.KindOrganization } m && !m.IsDemonym) return m.Entity;
                return null;
            }
            return null;
        }
    }
}
