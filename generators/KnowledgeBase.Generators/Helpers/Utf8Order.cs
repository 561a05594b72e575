namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>
    /// Orders strings as their UTF-8 bytes would sort (code point order) without encoding them,
    /// so the runtime can binary-search compiled keys byte by byte.
    /// </summary>
    internal static class Utf8Order
    {
        public static int Compare(string a, string b)
        {
            var n = a.Length < b.Length ? a.Length : b.Length;
            for (var i = 0; i < n; i++)
            {
                if (a[i] == b[i]) continue;
                return Rank(a[i]).CompareTo(Rank(b[i]));
            }
            return a.Length.CompareTo(b.Length);
        }

        // UTF-16 sorts U+E000..U+FFFF above surrogates; code points (and UTF-8) sort surrogate pairs above them.
        private static int Rank(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
