using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// '"...," Ruiz said in a recorded statement issued on Monday', "wrote in a post published on Facebook": when the words
        /// after a cue start (past an adjunct naming the medium) with a past participle right after the text noun, and no finite
        /// verb follows, the participle describes the text (a reduced relative): where and when it came out, not what was said.
        /// </summary>
        private static bool DescribesTheText(SentenceInfo s, int cue, int start, int end)
        {
            var tokens = s.Tokens;
            if (start <= cue + 2 || start >= end || !IsTextNoun(tokens[start - 1])) return false;
            if (!(s.Analysis.TagAt(start) == Tag.Verb && s.Analysis.Tags.Forms[start] is VerbForm.Participle or VerbForm.Past)) return false;
            return !HasVerbGroup(s, start + 1, end, finite: true);
        }

        private static bool IsTextNoun(Token word) => IsWrittenWordsNoun(word) || word.IsWord && CommonWords.IsIssuedTextNoun(word.Lower);
    }
}
