using System;
using System.Globalization;
using System.Text;
using KnowledgeBase.Generators.Helpers;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeBase.Generators.Emission
{
    /// <summary>Escapes text for each place it can land in generated C#.</summary>
    internal static class CSharpEscaping
    {
        /// <summary>A regular string (or u8) literal body: everything but printable ASCII is escaped,
        /// so no quote, backslash, line break or bidi mark can end or disguise the literal.</summary>
        public static string Literal(string text) => AppendLiteral(new StringBuilder(text.Length + 2), text).ToString();

        /// <summary>
        /// Appends <paramref name="text"/> as a C# string literal to <paramref name="builder"/>: the whole text
        /// of a knowledge base is megabytes, so it is escaped where it is written, not into a string of its own.
        /// </summary>
        public static StringBuilder AppendLiteral(StringBuilder builder, string text)
        {
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
                            AppendHex(builder.Append("\\U"), char.ConvertToUtf32(c, text[i + 1]), 8);
                            i++;
                        }
                        else
                        {
                            // A lone surrogate cannot be UTF-8 encoded; the reader has already replaced them.
                            AppendHex(builder.Append("\\u"), c, 4);
                        }
                        break;
                }
            }
            return builder.Append('"');
        }

        // Upper-case hex digits, as ToString("X4"/"X8") writes them, without a string per character.
        private static void AppendHex(StringBuilder builder, int value, int digits)
        {
            for (var shift = 4 * (digits - 1); shift >= 0; shift -= 4)
                builder.Append("0123456789ABCDEF"[value >> shift & 0xF]);
        }

        /// <summary>
        /// Text for an XML doc comment: one line; markup characters escaped; control characters and
        /// line breaks become spaces; invisible format characters (bidi overrides, zero-width marks,
        /// BOM) become character references, so the source shows them; characters XML forbids
        /// (U+FFFE, U+FFFF, lone surrogates) become U+FFFD.
        /// </summary>
        public static string XmlDoc(string text)
        {
            var builder = new StringBuilder(text.Length);
            var space = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    space = builder.Length > 0;
                    continue;
                }
                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                    continue;
                }
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '"': builder.Append("&quot;"); break;
                    default:
                        if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') builder.Append('\uFFFD');
                        else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                            builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                        else builder.Append(c);
                        break;
                }
            }
            return builder.ToString();
        }

        /// <summary>
        /// Generated names stop near here: the metadata allows 1,024 bytes, and a name no one can read
        /// whole helps no one. A number added to resolve a collision may go past it.
        /// </summary>
        public const int MaxNameLength = 64;

        /// <summary>
        /// A PascalCase identifier made of the name's letters and digits ("Angela Merkel" → AngelaMerkel),
        /// cut after the last whole word that fits in <see cref="MaxNameLength"/>. Latin letters lose their
        /// marks ("José" → Jose); letters of other scripts stay whole ("Сергей" → Сергей, not Сергеи).
        /// </summary>
        public static string Identifier(string name, string fallback)
        {
            var builder = new StringBuilder(name.Length);
            var upper = true;
            var afterLatin = true;
            var cut = 0; // where the identifier may be cut: the start of the last word that fits
            foreach (var c in TextSanitizer.Normalize(name, NormalizationForm.FormC))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    // A mark is part of the letter before it, unless that letter was folded to ASCII.
                    if (!upper && !afterLatin) builder.Append(c);
                    continue;
                }
                var ascii = c < 0x80 ? (char.IsLetterOrDigit(c) ? c : '\0') : AccentFolding.AsciiBase(c);
                if (ascii != '\0' || IsIdentifierLetter(category))
                {
                    var letter = ascii != '\0' ? ascii : c;
                    if (upper && builder.Length <= MaxNameLength) cut = builder.Length;
                    builder.Append(upper ? char.ToUpperInvariant(letter) : letter);
                    upper = false;
                    afterLatin = ascii != '\0';
                }
                else if (c != '\'' && c != '\u2019')
                {
                    upper = true;
                }
            }
            if (builder.Length > MaxNameLength) builder.Length = cut > 0 ? cut : MaxNameLength;
            var identifier = builder.ToString();
            if (identifier.Length == 0) identifier = fallback;
            if (!SyntaxFacts.IsIdentifierStartCharacter(identifier[0])) identifier = "_" + identifier.Substring(0, Math.Min(identifier.Length, MaxNameLength - 1));
            if (SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None)
                identifier += "_";
            return identifier;
        }

        /// <summary>
        /// A namespace made of the name's dot-separated parts, each one kept when it is already a
        /// plain identifier and made one otherwise; empty parts are dropped ("a..b" → a.b).
        /// </summary>
        public static string Namespace(string name)
        {
            var parts = new System.Collections.Generic.List<string>();
            foreach (var part in name.Split('.'))
            {
                var trimmed = part.Trim();
                if (trimmed.Length == 0) continue;
                parts.Add(IsPlainIdentifier(trimmed) && trimmed != "global" ? trimmed : Identifier(trimmed, "_"));
            }
            return string.Join(".", parts);
        }

        /// <summary>A valid C# identifier that is no keyword, contextual or not, and needs no '@'.</summary>
        public static bool IsPlainIdentifier(string name) =>
            SyntaxFacts.IsValidIdentifier(name)
            && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
            && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

        private static bool IsIdentifierLetter(UnicodeCategory category) => category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }
}
