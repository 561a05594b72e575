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
            if (s.Analysis.ChunkAt(start) is not { Apposition: { } named } role || role.Start != start || !IsActorNoun(role.HeadToken)) return false;
            // The name closes the apposition: "her deputy, Ana Ruiz, ..." or at the sentence's end, not "the press, Ana Ruiz said".
            return s.MentionAt(named.Head) is { Entity.Kind: KnowledgeBase.Storage.DataLayout.KindPerson } && named.End < tokens.Count && (tokens[named.End].IsPunct(',') || tokens[named.End].IsPunct('.'));
        }
    }
}
