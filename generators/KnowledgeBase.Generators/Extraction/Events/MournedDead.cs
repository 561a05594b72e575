using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Karel Dorn, the Sultan of Velmaria, died on Friday. The government declared five days of mourning.": a funeral, a burial,
    /// days of mourning or a memorial that does not say whom it is for are the rites of the one whose death the article told (the
    /// gold's funeral group has the mourned take part, after whoever holds the rites). Only when the article told one person's
    /// death before; a rite told "of" or "for" someone, or someone's own ("Vell's funeral"), is whom it names.
    /// </summary>
    internal static class MournedDead
    {
        /// <summary>A rite outside CAMEO: kept in the making though nobody is named, for the dead to be added (<see cref="Add"/>).</summary>
        internal static bool IsRite(EventTrigger trigger) => trigger.Cameo == "000" && trigger.Kind is "funeral" or "memorial";

        /// <summary>Adds the one person whose death the article told before to a rite that names nobody it is for.</summary>
        internal static void Add(EventDraft draft, List<EventDraft> events)
        {
            if (!IsRite(draft.Trigger) || draft.TriggerToken < 0 || NamesWhomItIsFor(draft.Sentence.Tokens, draft.TriggerToken)) return;
            EntityDraft? dead = null;
            foreach (var e in events)
            {
                if (e.Trigger.Cameo != "000" || e.Trigger.Kind != "death" || e.Status != DataLayout.StatusOccurred) continue;
                foreach (var p in e.Participants)
                {
                    if (p.Kind != EntityKind.Person || p == dead) continue;
                    if (dead is not null) return; // two deaths told: whose rite it is, the sentence does not say
                    dead = p;
                }
            }
            if (dead is not null && !draft.Participants.Contains(dead)) draft.Participants.Add(dead);
        }

        // "the funeral of X", "a memorial for X", "a vigil was held for X", "X's funeral", "his burial", "its memorial": whom the rite is for is named.
        private static bool NamesWhomItIsFor(List<Token> tokens, int t)
        {
            var after = t + 1 < tokens.Count && (tokens[t + 1].Is("was") || tokens[t + 1].Is("were")) && t + 3 < tokens.Count && tokens[t + 2].Is("held") ? t + 3 : t + 1;
            if (after < tokens.Count && (tokens[after].Is("of") || tokens[after].Is("for"))) return true;
            for (var i = t - 1; i >= 0 && i >= t - 3; i--)
            {
                if (tokens[i].Kind == TokenKind.Possessive || ClauseReader.IsPossessivePronoun(tokens[i])) return true;
                if (!tokens[i].IsWord) return false;
            }
            return false;
        }
    }
}
