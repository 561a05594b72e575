using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class EventRoles
    {
        /// <summary>
        /// "A former adviser to Governor Karel Brandt was sentenced", "the wife of Karel Brandt was arrested", "arrested an aide to
        /// Norland's President Karel Brandt": a person named as whom an unnamed person's role is to, for or of says who that person
        /// is, and takes no part in the act.
        /// </summary>
        internal static bool IsRelatumOfRole(Mention m)
        {
            if (m.Entity.Kind != EntityKind.Person) return false;
            var tokens = m.Sentence.Tokens;
            var before = WordBeforeTitles(m);
            if (before > 0 && tokens[before].Is("the")) before--;
            if (before < 1 || !(tokens[before].Is("to") || tokens[before].Is("for") || tokens[before].Is("of"))) return false;
            return tokens[before - 1].IsWord && !tokens[before - 1].IsCapitalized && Titles.IsRoleNoun(tokens[before - 1]);
        }

        /// <summary>
        /// The token before a name and the titles and the country before them: "to" in "to U.S. President Ana Ruiz",
        /// "adviser to Governor Karel Brandt"; the token right before the name when no title stands there.
        /// </summary>
        private static int WordBeforeTitles(Mention m)
        {
            var s = m.Sentence;
            var tokens = s.Tokens;
            var before = m.TokenStart - 1;
            var titled = false;
            for (; before > 0 && tokens[before].IsCapitalized && Titles.IsPersonTitle(tokens[before]); before--) titled = true;
            // "U.S. President", "Norland's President": the country that names the office belongs to the title ("Ambassador to
            // Norland Karel Brandt" has none between).
            if (titled && before > 0 && tokens[before].Kind == TokenKind.Possessive) before--;
            if (titled && before > 0 && s.MentionAt(before) is { } country && (country.IsDemonym || country.Entity.IsCountry)) before = country.TokenStart - 1;
            return before;
        }

        /// <summary>
        /// "Police held Karel Brandt's nephew Tomas Vell", "criticized Brandt's wife, Ana Ruiz": a person whose "'s" stands before
        /// a lower-case role or kin noun (up to three words, "and" between two of them) and then a person's name says who that
        /// person is, and takes no part in the act.
        /// </summary>
        private static bool PossessorOfNamedRole(SentenceInfo s, Mention m)
        {
            var tokens = s.Tokens;
            if (m.Entity.Kind != EntityKind.Person || m.TokenEnd + 1 >= tokens.Count || tokens[m.TokenEnd].Kind != TokenKind.Possessive) return false;
            var start = m.TokenEnd + 1;
            var i = start;
            while (i < tokens.Count && i < start + 3 && tokens[i].IsWord && !tokens[i].IsCapitalized && (Titles.IsRoleNoun(tokens[i]) || i > start && tokens[i].Is("and"))) i++;
            if (i == start || !Titles.IsRoleNoun(tokens[i - 1])) return false;
            if (i < tokens.Count && tokens[i].IsPunct(',')) i++; // "Brandt's wife, Ana Ruiz,"
            return s.MentionAt(i) is { Entity.Kind: EntityKind.Person } person && person.TokenStart == i && person.Entity != m.Entity;
        }
    }
}
