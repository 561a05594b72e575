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
                switch (c)
                {
                    case '\u0141': builder.Append('L'); break;    // Ł
                    case '\u0142': builder.Append('l'); break;    // ł
                    case '\u00d8': builder.Append('O'); break;    // Ø
                    case '\u00f8': builder.Append('o'); break;    // ø
                    case '\u0110': builder.Append('D'); break;    // Đ
                    case '\u0111': builder.Append('d'); break;    // đ
                    case '\u0131': builder.Append('i'); break;    // dotless ı
                    case '\u00d0': builder.Append('D'); break;    // Ð
                    case '\u00f0': builder.Append('d'); break;    // ð
                    case '\u00de': builder.Append("Th"); break;   // Þ
                    case '\u00fe': builder.Append("th"); break;   // þ
                    case '\u00c6': builder.Append("Ae"); break;   // Æ
                    case '\u00e6': builder.Append("ae"); break;   // æ
                    case '\u0152': builder.Append("Oe"); break;   // Œ
                    case '\u0153': builder.Append("oe"); break;   // œ
                    case '\u00df': builder.Append("ss"); break;   // ß
                    default:
                        if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
                        break;
                }
            }
            return TextSanitizer.Normalize(builder.ToString(), NormalizationForm.FormC);
        }
    }
}
