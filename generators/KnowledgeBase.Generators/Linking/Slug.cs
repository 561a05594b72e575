using System.Globalization;
using System.Text;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Linking
{
    /// <summary>
    /// Lower-case ids made of a name's letters and digits ("Angela Merkel" → angela-merkel). Latin
    /// letters are folded to ASCII ("José" → jose, "Wałęsa" → walesa); letters of other scripts are
    /// kept whole, so "Привет" and "Мир" get ids of their own ("привет", "мир").
    /// </summary>
    internal static class Slug
    {
        public static string Of(string text, string fallback)
        {
            var builder = new StringBuilder(text.Length);
            var dash = false;
            // Marks after a Latin letter are folded away with it; after a letter of another script they are part of it.
            var afterLatin = true;
            var composed = TextSanitizer.Normalize(text, NormalizationForm.FormC);
            for (var i = 0; i < composed.Length; i++)
            {
                var c = composed[i];
                // Normalize left no lone surrogate: a high one starts a pair, read as one character.
                var pair = char.IsHighSurrogate(c) ? 2 : 1;
                var category = CharUnicodeInfo.GetUnicodeCategory(composed, i);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    if (!afterLatin && !dash) builder.Append(composed, i, pair);
                    i += pair - 1;
                    continue;
                }
                var ascii = c < 0x80 ? (char.IsLetterOrDigit(c) ? c.ToString() : null) : AsciiBase(c);
                if (ascii is null && !IsLetterOrDigit(category))
                {
                    if (c != '\'' && c != '\u2019') dash = true;
                    i += pair - 1;
                    continue;
                }
                if (dash && builder.Length > 0) builder.Append('-');
                dash = false;
                afterLatin = ascii is not null;
                if (ascii is not null) builder.Append(ascii.ToLowerInvariant());
                else if (pair == 2) builder.Append(composed, i++, 2);
                else builder.Append(char.ToLowerInvariant(c));
            }
            return builder.Length == 0 ? fallback : builder.ToString();
        }

        private static string? AsciiBase(char c)
        {
            var letter = AccentFolding.AsciiBase(c);
            return letter != '\0' ? letter.ToString() : AccentFolding.LatinSpecial(c);
        }

        private static bool IsLetterOrDigit(UnicodeCategory category) => category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }
}
