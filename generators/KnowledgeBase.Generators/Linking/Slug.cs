using System.Globalization;
using System.Text;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Linking
{
    /// <summary>Lower-case ASCII ids made of a name's letters and digits ("Angela Merkel" → angela-merkel).</summary>
    internal static class Slug
    {
        public static string Of(string text, string fallback)
        {
            var builder = new StringBuilder(text.Length);
            var dash = false;
            foreach (var c in TextSanitizer.Normalize(text, NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
                if (c < 0x80 && char.IsLetterOrDigit(c))
                {
                    if (dash && builder.Length > 0) builder.Append('-');
                    builder.Append(char.ToLowerInvariant(c));
                    dash = false;
                }
                else if (c != '\'' && c != '\u2019')
                {
                    dash = true;
                }
            }
            return builder.Length == 0 ? fallback : builder.ToString();
        }
    }
}
