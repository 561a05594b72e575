using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Mira Holt urged the harbour board to fire Tomas Vell", "called on Velden Radio to drop the show and met Ana Ruiz": an
    /// appeal (CAMEO 02) told by its verb with an object before an infinitive's "to" is made to that object, its addressee.
    /// Whoever else the sentence names (in the act asked for, in a clause joined after, before the verb) is no target; with no
    /// name in the object ("urged residents to leave") the appeal has its caller alone, or the role the object describes
    /// (<see cref="EventTargets"/>). Callers the sentence does not name ("They called on X to": whom "they" stands for) stay.
    /// </summary>
    internal static class AppealAddressees
    {
        /// <summary>Drops the parties other than the caller and the addressee of an appeal made to an object before "to".</summary>
        internal static void KeepAddressee(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            if (participants.Count < 2 || trigger.IsNoun || !trigger.Cameo.StartsWith("02", StringComparison.Ordinal) || s.Analysis.IsPassiveAt(t)) return;
            var (start, end) = AddresseeSpan(s, t);
            if (end <= start) return;
            var subject = s.Analysis.ClauseOfVerb(t)?.Subject;
            for (var i = participants.Count - 1; i >= 1; i--)
            {
                var p = participants[i];
                // "They called on X to": callers a pronoun stands for are named in no other place of the sentence, and stay.
                if (!EventTargets.NamedBetween(s, p, 0, s.Tokens.Count) || EventTargets.NamedBetween(s, p, start, end) || subject is not null && subject.End <= t && EventTargets.NamedBetween(s, p, subject.Start, subject.End)) continue;
                participants.RemoveAt(i);
            }
        }

        /// <summary>
        /// The tokens of the verb's object up to the infinitive's "to" ("urged [the board] to", "called on [Velden Radio] to",
        /// "appealed to [Chile] to"); empty when no such "to" follows within a short object, when punctuation comes first, or
        /// when a pronoun in the object stands for someone named elsewhere ("urged him to").
        /// </summary>
        private static (int Start, int End) AddresseeSpan(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var start = t + 1;
            if (start < tokens.Count && Array.IndexOf(AddressingPrepositions, tokens[start].Lower) >= 0 && !s.Analysis.IsInfinitiveToAt(start)) start++;
            for (var k = start; k < tokens.Count && k <= start + ObjectWindow; k++)
            {
                if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Possessive && !tokens[k].IsPunct('-')) return (0, 0);
                if (CommonWords.IsPersonalPronoun(tokens[k].Text)) return (0, 0);
                if (s.Analysis.IsInfinitiveToAt(k)) return k > start ? (start, k) : (0, 0);
            }
            return (0, 0);
        }

        // "called on X to", "called upon X to", "appealed to X to", "called for X to": the preposition the addressee follows.
        private static readonly string[] AddressingPrepositions = { "on", "upon", "to", "for" };

        // The tokens an addressee may run to before its "to" ("urged the Chilean foreign minister on Tuesday to").
        private const int ObjectWindow = 10;
    }
}
