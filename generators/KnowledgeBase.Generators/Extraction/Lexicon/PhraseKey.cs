using System.Text;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>The form of a phrase used as a lexicon key: lower case, words joined by one space ('_' is a space).</summary>
    internal static class PhraseKey
    {
        public static string Normalize(string phrase)
        {
            if (IsNormal(phrase)) return phrase;
            var builder = new StringBuilder(phrase.Length);
            var pendingSpace = false;
            foreach (var c in phrase)
            {
                if (c == ' ' || c == '_' || c == '\t' || c == '\n' || c == '\r')
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }
                if (pendingSpace) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            return builder.ToString();
        }

        private static bool IsNormal(string phrase)
        {
            if (phrase.Length == 0 || phrase[0] == ' ' || phrase[phrase.Length - 1] == ' ') return phrase.Length == 0;
            for (var i = 0; i < phrase.Length; i++)
            {
                var c = phrase[i];
                // Asked of nearly every word of an article: an ASCII letter's case is told without the culture tables.
                if (c == '_' || c == '\t' || c == '\n' || c == '\r' || (c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.ToLowerInvariant(c) != c)) return false;
                if (c == ' ' && phrase[i - 1] == ' ') return false;
            }
            return true;
        }
    }
}
