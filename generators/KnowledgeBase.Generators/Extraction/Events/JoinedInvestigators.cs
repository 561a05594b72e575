using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "The Velden Safety Board and the Norvale Aviation Office began investigations of the crash", "Ostrel Shipping was
    /// investigated by the Velden Police and the Norvale Customs Office": bodies joined by "and" that each investigate are one
    /// investigation per body (the gold's convention: each agency runs its own), each with what is investigated. Not a joint
    /// investigation ("jointly", "a joint inquiry", "together"), which is one.
    /// </summary>
    internal static class JoinedInvestigators
    {
        /// <summary>
        /// The investigations after the first, which <paramref name="draft"/> becomes (its first investigator's); null when the
        /// event is no investigation (CAMEO 09) or its actor, the first party, heads no list of two organizations or more.
        /// </summary>
        internal static List<EventDraft>? Others(EventDraft draft, int t)
        {
            var s = draft.Sentence;
            if (!draft.Trigger.Cameo.StartsWith("09", StringComparison.Ordinal) || draft.Participants.Count < 2 || draft.Participants[0].Kind != EntityKind.Organization
                || ClauseReader.HasWord(s.Tokens, JointWords)) return null;
            var investigators = Listed(s, draft.Participants);
            if (investigators is null) return null;
            var investigated = draft.Participants.FindAll(p => !investigators.Contains(p));
            draft.Participants.RemoveAll(p => investigators.Contains(p) && p != investigators[0]);
            MoveFirst(draft.Participants, investigators[0]);
            return CopiesForOthers(draft, investigators, investigated, t);
        }

        /// <summary>
        /// One copy of <paramref name="draft"/> (trigger, place, date, status) per actor after the first, each with that actor
        /// first and then the <paramref name="shared"/> parties: the acts of the other actors of a list that each acted.
        /// </summary>
        internal static List<EventDraft> CopiesForOthers(EventDraft draft, List<EntityDraft> actors, List<EntityDraft> shared, int t)
        {
            var others = new List<EventDraft>();
            for (var i = 1; i < actors.Count; i++)
            {
                var parties = new List<EntityDraft> { actors[i] };
                parties.AddRange(shared);
                others.Add(new EventDraft(draft.Trigger, parties, draft.Place, draft.Date, draft.Status, draft.Sentence) { TriggerToken = t, DateInferred = draft.DateInferred, KeepsNoDate = draft.KeepsNoDate });
            }
            return others;
        }

        private static readonly string[] JointWords = { "joint", "jointly", "together", "combined" };

        /// <summary>
        /// The organizations among the parties named one after another with the first party ("A and B", "A, B and C", "the A (AB)
        /// and the B"), in the sentence's order; null when fewer than two.
        /// </summary>
        private static List<EntityDraft>? Listed(SentenceInfo s, List<EntityDraft> parties)
        {
            List<Mention>? run = null;
            Mention? last = null;
            foreach (var m in s.Mentions)
            {
                // "the Velden Safety Board (VSB)": the short form in brackets is the name again.
                if (last is not null && m.Entity == last.Entity && m.TokenStart == last.TokenEnd + 1 && s.Tokens[last.TokenEnd].IsPunct('(')) { last = m; continue; }
                var joined = last is not null && OnlyJoiningBetween(s, last.TokenEnd, m.TokenStart);
                var organization = m.Entity.Kind == EntityKind.Organization && !m.Entity.IsCountry && parties.Contains(m.Entity);
                if (!organization) { if (Holds(run, parties[0])) break; run = null; last = null; continue; }
                if (!joined) { if (Holds(run, parties[0])) break; run = new List<Mention>(); }
                run!.Add(m);
                last = m;
            }
            if (!Holds(run, parties[0])) return null;
            var listed = new List<EntityDraft>();
            foreach (var m in run!)
                if (!listed.Contains(m.Entity)) listed.Add(m.Entity);
            return listed.Count >= 2 ? listed : null;
        }

        private static bool Holds(List<Mention>? run, EntityDraft first) => run is { Count: >= 2 } && run.Exists(m => m.Entity == first);

        // Between two names of a list: commas, "and", "the", and a short form in brackets ("(NTSB)") only, with one "and" or comma.
        private static bool OnlyJoiningBetween(SentenceInfo s, int from, int to)
        {
            var tokens = s.Tokens;
            var joins = false;
            for (var i = from; i < to; i++)
            {
                var w = tokens[i];
                if (w.Is("and") || w.IsPunct(',')) { joins = true; continue; }
                if (w.Is("the") || w.IsPunct('(') || w.IsPunct(')') || w.IsWord && i > from && tokens[i - 1].IsPunct('(') && i + 1 < to && tokens[i + 1].IsPunct(')')) continue;
                return false;
            }
            return joins;
        }

        private static void MoveFirst(List<EntityDraft> parties, EntityDraft first)
        {
            parties.Remove(first);
            parties.Insert(0, first);
        }
    }
}
