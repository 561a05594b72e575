using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Officers in Velden detained a 40-year-old man on Monday. ... Prosecutors charged Karel Brandt with arson.": a legal act
    /// (arrest, detention, charge, conviction, sentence) done to a person its own words leave unnamed ("a man", "the accused",
    /// "a farmer") was done to the one person the article names as charged, held or convicted, who takes part as its target.
    /// Not when the article names several such people, nor for "another man" or "a second suspect" (someone else), nor for
    /// people in the plural ("two men were held"); the accused may be named by a noun ("the arrest of Karel Brandt").
    /// </summary>
    internal static class UnnamedAccused
    {
        /// <summary>The legal acts whose target may be the article's one accused person.</summary>
        internal static readonly string[] Kinds = { "arrest", "detention", "imprisonment", "charge", "conviction", "sentencing" };

        /// <summary>Words after the article that make the person another one than the accused named elsewhere.</summary>
        internal static readonly string[] OtherWords = { "another", "other", "second", "third", "fourth", "further", "different" };

        internal static void Add(List<EventDraft> events)
        {
            var accused = OnePersonActedOn(events, static e => Array.IndexOf(Kinds, e.Trigger.Kind) >= 0);
            if (accused is null) return;
            foreach (var e in events)
                if (IsLegalVerb(e) && !e.Participants.Exists(static p => p.Kind == EntityKind.Person) && NamesUnnamedPerson(e)) e.Participants.Add(accused);
        }

        /// <summary>
        /// The one person the acts <paramref name="acts"/> picks are done to (its sole participant, or one after the first);
        /// null when none is, or several are.
        /// </summary>
        internal static EntityDraft? OnePersonActedOn(List<EventDraft> events, Predicate<EventDraft> acts)
        {
            EntityDraft? one = null;
            foreach (var e in events)
            {
                if (!acts(e)) continue;
                for (var i = 0; i < e.Participants.Count; i++)
                {
                    var p = e.Participants[i];
                    if (p.Kind != EntityKind.Person || i == 0 && e.Participants.Count > 1 || p == one) continue;
                    if (one is not null) return null;
                    one = p;
                }
            }
            return one;
        }

        private static bool IsLegalVerb(EventDraft e) => Array.IndexOf(Kinds, e.Trigger.Kind) >= 0 && !e.Trigger.IsNoun;

        // "detained a 40-year-old man", "sentenced a farmer from Ostrel"; passive: "A local man was arrested".
        private static bool NamesUnnamedPerson(EventDraft e)
        {
            var t = e.TriggerToken;
            var tokens = e.Sentence.Tokens;
            if (t < 0) return false;
            if (!e.Sentence.Analysis.IsPassiveAt(t)) return UnnamedPersonFrom(tokens, t + 1);
            var k = t - 1;
            while (k >= 0 && tokens[k].IsWord && tokens[k].Lower is "was" or "been" or "has" or "had" or "is" or "later" or "reportedly" or "then") k--;
            for (var start = k - 1; start >= 0 && start >= k - 7; start--)
                if (tokens[start].Is("a") || tokens[start].Is("an") || tokens[start].Is("the")) return UnnamedPersonFrom(tokens, start) && Noun(tokens, start) == k;
            return false;
        }

        // "a 31-year-old man", "the accused", "a farmer": an article and, within a few words, a singular person noun.
        private static bool UnnamedPersonFrom(List<Token> tokens, int start) => Noun(tokens, start) >= 0;

        // A role noun ("doctor") or an agent noun of PETRARCH's dictionary ("farmer"), singular.
        private static bool NamesOnePerson(Token w) =>
            !w.Lower.EndsWith("s", StringComparison.Ordinal) && (Titles.IsRoleNoun(w) || Lexicon.AgentLexicon.Instance.TryGetRole(w.Lower, out _));

        private static int Noun(List<Token> tokens, int start)
        {
            if (start >= tokens.Count || !(tokens[start].Is("a") || tokens[start].Is("an") || tokens[start].Is("the"))) return -1;
            for (var k = start + 1; k < tokens.Count && k <= start + 8; k++)
            {
                var w = tokens[k];
                if (w.IsWord && Array.IndexOf(OtherWords, w.Lower) >= 0) return -1;
                if (w.IsWord && !w.IsCapitalized && (CommonWords.IsUnnamedPersonNoun(w.Text) || NamesOnePerson(w))) return k;
                if (!(w.IsWord && !w.IsCapitalized || w.IsPunct('-') || w.Kind == TokenKind.Number)) return -1;
            }
            return -1;
        }
    }
}
