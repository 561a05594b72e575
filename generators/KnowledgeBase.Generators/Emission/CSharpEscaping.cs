using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generators.Emission
{
    /// <summary>Escapes text for each place it can land in generated C#.</summary>
    internal static class CSharpEscaping
    {
        /// <summary>A regular string (or u8) literal body: everything but printable ASCII is escaped,
        /// so no quote, backslash, line break or bidi mark can end or disguise the literal.</summary>
        public static string Literal(string text)
        {
            var builder = new StringBuilder(text.Length + 2);
            builder.Append('"');
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c >= 0x20 && c < 0x7F)
                        {
                            builder.Append(c);
                        }
                        else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            builder.Append("\\U").Append(char.ConvertToUtf32(c, text[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                            i++;
                        }
                        else
                        {
                            // A lone surrogate cannot be UTF-8 encoded; the reader has already replaced them.
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        break;
                }
            }
            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>Text for an XML doc comment: one line, markup characters escaped, control characters dropped.</summary>
        public static string XmlDoc(string text)
        {
            var builder = new StringBuilder(text.Length);
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                {
                    space = builder.Length > 0;
                    continue;
                }
                if (char.IsSurrogate(c) && !char.IsHighSurrogate(c) && !char.IsLowSurrogate(c)) continue;
                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '"': builder.Append("&quot;"); break;
                    default: builder.Append(c); break;
                }
            }
            return builder.ToString();
        }

        /// <summary>A PascalCase identifier made of the name's letters and digits ("Angela Merkel" → AngelaMerkel).</summary>
        public static string Identifier(string name, string fallback)
        {
            var builder = new StringBuilder(name.Length);
            var upper = true;
            foreach (var c in name.Normalize(NormalizationForm.FormD))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.NonSpacingMark) continue;
                if (c < 0x80 ? char.IsLetterOrDigit(c) : IsIdentifierLetter(category))
                {
                    builder.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else if (c != '\'' && c != '\u2019')
                {
                    upper = true;
                }
            }
            var identifier = builder.ToString();
            if (identifier.Length == 0) identifier = fallback;
            if (!SyntaxFacts.IsIdentifierStartCharacter(identifier[0])) identifier = "_" + identifier;
            if (SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None)
                identifier += "_";
            return identifier;
        }

        private static bool IsIdentifierLetter(UnicodeCategory category) => category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }
}
