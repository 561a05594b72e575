using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Matches the steps of a CAMEO verb pattern, in order, over a span of a sentence's tokens.</summary>
    internal static class PatternMatcher
    {
        /// <summary>
        /// Whether every step occurs in <paramref name="from"/>..<paramref name="to"/>, each after the one before;
        /// <paramref name="target"/> receives the party a '+' step matched. Without a clause the words alone are
        /// matched: a cheap first reading that decides whether the sentence analysis is worth asking for.
        /// </summary>
        public static bool Matches(SentenceInfo s, Analysis.Clause? clause, PatternStep[] steps, int from, int to, ref Mention? target)
        {
            var position = from;
            foreach (var step in steps)
            {
                var matched = false;
                for (var i = position; i < to && !matched; i++)
                {
                    var length = LengthAt(s, clause, step, i, to, ref target);
                    if (length == 0) continue;
                    matched = true;
                    position = i + length;
                }
                if (!matched) return false;
            }
            return true;
        }

        /// <summary>How many tokens the step covers at <paramref name="i"/>; 0 when it does not match there.</summary>
        private static int LengthAt(SentenceInfo s, Analysis.Clause? clause, PatternStep step, int i, int to, ref Mention? target)
        {
            switch (step.Kind)
            {
                case PatternStepKind.Target:
                    if (s.MentionAt(i) is not { } m || m.TokenStart != i || !DictionaryTriggers.IsParty(m) || clause is not null && !IsVerbArgument(s, clause, m)) return 0;
                    target ??= m;
                    return m.TokenEnd - i;
                case PatternStepKind.Synset:
                    // Most words start no member of any set: the form knows so without hashing its text.
                    if (!s.Tokens[i].IsWord || s.Tokens[i].Form is { StartsCameoSynsetMember: false } || !step.FirstWords.Contains(s.Tokens[i].Text)) return 0;
                    foreach (var member in step.Members)
                        if (PhraseAt(s.Tokens, member, i, to) is var n && n > 0) return n;
                    return 0;
                case PatternStepKind.Preposition:
                    return clause is null || AttachesToVerb(s, clause, i, step.IsBare) ? PhraseAt(s.Tokens, step.Words, i, to) : 0;
                default:
                    return PhraseAt(s.Tokens, step.Words, i, to);
            }
        }

        /// <summary>Whether every word a pattern names after its verb occurs among the tokens (in any order): a quick refusal.</summary>
        public static bool HasWords(List<Token> tokens, string[] words, int from, int to)
        {
            foreach (var word in words)
            {
                var found = false;
                for (var i = from; i < to && !found; i++)
                    found = tokens[i].IsWord && tokens[i].Text.StartsWith(word, StringComparison.OrdinalIgnoreCase);
                if (!found) return false;
            }
            return true;
        }

        // "led the survey by twelve points to four": a preposition counts only when its phrase belongs to the verb.
        private static bool AttachesToVerb(SentenceInfo s, Analysis.Clause clause, int i, bool needsNamedObject)
        {
            foreach (var attachment in clause.Attachments)
                if (attachment.Preposition == i) return !needsNamedObject || s.MentionAt(attachment.Chunk.Head) is not null;
            return false;
        }

        // "retreated from a goal of ousting X": a party is the verb's object or the object of its preposition, not a word inside them.
        private static bool IsVerbArgument(SentenceInfo s, Analysis.Clause clause, Mention m)
        {
            var chunk = s.Analysis.ChunkAt(m.TokenStart);
            if (chunk is null || chunk.Head < m.TokenStart || chunk.Head >= m.TokenEnd) return false;
            if (chunk == clause.Object) return true;
            foreach (var attachment in clause.Attachments)
                if (attachment.Chunk == chunk) return true;
            return false;
        }

        private static int PhraseAt(List<Token> tokens, string[] words, int i, int to)
        {
            if (i + words.Length > to) return 0;
            for (var k = 0; k < words.Length; k++)
                if (!WordMatches(tokens[i + k], words[k], last: k == words.Length - 1)) return 0;
            return words.Length;
        }

        /// <summary>The word itself, any case; the last word of a phrase also in its plural ("sanction" → "sanctions").</summary>
        private static bool WordMatches(Token token, string word, bool last)
        {
            if (!token.IsWord) return false;
            var text = token.Text;
            if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase)) return true;
            if (!last || text.Length <= word.Length || !text.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return false;
            var ending = text.Substring(word.Length);
            return ending is "s" or "es";
        }
    }
}
