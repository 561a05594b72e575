using System;

namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>
    /// One string per distinct short text, shared across sentences and articles on a thread: news
    /// repeats its words, so most tokens and search terms cost a hash and a compare instead of a new
    /// string. Equal content, same results; bounded (cleared when half full). Callers take the
    /// thread's pool once (<see cref="ForThread"/>) and use it for a whole sentence or article:
    /// a thread-static read is not free in a netstandard2.0 assembly.
    /// </summary>
    internal sealed class StringPool
    {
        private const int Capacity = 1 << 15;
        private const int MaxLength = 32;       // longer texts are rare: not worth keeping

        [ThreadStatic] private static StringPool? t_pool;

        private readonly string?[] _slots = new string?[Capacity];
        private int _count;

        public static StringPool ForThread => t_pool ??= new StringPool();

        public string Of(string text, int start, int length)
        {
            if (length > MaxLength) return text.Substring(start, length);
            var slot = Find(text.AsSpan(start, length), out var found);
            return found ?? Add(slot, text.Substring(start, length));
        }

        public string Of(char[] buffer, int length)
        {
            if (length > MaxLength) return new string(buffer, 0, length);
            var slot = Find(new ReadOnlySpan<char>(buffer, 0, length), out var found);
            return found ?? Add(slot, new string(buffer, 0, length));
        }

        private int Find(ReadOnlySpan<char> chars, out string? found)
        {
            var slot = Hash(chars);
            while (_slots[slot] is { } candidate)
            {
                if (chars.SequenceEqual(candidate.AsSpan()))
                {
                    found = candidate;
                    return slot;
                }
                slot = (slot + 1) & (Capacity - 1);
            }
            found = null;
            return slot;
        }

        private string Add(int slot, string value)
        {
            if (_count >= Capacity / 2)
            {
                // Full enough that probes grow long: start over; in an empty table the home slot is free.
                Array.Clear(_slots, 0, _slots.Length);
                _count = 0;
                slot = Hash(value.AsSpan());
            }
            _slots[slot] = value;
            _count++;
            return value;
        }

        // Length and four sampled characters: enough to spread words, cheaper than hashing every character
        // (a collision only costs a compare).
        private static int Hash(ReadOnlySpan<char> chars)
        {
            var n = chars.Length;
            if (n == 0) return 0;
            var hash = (uint)n * 2654435761u;
            hash = (hash ^ chars[0]) * 16777619u;
            hash = (hash ^ chars[n - 1]) * 16777619u;
            hash = (hash ^ chars[n >> 1]) * 16777619u;
            hash = (hash ^ chars[n >> 2]) * 16777619u;
            return (int)((hash ^ (hash >> 15)) & (Capacity - 1));
        }
    }
}
