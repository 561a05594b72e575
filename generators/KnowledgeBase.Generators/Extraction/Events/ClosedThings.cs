using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// What a closure, a launch or a discovery told by its verb is of (the gold's closure, founding and discovery groups: who
    /// closes, launches or finds it first, then what is closed, launched or found): "Mayor Ana Ruiz closed the Velden Bridge",
    /// "Ostrel Systems will end support for the Velden Linux Project", "Karel Brandt launched the Velden Books Company"; and
    /// "Kavel station, part of the Velden Metro, was closed": an unnamed station, line or branch closed is the named network's closure.
    /// </summary>
    internal static class ClosedThings
    {
        // The words that may stand between the verb and the name of what it closes ("shut down the", "ended support for its").
        private static readonly string[] ObjectLeadWords = { "the", "its", "their", "his", "her", "down", "support", "for" };

        // A part of a named network or chain: the word before its "of" ("Kavel station of the Velden Metro", "part of"; event-words.tsv).
        private static readonly HashSet<string> PartWords = WordListLexicon.EventWords.Lists.Words("network-part");

        /// <summary>
        /// The mention <paramref name="m"/> is the direct object of a closure, launch or discovery verb at <paramref name="t"/>: a body
        /// or a place named right after it, past a determiner, "down" or "support for"; not a person, not an owner, not a modifier of a part.
        /// </summary>
        internal static bool IsObject(List<Token> tokens, int t, EventTrigger trigger, Mention m)
        {
            if (!AnchorIsVerb(tokens, t, trigger) || trigger.Cameo != "000" || !IsClosureKind(trigger.Kind) && trigger.Kind is not ("launch" or "discovery")) return false;
            if (m.Entity.Kind == EntityKind.Person || m.IsDemonym || m.TokenStart <= t || m.TokenStart > t + 4) return false;
            // "closed Norland's embassy": the owner; "closed its Velden stores": where the stores are, not what is closed.
            if (m.TokenEnd < tokens.Count && (tokens[m.TokenEnd].Kind == TokenKind.Possessive || TriggerFinder.IsAny(tokens[m.TokenEnd], PartWords))) return false;
            for (var i = t + 1; i < m.TokenStart; i++)
                if (!TriggerFinder.IsAny(tokens[i], ObjectLeadWords)) return false;
            return true;
        }

        /// <summary>
        /// "Kavel station, part of the Velden Metro, was temporarily closed", "the Kavel line of the Velden Metro was shut down": the
        /// network named after "of" in the subject of a passive or intransitive closure that names nothing else; null otherwise.
        /// </summary>
        internal static EntityDraft? NetworkOf(SentenceInfo s, int t, EventTrigger trigger)
        {
            var tokens = s.Tokens;
            if (!AnchorIsVerb(tokens, t, trigger) || !IsClosureKind(trigger.Kind)) return null;
            // Back over the verb group ("was temporarily", "were") and the comma closing an appositive.
            var i = t - 1;
            while (i >= 0 && tokens[i].IsWord && !tokens[i].IsCapitalized && i >= t - 3 && s.MentionAt(i) is null && !TriggerFinder.IsAny(tokens[i], PartWords)) i--;
            if (i >= 0 && tokens[i].IsPunct(',')) i--;
            if (i < 0 || s.MentionAt(i) is not { } m || m.Entity.Kind == EntityKind.Person || m.IsDemonym) return null;
            var of = m.TokenStart - 1;
            if (of >= 0 && tokens[of].Is("the")) of--;
            if (of < 1 || !tokens[of].Is("of") || !TriggerFinder.IsAny(tokens[of - 1], PartWords)) return null;
            for (var j = 0; j < m.TokenStart; j++)
                if (s.MentionAt(j) is not null) return null;
            return m.Entity;
        }

        // "shut down the Velden Mail service": the phrase's verb anchors the noun row's trigger ("shutdown") it borrows.
        private static bool AnchorIsVerb(List<Token> tokens, int t, EventTrigger trigger) => !trigger.IsNoun || t + 1 < tokens.Count && tokens[t + 1].Is("down");

        private static bool IsClosureKind(string kind) => kind is "closure" or "shutdown" or "suspension" or "cancellation";
    }
}
