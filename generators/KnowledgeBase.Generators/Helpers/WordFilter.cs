using System.Collections.Generic;

namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>
    /// A quick "certainly not in this list" test before a look-up (ordinal, with or without case): one bit
    /// per length, first, second and last letter that some word of the list has, case folded. Extraction
    /// asks lexicons about nearly every token of every sentence; most tokens are in none, and this answers
    /// without hashing them. A word with a letter outside ASCII in those places always goes on to the look-up.
    /// </summary>
    internal sealed class WordFilter
    {
        private readonly int[] _bits;
        private readonly int _mask;

        public WordFilter(ICollection<string> words)
        {
            // About sixteen bits a word: few other words share a set bit, and the table stays small.
            var bits = 1 << 10;
            while (bits < words.Count * 16 && bits < 1 << 16) bits <<= 1;
            _bits = new int[bits / 32];
            _mask = bits - 1;
            foreach (var word in words)
            {
                // Too short, or a letter that matches no ASCII letter: only words that always pass can equal it.
                if (word.Length < 2) continue;
                int first = Fold(word[0]), second = Fold(word[1]), last = Fold(word[word.Length - 1]);
                if (first < 0 || second < 0 || last < 0) continue;
                var slot = Slot(word.Length, first, second, last, _mask);
                _bits[slot >> 5] |= 1 << (slot & 31);
            }
        }

        /// <summary>False only when no word of the list equals <paramref name="word"/>, even ignoring case.</summary>
        public bool MayContain(string word)
        {
            if (word is null || word.Length < 2) return true; // the look-up itself decides (and throws on null)
            int first = word[0], second = word[1], last = word[word.Length - 1];
            if ((first | second | last) > 0x7f) return true;
            var slot = Slot(word.Length, Lower(first), Lower(second), Lower(last), _mask);
            return (_bits[slot >> 5] & (1 << (slot & 31))) != 0;
        }

        private static int Slot(int length, int first, int second, int last, int mask)
        {
            var hash = (uint)length;
            hash = hash * 31 + (uint)first;
            hash = hash * 31 + (uint)second;
            hash = hash * 31 + (uint)last;
            hash *= 2654435761u;
            return (int)((hash ^ (hash >> 15)) & (uint)mask);
        }

        // The lower-case ASCII letter a character equals ignoring case, or -1 when it equals none
        // (ordinal case-insensitive comparison upper-cases both sides).
        private static int Fold(char c)
        {
            if (c > 0x7f) c = char.ToUpperInvariant(c);
            return c > 0x7f ? -1 : Lower(c);
        }

        private static int Lower(int c) => c >= 'A' && c <= 'Z' ? c | 0x20 : c;
    }
}
