using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class EventRoles
    {
        /// <summary>
        /// "met her counterpart, Ana Ruiz, on Monday", "called the Chilean president, Karel Brandt, on Friday": an object that
        /// is a role noun with a name in apposition names whom the act is with, as the name right after the verb would.
        /// </summary>
        internal static bool ObjectNamedInApposition(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var start = t + 1 < tokens.Count && tokens[t + 1].Is("with") ? t + 2 : t + 1;
            // Only a determiner or a possessive may open the role noun's phrase: "her counterpart", "the president".
            if (start >= tokens.Count || !tokens[start].IsWord || !ClauseReader.IsDeterminerOrPossessive(tokens[start].Text)) return false;
            if (s.Analysis.ChunkAt(start) is not { } role || role.Start != start || !IsActorNoun(role.HeadToken)) return false;
            // The name stands between commas right after the role noun: "her deputy, Ana Ruiz, ..." or at the sentence's end,
            // not "the press, Ana Ruiz said".
            if (PersonAfterComma(s, role.End) is not { } named || named.TokenStart != role.End + 1) return false;
            return named.TokenEnd < tokens.Count && (tokens[named.TokenEnd].IsPunct(',') || tokens[named.TokenEnd].IsPunct('.'));
        }

        /// <summary>The mention of a person right after the comma at <paramref name="comma"/> ("her counterpart, Ana Ruiz"), or null.</summary>
        internal static Mention? PersonAfterComma(SentenceInfo s, int comma) =>
            comma + 1 < s.Tokens.Count && s.Tokens[comma].IsPunct(',') && s.MentionAt(comma + 1) is { Entity.Kind: EntityKind.Person } named ? named : null;
    }
}
