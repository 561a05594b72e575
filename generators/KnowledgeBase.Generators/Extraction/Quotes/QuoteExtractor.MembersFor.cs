using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // An unnamed member who speaks for a named body: "a spokeswoman for the Velden Port Authority said ...".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The member nouns that speak for the organization named after one of their prepositions. Each row has the nouns, the
        /// prepositions and an invented sentence whose quote the organization speaks; the rows run as tests.
        /// </summary>
        internal static readonly MemberForRow[] MembersFor =
        {
            new("spokesman spokeswoman spokesperson", "for of", "A spokeswoman for the Velden Port Authority said the pier would reopen in May."),
            new("representative official source", "for of from", "An official from the Ostrel Water Board said the reservoir was full."),
            // "a source within the Velden Treasury": a member inside the body is one of its sources, named as "a Velden Treasury source" is.
            new("source insider", "within inside in at", "A source within the central Ostrel Treasury reportedly said the bonds were sold.", bodyFirst: true),
        };

        /// <summary>
        /// "a spokesman for the Velden Council": the organization <paramref name="body"/>, governed by the preposition at
        /// <paramref name="preposition"/> after a member noun of a row, speaks; the text keeps the member. Null otherwise.
        /// </summary>
        private static Speaker? MemberSpeakingFor(SentenceInfo s, Mention body, int preposition)
        {
            var tokens = s.Tokens;
            if (body.Entity.Kind != EntityKind.Organization || preposition < 1 || !tokens[preposition - 1].IsWord) return null;
            foreach (var row in MembersFor)
            {
                if (Array.IndexOf(row.Nouns, tokens[preposition - 1].Lower) < 0 || Array.IndexOf(row.Prepositions, tokens[preposition].Lower) < 0) continue;
                return new Speaker(body.Entity, row.BodyFirst ? Join(tokens, body.TokenStart, body.TokenEnd) + " " + tokens[preposition - 1].Text : Join(tokens, preposition - 1, body.TokenEnd));
            }
            return null;
        }

        /// <summary>
        /// "Residents of the town said", "The mayor of the city said", "Parents at the school said": a group, role or institution
        /// noun at <paramref name="i"/> governed by "of", "in", "at" or "from" right after a group or role noun completes that
        /// noun, which speaks: the index of that head noun, or -1.
        /// </summary>
        private static int HeadBeforeComplement(SentenceInfo s, int start, int i)
        {
            var tokens = s.Tokens;
            if (!(IsA(tokens[i], QuoteWords.SpeakingGroup) || Titles.IsRoleNoun(tokens[i]) || IsA(tokens[i], QuoteWords.InstitutionNoun))) return -1;
            var edge = LeftEdge(s, start, i);
            // "The head of the firefighters": a singular role over a group speaks as the whole role (RoleOverGroup, read there).
            if (IsA(tokens[i], QuoteWords.SpeakingGroup) && RoleOverGroup(s, start, edge) >= 0) return -1;
            var preposition = edge - 1;
            if (preposition - 1 < start || Array.IndexOf(ComplementPrepositions, tokens[preposition].Lower) < 0) return -1;
            var head = tokens[preposition - 1];
            return head.IsWord && (IsA(head, QuoteWords.SpeakingGroup) || Titles.IsRoleNoun(head)) ? preposition - 1 : -1;
        }

        /// <summary>
        /// "researchers from Velden University and the Ostrel Institute", "scientists at Velden University (VU) in Ostrel":
        /// whether <paramref name="at"/> is an "and"/"or" or an opening bracket right after a name governed by a preposition (not
        /// an agent's "by"), through such links, so that the name after it is governed too and, like the first, names where the
        /// speakers come from rather than a speaker. Not after a country ("authorities in Velmark and Ostria" are both countries' bodies).
        /// </summary>
        private static bool ConjoinedToPrepositionObject(SentenceInfo s, int at, int depth = 0)
        {
            var tokens = s.Tokens;
            if (at < 2 || depth > 3 || !(tokens[at].Is("and") || tokens[at].Is("or") || tokens[at].IsPunct('('))) return false;
            // "authorities in Velmark and Ostria": a country's unnamed body speaks for it, so each country stays a speaker.
            if (s.MentionAt(at - 1) is not { } left || left.TokenEnd != at || left.Entity.IsCountry) return false;
            var before = left.TokenStart - 1;
            if (before >= 0 && tokens[before].Is("the")) before--;
            return before >= 0 && (IsPreposition(tokens[before]) && !tokens[before].Is("by") || ConjoinedToPrepositionObject(s, before, depth + 1));
        }

        private static readonly string[] ComplementPrepositions = { "of", "in", "at", "from" };

        /// <summary>
        /// The speaker whose group noun or role is at <paramref name="head"/>: the phrase it ends, or the role heading it. A group
        /// joined by "and"/"or" to a group before it speaks with it ("Police and harbour officials said": both, read from the first).
        /// </summary>
        private Speaker GroupOrRoleSpeaker(SentenceInfo s, int start, int head, int cue)
        {
            var edge = LeftEdge(s, start, head);
            if (IsA(s.Tokens[head], QuoteWords.SpeakingGroup) && edge - 2 >= start && (s.Tokens[edge - 1].Is("and") || s.Tokens[edge - 1].Is("or"))
                && s.Tokens[edge - 2].IsWord && IsA(s.Tokens[edge - 2], QuoteWords.SpeakingGroup) && s.MentionAt(edge - 2) is null)
                edge = LeftEdge(s, start, edge - 2);
            if (IsA(s.Tokens[head], QuoteWords.SpeakingGroup) && RoleOverGroup(s, start, edge) is var role && role >= 0) return new Speaker(null, Join(s.Tokens, role, head + 1));
            return NounPhraseSpeaker(s, edge, cue);
        }

        /// <summary>
        /// "The head of the port's divers told ...": where the singular role that heads the group, through "of" and the group's
        /// possessor, starts (at its "the"), or -1 when the group starting at <paramref name="group"/> stands alone.
        /// </summary>
        private static int RoleOverGroup(SentenceInfo s, int start, int group)
        {
            var tokens = s.Tokens;
            var k = group;
            if (k - 2 > start && tokens[k - 1].Kind == TokenKind.Possessive) k = LeftEdge(s, start, k - 2);
            if (k - 2 < start || !tokens[k - 1].Is("of") || !Titles.IsRoleNoun(tokens[k - 2]) || tokens[k - 2].Text.EndsWith("s", StringComparison.Ordinal)) return -1;
            return k - 3 >= start && (tokens[k - 3].Is("the") || tokens[k - 3].Is("a")) ? k - 3 : k - 2;
        }
    }

    /// <summary>One row of <see cref="QuoteExtractor.MembersFor"/>, with its example.</summary>
    internal sealed class MemberForRow
    {
        public MemberForRow(string nouns, string prepositions, string example, bool bodyFirst = false) =>
            (Nouns, Prepositions, Example, BodyFirst) = (nouns.Split(' '), prepositions.Split(' '), example, bodyFirst);

        /// <summary>Whether the speaker's text names the body before the member ("Velden Treasury source"), as the prenominal phrase does.</summary>
        public bool BodyFirst { get; }

        /// <summary>The nouns of members who speak for a body.</summary>
        public string[] Nouns { get; }

        /// <summary>The prepositions that link the member to the body.</summary>
        public string[] Prepositions { get; }

        /// <summary>An invented sentence whose quote the body speaks.</summary>
        public string Example { get; }
    }
}
