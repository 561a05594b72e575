using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Who says words that are acts (appeals, criticism, accusations), told by a participle after the act they go with.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "X sent a letter blaming Y", "X spoke in Velden, urging Y to ...": a participle of words said that goes with
        /// the act before it has that act's subject, not the nearest name; null when the trigger is no such participle or the main
        /// clause before it has no named subject.
        /// </summary>
        internal static List<EntityDraft>? ParticipleOwner(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (!IsSpeechAct(trigger) || !s.Tokens[t].Text.EndsWith("ing", StringComparison.Ordinal) || t < 3) return null;
            foreach (var clause in s.Analysis.Clauses)
            {
                if (clause.Kind != ClauseKind.Main || clause.Verb.Head >= t || clause.Subject is not { } subject || subject.End > t) continue;
                // "UK Trade Secretary X": the person the subject names (up to its verb, past "of"), not the country of the title.
                EntityDraft? party = null;
                // "X, brother of Y, spoke": a subject in apposition stands for the name before its comma.
                var from = subject.Start >= 2 && s.Tokens[subject.Start - 1].IsPunct(',') && s.MentionAt(subject.Start - 2) is { } named ? named.TokenStart : subject.Start;
                for (var i = from; i < clause.Verb.Head; i++)
                {
                    if (s.MentionAt(i) is not { IsDemonym: false } m || m.Entity.IsMedia || m.Entity.Kind == EntityKind.Place && !m.Entity.IsCountry) continue;
                    if (m.Entity.Kind == EntityKind.Person) return new List<EntityDraft> { m.Entity };
                    party ??= m.Entity;
                }
                return party is null ? null : new List<EntityDraft> { party };
            }
            return null;
        }

        /// <summary>
        /// "X wrote to the Velden Council asking it to ...", "X sent a letter to Y, asking ...": a participle appeal that names no one
        /// after it is addressed to whom the letter went, named after "to" in the act before it; null when there is none.
        /// </summary>
        internal static EntityDraft? ParticipleAddressee(SentenceInfo s, int t, EventTrigger trigger)
        {
            var tokens = s.Tokens;
            if (trigger.IsNoun || !IsSpeechAct(trigger) || !tokens[t].Text.EndsWith("ing", StringComparison.Ordinal)) return null;
            for (var j = t - 2; j > 1 && j > t - 10; j--)
            {
                if (!tokens[j].Is("to") || !TriggerFinder.IsAny(tokens[j - 1], LetterWords) && !(j >= 3 && TriggerFinder.IsAny(tokens[j - 2], LetterWords))) continue;
                var at = tokens[j + 1].Is("the") ? j + 2 : j + 1;
                if (s.MentionAt(at) is { IsDemonym: false } m && !m.Entity.IsMedia && (m.Entity.Kind != EntityKind.Place || m.Entity.IsCountry)) return m.Entity;
                return null;
            }
            return null;
        }

        // event-words.tsv: "letter-word".
        private static readonly HashSet<string> LetterWords = Lexicon.WordListLexicon.EventWords.Lists.Words("letter-word");

        /// <summary>"replied to X on Instagram": the platform words are posted on is no party to what they say.</summary>
        internal static bool OnAPlatform(List<Token> tokens, Mention m, EventTrigger trigger) => IsSpeechAct(trigger) && IsPlatformAfterOn(tokens, m);

        /// <summary>"wrote on Instagram": a platform (the gazetteer's kind) named as where words are posted (<see cref="IsChannel"/>).</summary>
        internal static bool IsPlatformAfterOn(List<Token> tokens, Mention m) => m.Entity.IsPlatform && IsChannel(tokens, m);

        /// <summary>
        /// "X criticized Y's plan, accusing Y of ...": a participle of words said that goes with an act of the same root by the same
        /// speaker in the sentence tells that act again, one occasion (the scorer compares roots: 111 and 112 are both 11); an
        /// accusation by a participle with no one accused is none.
        /// </summary>
        internal static bool RetellsTheAct(List<EventDraft> events, EventDraft draft, int t)
        {
            var tokens = draft.Sentence.Tokens;
            if (draft.Trigger.IsNoun || !IsSpeechAct(draft.Trigger) || !tokens[t].Text.EndsWith("ing", StringComparison.Ordinal) || draft.Participants.Count == 0) return false;
            // "apologized, blaming bad weather": a participle that lays the blame on no one named accuses no one.
            if (draft.Trigger.Kind == "accusation" && draft.Participants.Count < 2) return true;
            var root = draft.Trigger.Cameo.Substring(0, 2);
            foreach (var e in events)
                if (e.Sentence == draft.Sentence && e.TriggerToken < t && e.Trigger.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Participants.Count > 0 && e.Participants[0] == draft.Participants[0]) return true;
            return false;
        }
    }
}
