using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Who the reason of a criticism, an accusation, a rejection or praise names: "accused X of trying to pressure Y".</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "The Ostrel Party accused Tomas Vell of trying to pressure Velden Shipping", "criticized the council for failing to
        /// mention Anja Kress's report": the -ing clause after "for" or "of" tells what the critic holds against the target; whom
        /// it names is what the criticism is about, no party to it (CAMEO 051, 11x, 12x), and so when the reason is the target's own
        /// deed or trait ("commended Tomas Vell for his kindness towards Ostrel pupils"). A party also named before the reason
        /// stays ("attacked Mira Holt for praising her own plan"), and so does the first, the actor or the passive's target.
        /// </summary>
        internal static void DropReasonParties(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            if (trigger.IsNoun || participants.Count < 2 || !JudgesWithReason(trigger.Cameo) || ReasonGerund(s.Tokens, t) is not (> 0 and var gerund)) return;
            for (var k = participants.Count - 1; k >= 1; k--)
                if (!EventTargets.NamedBefore(s, participants[k], gerund) && EventTargets.NamedBetween(s, participants[k], gerund, s.Tokens.Count)) participants.RemoveAt(k);
        }

        private static bool JudgesWithReason(string cameo) =>
            cameo.StartsWith("11", StringComparison.Ordinal) || cameo.StartsWith("12", StringComparison.Ordinal) || cameo.StartsWith("051", StringComparison.Ordinal);

        /// <summary>
        /// The -ing verb after "for", or after "of" when the verb accuses, ("not" between allowed), or the possessive after "for" ("for his
        /// handling of"), that opens the reason of the verb at <paramref name="t"/>, within the verb's object's reach and before any comma; -1 when none.
        /// </summary>
        private static int ReasonGerund(List<Token> tokens, int t)
        {
            for (var i = t + 1; i + 1 < tokens.Count && i <= t + ReasonReach; i++)
            {
                if (tokens[i].IsPunct(',') || tokens[i].IsPunct(';') || tokens[i].IsPunct('.') || tokens[i].IsOpeningQuote) return -1;
                // "of" gives a reason only to an accusation: "denounced the memorandum of understanding" names a thing.
                if (!(tokens[i].Is("for") || tokens[i].Is("of") && tokens[t].Lower.StartsWith("accus", StringComparison.Ordinal))) continue;
                var g = tokens[i + 1].Is("not") && i + 2 < tokens.Count ? i + 2 : i + 1;
                if (IsGerund(tokens[g])) return g; // "accused the mayor of Velden of taking bribes": the first "of" may be the object's
                // "praised Ruiz for her work with Ostrel refugees": a reason told as the target's own deed or trait.
                if (tokens[i].Is("for") && TriggerFinder.IsAny(tokens[i + 1], OwnersWords)) return i + 1;
            }
            return -1;
        }

        // Possessives that, after "for", open a reason in a noun phrase: "thanked Vell for his service to Velden".
        private static readonly string[] OwnersWords = { "his", "her", "its", "their" };

        private static bool IsGerund(Token w) => ClauseReader.IsIngForm(w) && w.Text.Length > 4;

        /// <summary>
        /// "Senator Ana Ruiz criticized Republicans for blocking the bill": the party's members named as a plural right after a
        /// verb that judges them (CAMEO 051, 11x, 12x) stand for the party the article names ("the Republican Party"); nothing
        /// when it names none.
        /// </summary>
        internal static void AddPartyOfMembers(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants, List<SentenceInfo> sentences)
        {
            var at = t + 1;
            if (trigger.IsNoun || !JudgesWithReason(trigger.Cameo) || at >= s.Tokens.Count || !s.Tokens[at].IsCapitalized || s.MentionAt(at) is not null) return;
            var i = Array.IndexOf(PartyMembers, s.Tokens[at].Text);
            if (i < 0) return;
            var name = PartyAdjectives[i] + " Party";
            foreach (var sentence in sentences)
                foreach (var m in sentence.Mentions)
                    if (m.Entity.Kind == EntityKind.Organization && m.Entity.Name == name)
                    {
                        AddParticipant(participants, m.Entity);
                        return;
                    }
        }

        // A party's members in the plural and the adjective of the party's name: "Democrats", the "Democratic Party".
        private static readonly string[] PartyMembers = { "Democrats", "Republicans", "Conservatives", "Socialists", "Liberals", "Greens" };

        private static readonly string[] PartyAdjectives = { "Democratic", "Republican", "Conservative", "Socialist", "Liberal", "Green" };

        // The words after the verb its reason may open in: "accused the former finance minister of the republic of".
        private const int ReasonReach = 10;
    }
}
