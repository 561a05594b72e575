using System.Globalization;
using System.Text;

namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>Accent-free spellings for lexicon look-ups ("José" → "Jose", "Wałęsa" → "Walesa", "Guðni" → "Gudni").</summary>
    internal static class AccentFolding
    {
        public static string Fold(string text)
        {
            var ascii = true;
            foreach (var c in text)
            {
                if (c > '\u007f')
                {
                    ascii = false;
                    break;
                }
            }
            if (ascii) return text;

            // TextSanitizer.Normalize, not string.Normalize: the latter throws on U+FFFE and lone surrogates.
            var decomposed = TextSanitizer.Normalize(text, NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length + 2);
            foreach (var c in decomposed)
            {
                var special = LatinSpecial(c);
                if (special is not null) builder.Append(special);
                else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
            }
            return TextSanitizer.Normalize(builder.ToString(), NormalizationForm.FormC);
        }

        /// <summary>
        /// The ASCII letter a Latin letter with marks is made of ('é' → 'e', 'Ç' → 'C'), or '\0' for any
        /// other character: a letter of another script ('Й', 'ά') keeps its marks and stays whole.
        /// </summary>
        public static char AsciiBase(char c)
        {
            // Latin letters with marks: Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional.
            if (c < '\u00C0' || c > '\u024F' && (c < '\u1E00' || c > '\u1EFF')) return '\0';
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD); // a letter in those blocks: never a surrogate or U+FFFE
            var first = decomposed[0];
            return first < 0x80 && char.IsLetter(first) ? first : '\0';
        }

        /// <summary>The ASCII spelling of a Latin letter that has no ASCII letter in it ('ł' → "l", 'ß' → "ss"), or null.</summary>
        public static string? LatinSpecial(char c) => c switch
        {
            '\u0141' => "L",     // Ł
            '\u0142' => "l",     // ł
            '\u00d8' => "O",     // Ø
            '\u00f8' => "o",     // ø
            '\u0110' => "D",     // Đ
            '\u0111' => "d",     // đ
            '\u0131' => "i",     // dotless ı
            '\u00d0' => "D",     // Ð
            '\u00f0' => "d",     // ð
            '\u00de' => "Th",    // Þ
            '\u00fe' => "th",    // þ
            '\u00c6' => "Ae",    // Æ
            '\u00e6' => "ae",    // æ
            '\u0152' => "Oe",    // Œ
            '\u0153' => "oe",    // œ
            '\u00df' => "ss",    // ß
            _ => null,
        };
    }
}
