using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// One string per closed-class word ("the", "of", "The", "said"), found by the characters of the text without
    /// cutting them out: nearly half of all tokens are such words, and each would otherwise be a string of its own.
    /// The table is small (a few hundred words in 2,048 slots) so that it stays in the cache; a word whose slots are all
    /// taken is simply not shared.
    /// </summary>
    internal static class SharedWords
    {
        private const int Mask = 2047;
        private const int MaxLength = 12;

        // Slots tried after the word's own: a word that finds all of them taken is not shared.
        private const int Probes = 4;

        private static readonly string?[] Slots = Build();

        // One bit per length, first and last letter that some shared word has: most other words are turned away before they are hashed.
        private static readonly ulong[] Shapes = BuildShapes();

        private static int Shape(int length, char first, char last) => (length * 961 + first * 31 + last) & 4095;

        private static bool MayBeShared(int length, char first, char last)
        {
            var shape = Shape(length, first, last);
            return (Shapes[shape >> 6] & (1UL << shape)) != 0;
        }

        private static ulong[] BuildShapes()
        {
            var shapes = new ulong[4096 / 64];
            foreach (var word in Slots)
            {
                if (word is null) continue;
                var shape = Shape(word.Length, word[0], word[word.Length - 1]);
                shapes[shape >> 6] |= 1UL << shape;
            }
            return shapes;
        }

        /// <summary>The shared string equal to <paramref name="text"/>[start, end), or null.</summary>
        public static string? Find(string text, int start, int end)
        {
            var length = end - start;
            if (length > MaxLength || !MayBeShared(length, text[start], text[end - 1])) return null;
            var slot = Hash(text, start, end);
            for (var probe = 0; probe < Probes; probe++)
            {
                var candidate = Slots[(slot + probe) & Mask];
                if (candidate is null) return null;
                if (candidate.Length == length && string.CompareOrdinal(text, start, candidate, 0, length) == 0) return candidate;
            }
            return null;
        }

        private static string?[] Build()
        {
            var slots = new string?[Mask + 1];
            foreach (var word in Words())
            {
                if (word.Length > MaxLength) continue;
                var slot = Hash(word, 0, word.Length);
                for (var probe = 0; probe < Probes; probe++)
                {
                    ref var place = ref slots[(slot + probe) & Mask];
                    if (place == word) break;
                    if (place is not null) continue;
                    place = word;
                    break;
                }
            }
            return slots;
        }

        private static IEnumerable<string> Words()
        {
            foreach (var word in ClosedClassWords.All)
            {
                yield return word;
                yield return char.ToUpperInvariant(word[0]) + word.Substring(1);
            }
            // The commonest open-class words of news text.
            foreach (var word in new[] { "said", "says", "told", "people", "year", "years", "government", "police", "president", "also", "new", "first", "two", "according" })
                yield return word;
        }

        private static int Hash(string text, int start, int end)
        {
            var hash = 2166136261u;
            for (var i = start; i < end; i++) hash = (hash ^ text[i]) * 16777619u;
            return (int)(hash ^ (hash >> 13));
        }
    }
}
