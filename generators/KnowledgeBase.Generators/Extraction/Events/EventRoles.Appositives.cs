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
            var comma = role.End;
            if (comma + 1 >= tokens.Count || !tokens[comma].IsPunct(',') || s.MentionAt(comma + 1) is not { Entity.Kind: KnowledgeBase.Storage.DataLayout.KindPerson } named || named.TokenStart != comma + 1) return false;
            return named.TokenEnd < tokens.Count && (tokens[named.TokenEnd].IsPunct(',') || tokens[named.TokenEnd].IsPunct('.'));
        }
    }
}
