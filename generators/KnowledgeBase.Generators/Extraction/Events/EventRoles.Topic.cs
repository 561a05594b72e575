using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class EventRoles
    {
        /// <summary>
        /// "Ostrel Air is a carrier based in Velden. It was founded in 1992.": a sentence that opens with "it" goes on with the
        /// organization or country the sentence before has for subject (<see cref="Discourse.ContinuedTopic"/>); "The fire spread
        /// to the Velden plant. It killed nine." has a thing for subject, and "it" no party. "It was agreed that the port would
        /// close": an "it" that stands before the clause of its verb refers to nothing. Only a verb with "it" for its own subject.
        /// </summary>
        private static List<EntityDraft> OpeningIt(SentenceInfo s, int t, List<SentenceInfo> sentences)
        {
            // Only the subject of the verb itself: "It has grown ahead of the election", "It is run by a trust established in 1939"
            // tell no act of the party by the noun or the participle.
            if (s.Analysis.ClauseOfVerb(t) is not { Subject.Head: 0 } clause || clause.Verb.Head != t || AnticipatesAClause(s, t)
                || Discourse.Of(sentences).ContinuedTopic(s, 0) is not { } topic) return NoSubjects;
            return new List<EntityDraft> { topic.Entity };
        }

        // "It was reported that ...", "It is believed the ...": the verb's own reported clause is what "it" stands for.
        private static bool AnticipatesAClause(SentenceInfo s, int t)
        {
            if (t + 1 < s.Tokens.Count && s.Tokens[t + 1].Is("that")) return true;
            foreach (var clause in s.Analysis.Clauses)
                if (clause.Kind == ClauseKind.Reported && clause.Parent?.Verb.Head == t) return true;
            return false;
        }

        /// <summary>
        /// "Ivo Brandel discussed the Kestrix engine with the Orsk Courier": what is discussed with a news medium, named between the
        /// verb and "with", is the interview's topic, no party of it (the gold's interview is who answers and the outlet).
        /// </summary>
        internal static void DropDiscussedTopic(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            var tokens = s.Tokens;
            if (trigger.Kind != "interview" || !(tokens[t].Is("discussed") || tokens[t].Is("discusses"))) return;
            var with = t + 1;
            while (with < tokens.Count && with <= t + 10 && !tokens[with].Is("with")) with++;
            if (with >= tokens.Count || !tokens[with].Is("with")) return;
            foreach (var m in s.Mentions)
                if (m.TokenStart > t && m.TokenEnd <= with && !m.Entity.IsMedia) participants.Remove(m.Entity);
        }

        /// <summary>
        /// "researchers from Ostrel University reported", "scientists from the Velden Institute published": the organization a
        /// group heading the clause comes from is the party that acts, though a preposition governs it; not when the group is
        /// itself a preposition's object ("by a team of scientists from Ostrel University").
        /// </summary>
        private static bool FromAGroup(List<Token> tokens, int from, Mention m)
        {
            if (!tokens[from].Is("from") || from < 1 || m.Entity.Kind != EntityKind.Organization || !CommonWords.IsGroupNoun(tokens[from - 1].Text)) return false;
            var k = from - 2;
            while (k >= 0 && (tokens[k].Is("a") || tokens[k].Is("an") || tokens[k].Is("the"))) k--;
            return k < 0 || !(tokens[k].IsWord && ClauseReader.IsGoverningPreposition(tokens[k]));
        }

        /// <summary>
        /// "Karel Brandt was pinned to the ground. Officers arrived and shot him.": an object pronoun with nobody named before it in
        /// its sentence stands for the person the sentence before (in the same paragraph) is about, the subject of its first main
        /// clause; when that subject is the actor, the one other person that sentence names; null otherwise.
        /// </summary>
        private static EntityDraft? PersonTopicBefore(SentenceInfo s, List<SentenceInfo> sentences, EntityDraft? actor)
        {
            if (s.Index <= 0 || s.Index > sentences.Count || sentences[s.Index - 1] is not { } before || before.Index != s.Index - 1 || before.BlockIndex != s.BlockIndex) return null;
            foreach (var clause in before.Analysis.Clauses)
            {
                if (clause.Kind != ClauseKind.Main || clause.Subject is not { } subject) continue;
                foreach (var m in before.Mentions)
                    if (m.TokenStart <= subject.Head && subject.Head < m.TokenEnd)
                        return m.Entity.Kind == EntityKind.Person && m.Entity != actor ? m.Entity : m.Entity == actor ? OtherPersonIn(before, actor) : null;
                return null;
            }
            return null;
        }

        /// <summary>
        /// "Petra Nilsen met Ivan Orr on Monday. She later criticized him": when the sentence before is about the actor, "him"
        /// is the one other person it names; null when it names none or several.
        /// </summary>
        private static EntityDraft? OtherPersonIn(SentenceInfo before, EntityDraft actor)
        {
            EntityDraft? other = null;
            foreach (var m in before.Mentions)
            {
                if (m.Entity.Kind != EntityKind.Person || m.Entity == actor || m.Entity == other) continue;
                if (other is not null) return null;
                other = m.Entity;
            }
            return other;
        }
    }
}
