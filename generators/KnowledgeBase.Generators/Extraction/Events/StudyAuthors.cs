using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "In work published last week in the Velden Journal by a group of chemists from Ostrel University", "the journal Velden
    /// Science published new research by a team from Ostrel University and the Kavel Institute", "research was printed and
    /// published in the Velden Journal, conducted by Ostrel University professor Anja Kress": the bodies (and the person) the team behind a
    /// published study is named by are who publish it (the gold's discovery group: the named researchers and/or institutions),
    /// not the journal that prints it; a passive participle after its noun with no subject of its own has them as its only
    /// party. Only a team, a group or a group noun of researchers after "by" ("by a team from", "by researchers at"), or
    /// "conducted/led/carried out by"; "published by Ostrel Press" is the publisher's passive agent as before.
    /// </summary>
    internal static class StudyAuthors
    {
        /// <summary>Prepositions that tie the team to its bodies ("a team from", "researchers at", "a group of").</summary>
        internal static readonly string[] AffiliationWords = { "from", "at", "of" };

        private const int Reach = 14;

        /// <summary>The authors named after the publication verb at <paramref name="t"/>, or null when it names none so.</summary>
        internal static List<EntityDraft>? Of(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            for (var k = t + 1; k < tokens.Count && k <= t + Reach; k++)
            {
                if (tokens[k].IsPunct(';') || tokens[k].IsPunct('.') || tokens[k].Is("that")) return null;
                // "published in X, conducted by Y": a comma ends the search unless a participle of making follows it.
                if (tokens[k].IsPunct(',') && !(k + 1 < tokens.Count && EventLexicon.IsMakingParticiple(tokens[k + 1].Text))) return null;
                if (!tokens[k].Is("by")) continue;
                var made = tokens[k - 1].Is("out") || EventLexicon.IsMakingParticiple(tokens[k - 1].Text);
                var at = made ? k + 1 : TeamEnd(tokens, k + 1);
                return at < 0 ? null : Named(s, at);
            }
            return null;
        }

        /// <summary>
        /// "a study published last year by the Velden Institute", "a study conducted by biologist Dr. Anja Kress": who
        /// published a study that the clause names no subject for, named right after "by" (the first name that is no place; a
        /// title's full stop is no end) when <see cref="Of"/> finds no team there; null at a comma, an "and" or a "which" first
        /// ("a process by which").
        /// </summary>
        internal static EntityDraft? PublisherAfterBy(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            for (var i = t + 1; i < tokens.Count && i <= t + 8; i++)
            {
                if (tokens[i].Kind == TokenKind.Punctuation) return null;
                if (!tokens[i].Is("by")) continue;
                for (var j = i + 1; j < tokens.Count && j <= i + 8; j++)
                {
                    // "by biologist Dr. Anja Kress": the full stop of a title before the name goes on to the name.
                    if (tokens[j].IsPunct('.') && Titles.IsTitleWord(tokens[j - 1])) continue;
                    if (tokens[j].Kind == TokenKind.Punctuation || tokens[j].Is("which") || tokens[j].Is("and")) return null;
                    if (s.MentionAt(j) is { } m && m.Entity.Kind != EntityKind.Place) return m.Entity;
                }
                return null;
            }
            return null;
        }

        // "by an international team of scientists from": the token after the affiliation word, or -1 when no team is named.
        private static int TeamEnd(List<Token> tokens, int i)
        {
            var modifiers = 0;
            while (i < tokens.Count && modifiers < 3 && EventLexicon.IsTeamModifier(tokens[i].Text)) { i++; modifiers++; }
            if (i >= tokens.Count || !(EventLexicon.IsTeamNoun(tokens[i].Text) || CommonWords.IsGroupNoun(tokens[i].Text))) return -1;
            i++;
            // "a team of scientists from", "a team led by"
            if (i + 1 < tokens.Count && tokens[i].Is("of") && CommonWords.IsGroupNoun(tokens[i + 1].Text)) i += 2;
            if (i + 1 < tokens.Count && tokens[i].Is("led") && tokens[i + 1].Is("by")) return i + 2;
            return i < tokens.Count && TriggerFinder.IsAny(tokens[i], AffiliationWords) ? i + 1 : -1;
        }

        // The bodies and people named from token i on, joined by "and" or commas ("X (XU) and the Y"), and a person a body's role
        // noun leads to ("Ostrel University professor Anja Kress").
        internal static List<EntityDraft>? Named(SentenceInfo s, int i)
        {
            var tokens = s.Tokens;
            var named = new List<EntityDraft>();
            while (i < tokens.Count)
            {
                if (tokens[i].Is("the")) i++;
                if (i >= tokens.Count || s.MentionAt(i) is not { } m || m.Entity.Kind is not (EntityKind.Organization or EntityKind.Person)) break;
                if (!named.Contains(m.Entity)) named.Add(m.Entity);
                i = SkipParenthesis(tokens, CampusAddress.After(s, m.TokenEnd));
                if (m.Entity.Kind == EntityKind.Organization && PersonAfterRole(s, i) is { } person)
                {
                    if (!named.Contains(person.Entity)) named.Add(person.Entity);
                    i = person.TokenEnd;
                }
                if (i < tokens.Count && (tokens[i].Is("and") || tokens[i].IsPunct(','))) i++;
                else break;
            }
            return named.Count == 0 ? null : named;
        }

        // "(UH)" after a name: its short form.
        private static int SkipParenthesis(List<Token> tokens, int i)
        {
            if (i >= tokens.Count || !tokens[i].IsPunct('(')) return i;
            for (var k = i + 1; k < tokens.Count && k <= i + 6; k++)
                if (tokens[k].IsPunct(')')) return k + 1;
            return i;
        }

        // "professor Anja Kress", "astronomer Dr Anja Kress": a person right after role nouns and titles.
        private static Mention? PersonAfterRole(SentenceInfo s, int i)
        {
            var tokens = s.Tokens;
            var k = i;
            while (k < tokens.Count && k - i < 3 && (Titles.IsRoleNoun(tokens[k]) || Titles.IsTitleWord(tokens[k]))) k++;
            return k > i && s.MentionAt(k) is { Entity.Kind: EntityKind.Person } person ? person : null;
        }
    }
}
