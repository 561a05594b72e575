using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // An aside between dashes or parentheses that interrupts the subject: "at least two villages —including Kessin in the
    // province of Nord Almera— declared ...". Its names only say who is among the subject; none of them speaks.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The opening dash or parenthesis of an aside that closes right before <paramref name="cue"/> and opens with a
        /// lower-case word ("—including X—", "(among them X)"), or -1. An aside of names ("the World Health Organization (WHO)")
        /// opens with a capital and is left alone.
        /// </summary>
        private static int InterruptingAsideBefore(List<Token> tokens, int cue)
        {
            if (cue < 4 || tokens[cue - 1].Kind != TokenKind.Punctuation) return -1;
            var close = tokens[cue - 1].Text;
            var open = close switch { ")" => "(", "\u2014" or "\u2013" or "--" => close, _ => null };
            if (open is null) return -1;
            for (var k = cue - 2; k > 0 && k >= cue - 16; k--)
            {
                var t = tokens[k];
                if (IsSentenceEnd(t) || t.IsOpeningQuote || IsQuoteClose(t)) return -1;
                if (t.Kind != TokenKind.Punctuation || t.Text != open) continue;
                var first = tokens[k + 1];
                return k < cue - 3 && first.IsWord && !first.IsCapitalized && tokens[k - 1].IsWord ? k : -1;
            }
            return -1;
        }
    }
}
