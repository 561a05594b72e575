namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// One string per distinct token text, shared across sentences and articles on a thread: news
    /// repeats its words, so most tokens cost a hash and a compare instead of a new string (the
    /// tokenizer allocated about 17 bytes per byte of text before). Equal content, same results.
    /// </summary>
    internal static class TokenStrings
    {
        private const int Capacity = 1 << 15;   // slots; cleared when it fills up, so memory stays bounded
        private const int MaxLength = 32;       // longer tokens are rare: not worth keeping

        [System.ThreadStatic] private static string?[]? t_slots;
        [System.ThreadStatic] private static int t_count;

        public static string Of(string text, int start, int length)
        {
            if (length > MaxLength) return text.Substring(start, length);
            var slots = t_slots ??= new string?[Capacity];
            var hash = 2166136261u;
            for (var i = 0; i < length; i++) hash = (hash ^ text[start + i]) * 16777619u;
            var slot = (int)(hash & (Capacity - 1));
            while (true)
            {
                var candidate = slots[slot];
                if (candidate is null) break;
                if (candidate.Length == length && string.CompareOrdinal(candidate, 0, text, start, length) == 0) return candidate;
                slot = (slot + 1) & (Capacity - 1);
            }
            if (t_count >= Capacity / 2)
            {
                System.Array.Clear(slots, 0, slots.Length);
                t_count = 0;
            }
            var value = text.Substring(start, length);
            slots[slot] = value;
            t_count++;
            return value;
        }
    }
}
