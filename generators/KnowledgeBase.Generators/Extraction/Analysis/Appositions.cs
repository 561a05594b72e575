using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// "Anna Berg, the foreign minister, said" and "the foreign minister, Anna Berg, said": two chunks side by side
    /// between commas, one a name and the other a description, are one thing. A list ("Berg, Lind and Nord") is not.
    /// </summary>
    internal static class Appositions
    {
        public static void Link(List<Token> tokens, TokenTags tags, NounChunk[] chunks)
        {
            for (var c = 0; c + 1 < chunks.Length; c++)
            {
                var first = chunks[c];
                var second = chunks[c + 1];
                if (first.IsPronoun || second.IsPronoun || second.Preposition >= 0) continue;
                if (first.End + 1 != second.Start || !tokens[first.End].IsPunct(',')) continue;
                if (!NameAndDescription(tokens, tags, first, second)) continue;
                if (!ClosedAfter(tokens, chunks, c + 1)) continue;
                first.Apposition = second;
                second.AppositionOf = first;
            }
        }

        private static bool NameAndDescription(List<Token> tokens, TokenTags tags, NounChunk first, NounChunk second)
        {
            var firstIsName = tags.Tags[first.Head] == Tag.ProperNoun;
            var secondIsName = tags.Tags[second.Head] == Tag.ProperNoun;
            if (firstIsName == secondIsName) return false;
            var description = firstIsName ? second : first;
            // A description has a determiner, a possessor or a role noun: "the minister", "Berg's deputy", "spokeswoman".
            return tags.Tags[description.Start] == Tag.Determiner || description.Possessor is not null || Titles.IsRoleNoun(tokens[description.Head]);
        }

        // The second chunk (with its "of"/"for" phrases) ends at a comma, a full stop or the sentence's end, not at "and".
        private static bool ClosedAfter(List<Token> tokens, NounChunk[] chunks, int second)
        {
            var end = chunks[second].End;
            for (var c = second + 1; c < chunks.Length && chunks[c].Preposition == end; c++) end = chunks[c].End;
            if (end >= tokens.Count) return true;
            var after = tokens[end];
            if (after.IsPunct('.') || after.IsPunct(')') || after.IsPunct(';')) return true;
            if (!after.IsPunct(',')) return false;
            return end + 1 >= tokens.Count || !(tokens[end + 1].Is("and") || tokens[end + 1].Is("or"));
        }
    }
}
