using System.Collections.Generic;

namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>
    /// A quick "certainly not in this list" test before a case-insensitive (ordinal) look-up: one bit per
    /// length, first, second and last letter that some word of the list has. Extraction asks every token of
    /// every sentence about event and speech words; most are neither, and this answers without hashing them.
    /// Where a letter it looks at is not ASCII, it cannot tell (case folding goes beyond ASCII) and says maybe.
    /// </summary>
    internal sealed class WordFilter
    {
        private const int Bits = 1 << 13;
        private readonly int[] _bits = new int[Bits / 32];
        private readonly bool _undecided;

        public WordFilter(IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                if (word.Length < 2) continue; // only as short words can match it, and those always pass
                var slot = Slot(word);
                if (slot < 0) _undecided = true;
                else _bits[slot >> 5] |= 1 << (slot & 31);
            }
        }

        /// <summary>False only when no word of the list equals <paramref name="word"/> ignoring case.</summary>
        public bool MayContain(string word)
        {
            if (_undecided || word is null) return true; // null: the look-up itself decides (and throws)
            var slot = Slot(word);
            return slot < 0 || (_bits[slot >> 5] & (1 << (slot & 31))) != 0;
        }

        // -1 when a letter it would look at is not ASCII.
        private static int Slot(string word)
        {
            var n = word.Length;
            if (n < 2) return -1;
            int first = word[0], second = word[1], last = word[n - 1];
            if ((first | second | last) > 0x7f) return -1;
            var hash = (uint)n;
            hash = hash * 31 + (uint)Lower(first);
            hash = hash * 31 + (uint)Lower(second);
            hash = hash * 31 + (uint)Lower(last);
            return (int)((hash ^ (hash >> 13)) & (Bits - 1));
        }

        private static int Lower(int c) => c >= 'A' && c <= 'Z' ? c | 0x20 : c;
    }
}
