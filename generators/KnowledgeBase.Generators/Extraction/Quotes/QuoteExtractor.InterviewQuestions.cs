namespace KnowledgeBase.Generators.Extraction
{
    // An interviewer's question in a transcript: "((WN)) In what towns should voters expect to see your name?"
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "((WN)) In what towns should voters expect to see your name?", "((WN)) What according to you matters more?": a sentence of
        /// an interviewer's turn that ends in a question mark asks, and reports no one's words (the gold's convention: the
        /// transcript's unquoted questions are no quotes); what the turn tells as background before its question ("the federation
        /// announced she was banned.") still reports, and quotations in the question are read as before.
        /// </summary>
        private static bool IsInterviewQuestion(SentenceInfo first, SentenceInfo s)
        {
            if (!first.OpensInterviewTurn) return false;
            var tokens = s.Tokens;
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                if (IsQuoteClose(tokens[i]) || tokens[i].IsPunct(')')) continue;
                return tokens[i].IsPunct('?');
            }
            return false;
        }
    }
}
