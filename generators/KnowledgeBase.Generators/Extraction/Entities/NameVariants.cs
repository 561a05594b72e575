using System.Globalization;
using System.Text;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// Keys under which spelling variants of a name meet: case and accents dropped, and the
    /// transliteration endings news writes differently ("Vasiliy"/"Vasily", "Dmitrii"/"Dmitriy", "-iy"/"-ij"/"-y",
    /// doubled letters) folded.
    /// </summary>
    internal static class NameVariants
    {
        // Linking and recognition ask for the same few hundred keys over and over; the key is a pure
        // function of the name, so a per-thread memo keeps behaviour identical and skips the work.
        [System.ThreadStatic] private static System.Collections.Generic.Dictionary<string, string>? t_keys;
        private const int MaxMemoized = 16384;

        /// <summary><see cref="Key(string)"/> of a token's word, kept on its form.</summary>
        public static string Key(in Token token) => token.Form is { } form ? form.NameKey : Key(token.Text);

        public static string Key(string name)
        {
            var memo = t_keys ??= new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal);
            if (memo.TryGetValue(name, out var key)) return key;
            if (memo.Count >= MaxMemoized) memo.Clear();
            key = Compute(name);
            memo.Add(name, key);
            return key;
        }

        private static string Compute(string name)
        {
            var decomposed = TextSanitizer.Normalize(name, NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
                if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
                else if (c == ' ' || c == '-') builder.Append(' ');
            }
            var words = builder.ToString().Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++) words[i] = FoldWord(Direction(words[i]));
            // "U.S. Navy" and "United States Navy" are one organization.
            if (words.Length >= 2 && words[0] == "us") words[0] = "united states";
            return string.Join(" ", words);
        }

        // "Eastern Mediterranean" and "East Mediterranean" are one place.
        private static string Direction(string word) => word switch
        {
            "eastern" => "east",
            "western" => "west",
            "northern" => "north",
            "southern" => "south",
            _ => word,
        };

        private static string FoldWord(string word)
        {
            foreach (var ending in new[] { "iy", "ij", "yy", "ii", "yj" })
                if (word.Length > 4 && word.EndsWith(ending, System.StringComparison.Ordinal))
                    return Transliteration(Undouble(word.Substring(0, word.Length - 2) + "y"));
            return Transliteration(Undouble(word));
        }

        // "Rayhani"/"Raihani", "Ghalib"/"Galib": a y or an h after g inside a word is how one transliteration differs from another.
        private static string Transliteration(string word)
        {
            if (word.Length < 4 || word.IndexOf('y', 1) < 0 && word.IndexOf("gh", 1, System.StringComparison.Ordinal) < 0) return word;
            return word.Substring(0, 1) + word.Substring(1).Replace("gh", "g").Replace('y', 'i');
        }

        private static string Undouble(string word)
        {
            var builder = new StringBuilder(word.Length);
            foreach (var c in word)
                if (builder.Length == 0 || builder[builder.Length - 1] != c) builder.Append(c);
            return builder.ToString();
        }

        /// <summary>The person key of a full name: first and last name ("John F. Kennedy" → "john kennedy").</summary>
        public static string PersonKey(string[] nameTokens)
        {
            if (nameTokens.Length == 0) return string.Empty;
            if (nameTokens.Length == 1) return Key(nameTokens[0]);
            return Key(nameTokens[0]) + " " + Key(nameTokens[nameTokens.Length - 1]);
        }
    }
}
