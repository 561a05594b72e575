using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>The country or body a named victim of violence serves: it says who the victim is and takes no part in the act.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "Norland's interior minister Tavio Renk was stabbed", "the assassination of Chile senator and party leader Ana Ruiz",
        /// "killed Ana Ruiz, head of Peru's Velden Guard": in an act of violence a country or a body named only in the title or
        /// the role of a named victim (a party after the trigger, or before a passive one) is where the victim serves; the gold
        /// keeps the victim alone as the target. A country named elsewhere in the sentence ("Norland troops killed ...") keeps its part.
        /// </summary>
        internal static bool OnlyServedByAVictim(SentenceInfo s, int t, EntityDraft[] parties, EntityDraft party)
        {
            if (party.Kind == EntityKind.Person) return false;
            var found = false;
            foreach (var m in s.Mentions)
            {
                if (m.Entity != party) continue;
                if (ServedPerson(s, m) is not { } victim || System.Array.IndexOf(parties, victim.Entity) < 0
                    || !(victim.TokenStart > t || s.Analysis.IsPassiveAt(t))) return false;
                found = true;
            }
            return found;
        }

        /// <summary>The named person whose title ("Norland's interior minister Tavio Renk") or role ("Tavio Renk, head of Peru's
        /// Velden Guard") names <paramref name="m"/>, or null.</summary>
        private static Mention? ServedPerson(SentenceInfo s, Mention m) => TitledVictim(s, m) ?? PersonBeforeRoleOf(s, m);

        // "Norland's interior minister Tavio Renk", "Chile senator and party leader Ana Ruiz": up to five lower-case words, one a role
        // noun, between the name (or its possessive) and the person's name.
        private static Mention? TitledVictim(SentenceInfo s, Mention m)
        {
            var tokens = s.Tokens;
            var i = m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive ? m.TokenEnd + 1 : m.TokenEnd;
            var role = false;
            for (var k = i; k < tokens.Count && k < i + 6; k++)
            {
                if (s.MentionAt(k) is { } next) return role && next.TokenStart == k && next.Entity.Kind == EntityKind.Person && next.Entity != m.Entity ? next : null;
                var w = tokens[k];
                if (!w.IsWord || w.IsCapitalized && !Titles.IsTitleWord(w)) return null;
                // Only nouns and their adjectives: "The Ostrel Front assassinated President Tomas Vell" has a verb between.
                if (!w.Is("and") && (s.Analysis.TagAt(k) is not (Tag.Noun or Tag.Adjective or Tag.ProperNoun) || EventLexicon.Find(w) is not null)) return null;
                if (Titles.IsRoleNoun(w) || Titles.IsTitleWord(w)) role = true;
                else if (CommonWords.IsFunctionWord(w) && !w.Is("and")) return null;
            }
            return null;
        }

        // "Tavio Renk, head of Peru's Velden Guard", "Tavio Renk, a general of the Velden Guard": a person, a comma, a role noun and
        // "of" before the body (or before the country whose body it is).
        private static Mention? PersonBeforeRoleOf(SentenceInfo s, Mention m)
        {
            var tokens = s.Tokens;
            var i = m.TokenStart - 1;
            if (i >= 0 && tokens[i].Is("the")) i--;
            // "of Peru's Velden Guard": the body after the country's possessive.
            if (i >= 1 && tokens[i].Kind == TokenKind.Possessive && s.MentionAt(i - 1) is { } owner && owner.TokenEnd == i) i = owner.TokenStart - 1;
            if (i < 2 || !tokens[i].Is("of") || !Titles.IsRoleNoun(tokens[i - 1])) return null;
            i -= 2;
            if (i >= 0 && (tokens[i].Is("a") || tokens[i].Is("the"))) i--;
            if (i < 1 || !tokens[i].IsPunct(',') || s.MentionAt(i - 1) is not { Entity.Kind: EntityKind.Person } person || person.TokenEnd != i) return null;
            return person;
        }
    }
}
