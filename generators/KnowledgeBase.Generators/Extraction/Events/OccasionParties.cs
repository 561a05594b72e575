using System.Collections.Generic;

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
                if (m.TokenStart > between && m.TokenStart <= between + 6 && participants.Count < 2 && (m.Entity.Kind != EntityKind.Place || m.Entity.IsCountry)) EventRoles.AddParticipant(participants, m.Entity);
            if (participants.Count < 2) participants.Clear();
        }

        /// <summary>
        /// "During the award ceremony, Governor X praised ...", "At the summit, X met Y": an occasion (no violent act, no protest) in a
        /// phrase that opens the sentence is the occasion of the main clause, and its subject takes part in it (a named person
        /// or organization; "police" or "he" name nobody here).
        /// </summary>
        internal static EntityDraft? FrontedOccasionActor(SentenceInfo s, int t, Lexicons.EventTrigger trigger)
        {
            var tokens = s.Tokens;
            // "During the attack, X was killed", "At the bombing site, X prayed": who acts in the main clause did not do a violent act.
            if (EventRoles.IsViolent(trigger) || trigger.Cameo.StartsWith("14", System.StringComparison.Ordinal)) return null;
            // The phrase opens the sentence, after a date at most ("On Wednesday during the ceremony, ..."), with no verb inside it.
            var preposition = t - 1;
            while (preposition >= 0 && preposition >= t - 5 && !(tokens[preposition].Is("during") || tokens[preposition].Is("at"))) preposition--;
            if (preposition < 0 || preposition > 3 || preposition < t - 5) return null;
            for (var i = preposition + 1; i < t; i++)
                if (s.Analysis.TagAt(i) is Analysis.Tag.Verb or Analysis.Tag.Auxiliary) return null;
            var comma = t + 1;
            while (comma < tokens.Count && comma <= t + 12 && !tokens[comma].IsPunct(',')) comma++;
            if (comma >= tokens.Count || comma > t + 12) return null;
            foreach (var clause in s.Analysis.Clauses)
            {
                if (clause.Kind != Analysis.ClauseKind.Main || clause.Subject is not { } subject || subject.Start <= comma) continue;
                if (clause.Verb.Voice == Analysis.Voice.Passive) return null; // "During the visit, X was arrested": X underwent, not took part
                for (var i = subject.Start; i < subject.End; i++)
                    if (s.MentionAt(i) is { Entity.Kind: EntityKind.Person or EntityKind.Organization } m && !m.IsDemonym) return m.Entity;
                return null;
            }
            return null;
        }

        /// <summary>
        /// "After Karel Brandt's arrest, Mira Holt said ...", "Regarding the visit of Ana Ruiz, X said ...": the comma that closes a
        /// phrase opening the sentence (no verb in it) around the act noun at <paramref name="t"/>; the sentence's length when
        /// there is none.
        /// </summary>
        internal static int FrontedActPhraseEnd(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (t < 1 || !tokens[0].IsWord || System.Array.IndexOf(FrontingWords, tokens[0].Lower) < 0) return tokens.Count;
            for (var i = 1; i < t; i++)
                if (tokens[i].IsPunct(',') || s.Analysis.TagAt(i) is Analysis.Tag.Verb or Analysis.Tag.Auxiliary) return tokens.Count;
            for (var comma = t + 1; comma < tokens.Count && comma <= t + 12; comma++)
                if (tokens[comma].IsPunct(',')) return comma;
            return tokens.Count;
        }

        private static readonly string[] FrontingWords = { "after", "following", "before", "regarding", "concerning", "since", "prompted", "upon", "despite", "amid" };
    }
}
