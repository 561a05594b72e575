using System;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "The Norland Assembly kept a minute's silence in Karel Brandt's honour", "a ceremony in honour of Mira Holt", "a ceremony
    /// for Anja Kress": the person a ceremony or a rite honours takes part in it, after whoever holds it (the gold's ceremony and
    /// funeral groups have the honoured person as a participant). Outside CAMEO an occurrence otherwise takes only its subject and
    /// "of X" (<see cref="EventBuilder"/>); "in his honour" is left to the pronoun's reader.
    /// </summary>
    internal static class HonouredParties
    {
        internal static EntityDraft? Of(SentenceInfo s, int t, EventTrigger trigger, int clauseEnd)
        {
            if (!trigger.IsNoun || trigger.Cameo != "000" || trigger.Kind is not ("ceremony" or "funeral" or "memorial")) return null;
            var tokens = s.Tokens;
            // "a ceremony for Anja Kress", "a minute of silence for Karel Brandt": whom it is held for (a rite's "for" is read as its "of").
            if (trigger.Kind == "ceremony" && t + 2 < tokens.Count && tokens[t + 1].Is("for") && Person(s, t + 2) is { } forWhom) return forWhom;
            var end = Math.Min(Math.Min(clauseEnd, tokens.Count), t + 12);
            for (var i = t + 2; i < end; i++)
            {
                if (!(tokens[i].Is("honour") || tokens[i].Is("honor"))) continue;
                // "in Karel Brandt's honour": the possessor, right after "in".
                if (tokens[i - 1].Kind == TokenKind.Possessive) return PossessorAfterIn(s, i - 2);
                // "in honour of Mira Holt".
                if (tokens[i - 1].Is("in") && i + 2 < tokens.Count && tokens[i + 1].Is("of")) return Person(s, i + 2);
                return null;
            }
            return null;
        }

        // A person whose name starts at the token ("for Anja Kress").
        private static EntityDraft? Person(SentenceInfo s, int at) =>
            s.MentionAt(at) is { IsDemonym: false, Entity.Kind: EntityKind.Person } m && m.TokenStart == at ? m.Entity : null;

        // A person whose name ends at the token ("Karel Brandt's"), after "in".
        private static EntityDraft? PossessorAfterIn(SentenceInfo s, int last) =>
            s.MentionAt(last) is { IsDemonym: false, Entity.Kind: EntityKind.Person } m && m.TokenEnd == last + 1 && m.TokenStart > 0 && s.Tokens[m.TokenStart - 1].Is("in") ? m.Entity : null;
    }
}
