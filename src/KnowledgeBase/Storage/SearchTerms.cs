// Linked into the generator too: the terms it indexes at build time and the terms the
// runtime looks up must be cut and folded by the very same code.
using System;

namespace KnowledgeBase.Storage
{
    /// <summary>
    /// Splits text into search terms: runs of letters and digits, lower-cased (invariant), a
    /// plural "s"/"ies" folded, words of one character and common function words left out.
    /// </summary>
    internal static class SearchTerms
    {
        /// <summary>Longer words are cut to this many characters (the same on both sides).</summary>
        public const int MaxLength = 48;

        private static readonly string[] StopWords =
        {
            "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his",
            "in", "into", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "them", "they", "this", "to", "was",
            "were", "which", "who", "will", "with",
        };

        /// <summary>
        /// The next term of <paramref name="text"/> at or after <paramref name="position"/>, written into
        /// <paramref name="destination"/> (at least <see cref="MaxLength"/> long); its length, or 0 at the end.
        /// </summary>
        public static int Next(ReadOnlySpan<char> text, ref int position, Span<char> destination)
        {
            while (position < text.Length)
            {
                while (position < text.Length && !char.IsLetterOrDigit(text[position])) position++;
                var length = 0;
                while (position < text.Length && char.IsLetterOrDigit(text[position]))
                {
                    if (length < MaxLength) destination[length++] = char.ToLowerInvariant(text[position]);
                    position++;
                }
                length = FoldPlural(destination, length);
                if (length >= 2 && !IsStopWord(destination.Slice(0, length))) return length;
            }
            return 0;
        }

        private static int FoldPlural(Span<char> term, int length)
        {
            if (length <= 3 || term[length - 1] != 's') return length;
            var before = term[length - 2];
            if (before is 's' or 'u' or 'i') return length;
            if (length > 4 && before == 'e' && term[length - 3] == 'i')
            {
                term[length - 3] = 'y';
                return length - 2;
            }
            return length - 1;
        }

        private static bool IsStopWord(ReadOnlySpan<char> term)
        {
            if (term.Length > 5) return false;
            foreach (var word in StopWords)
                if (term.SequenceEqual(word.AsSpan())) return true;
            return false;
        }
    }
}
