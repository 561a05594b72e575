using System.Text;

namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>FNV-1a over UTF-8: stable across processes and platforms, unlike string.GetHashCode.</summary>
    internal static class StableHash
    {
        public static ulong Of(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                hash ^= b;
                hash *= 1099511628211UL;
            }
            return hash;
        }

        public static string Hex8(string text) => (Of(text) & 0xFFFFFFFFUL).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
