using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction
{
    // Who speaks in a subject that names a body or a place after a person or role: "Ana Vell of the Velden Party said ...",
    // "The mayor of Dunmore, Ostland, said ...".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>A person right before the "of"/"at"/"from" phrase that holds the mention at <paramref name="from"/>.</summary>
        private static Mention? PersonBeforeAffiliation(SentenceInfo s, int start, int from)
        {
            var tokens = s.Tokens;
            // "X of the Norland Institute of Health (NIH)": the acronym names the organization before it; start there.
            if (from >= 2 && tokens[from - 1].IsPunct('(') && s.MentionAt(from - 2) is { } named) from = named.TokenStart;
            for (var i = from - 1; i > start && i >= from - 8; i--)
            {
                var t = tokens[i];
                if (t.Is("of") || t.Is("at") || t.Is("from"))
                    return s.MentionAt(i - 1) is { } m && m.Entity.Kind == EntityKind.Person ? m : null;
                // "Ana Ruiz of Norvale's fourth Harbour Ward": an article, a possessive and an ordinal stay inside the phrase.
                // "Ana Ruiz of tenant advocacy group Velcare": lower-case words before an organization descriptor describe the body.
                // "Ana Vell of the conservative Velden Party", "Arno Vell of the navy's Southern Fleet Command": an adjective, or a noun
                // owning the body, after "the" describes the body too.
                if (t.IsWord && char.IsLower(t.Text[0]) && !t.Is("the") && !IsOrdinal(t) && !(i >= from - 4 && CommonWords.IsOrganizationDescriptor(tokens[from - 1].Lower))
                    && !ModifiesBodyAfterThe(s, i, from)) return null;
                if (t.Kind == TokenKind.Punctuation && !(t.IsPunct('(') || t.IsPunct(')'))) return null;
            }
            return null;
        }

        /// <summary>The lower-case word at <paramref name="i"/> is an adjective, a noun before the name or a noun with a possessive, in "the ... BODY" before <paramref name="from"/>.</summary>
        private static bool ModifiesBodyAfterThe(SentenceInfo s, int i, int from)
        {
            var tokens = s.Tokens;
            if (i < from - 3 || !tokens[i - 1].Is("the") && !(tokens[i - 1].IsWord && char.IsLower(tokens[i - 1].Text[0]) && i - 2 >= 0 && tokens[i - 2].Is("the"))) return false;
            // "the opposition Green Alliance": a noun right before the name modifies it.
            return s.Analysis.TagAt(i) == Analysis.Tag.Adjective || i + 1 == from && s.Analysis.TagAt(i) == Analysis.Tag.Noun
                || i + 1 < from && tokens[i + 1].Kind == TokenKind.Possessive;
        }

        /// <summary>
        /// Where the comma after a place stands when the subject ends "PLACE, REGION," right before the cue (both named places),
        /// or -1: the region only says where the place is. (A fronted-phrase reading may have put the clause start right after that comma.)
        /// </summary>
        private static int PlaceRegionComma(SentenceInfo s, int start, int cue)
        {
            var tokens = s.Tokens;
            if (cue < 4 || !tokens[cue - 1].IsPunct(',') || s.MentionAt(cue - 2) is not { Entity.Kind: EntityKind.Place } region) return -1;
            var comma = region.TokenStart - 1;
            if (comma < 3 || comma < start - 1 || !tokens[comma].IsPunct(',')) return -1;
            if (s.MentionAt(comma - 1) is { } place) return place.Entity.Kind == EntityKind.Place && place.Entity != region.Entity ? comma : -1;
            // "The governor of Belmora, Nord Almera, said": an unknown name after a role's "of" is the role's place, as a known one is.
            return tokens[comma - 1].IsWord && tokens[comma - 1].IsCapitalized && tokens[comma - 2].Is("of") && Titles.IsRoleNoun(tokens[comma - 3]) ? comma : -1;
        }

        /// <summary>"The governor of Belmora" before the comma at <paramref name="comma"/> (see <see cref="PlaceRegionComma"/>): the role with its place speaks, unnamed.</summary>
        private static Speaker RoleOfUnknownPlace(SentenceInfo s, int comma)
        {
            var edge = comma - 3;
            if (edge > 0 && (s.Tokens[edge - 1].Is("the") || s.Tokens[edge - 1].Is("a"))) edge--;
            return new Speaker(null, Join(s.Tokens, edge, comma));
        }
    }
}
