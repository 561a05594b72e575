using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeBase.Storage
{
    /// <summary>
    /// UTF-8 to UTF-16 and back for the compiled text and lookup keys, as plain loops.
    /// </summary>
    /// <remarks>
    /// Same results as <see cref="Encoding.UTF8"/> (lone surrogates become U+FFFD), but a process's
    /// first call into Encoding.UTF8's vectorized transcoders costs 1.5–3 ms of one-time runtime work
    /// (measured on .NET 10, x64), more than everything else a cold first query does. These loops cost
    /// a few tens of microseconds to compile, and compiled text is short (names, sentences, articles).
    /// </remarks>
    internal static class Utf8Text
    {
        /// <summary>Text up to this many bytes is decoded into a stack buffer of this many chars.</summary>
        public const int StackChars = 256;

        /// <summary>Decodes UTF-8 the generator wrote; anything that is not well-formed goes to Encoding.UTF8.</summary>
        public static string Decode(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length == 0) return string.Empty;
            // A UTF-8 sequence never yields more UTF-16 code units than it has bytes. The buffer is made
            // here, the loop runs in a method of its own: the JIT compiles a method with both a loop and
            // stackalloc fully optimized at once (no on-stack replacement), which a cold start pays for.
            return utf8.Length <= StackChars ? Decode(utf8, stackalloc char[StackChars]) : Decode(utf8, new char[utf8.Length]);
        }

        /// <summary>Decodes into <paramref name="chars"/> (at least as long as <paramref name="utf8"/>); the caller makes the buffer, so this loop has no stackalloc.</summary>
        public static string Decode(ReadOnlySpan<byte> utf8, Span<char> chars)
        {
            // ASCII, byte for char, until the first other byte: most English text is ASCII throughout, and
            // a cold process then compiles only this short loop.
            for (var i = 0; i < utf8.Length; i++)
            {
                var b = utf8[i];
                if (b >= 0x80) return DecodeFrom(utf8, chars, i);
                chars[i] = (char)b;
            }
            return new string(chars.Slice(0, utf8.Length));
        }

        /// <summary>Decodes the rest of <paramref name="utf8"/> from byte <paramref name="i"/>, the chars before it being in place.</summary>
        private static string DecodeFrom(ReadOnlySpan<byte> utf8, Span<char> chars, int i)
        {
            var n = i;
            while (i < utf8.Length)
            {
                int b = utf8[i];
                if (b < 0x80)
                {
                    chars[n++] = (char)b;
                    i++;
                    continue;
                }
                int more, cp;
                if (b >= 0xC2 && b <= 0xDF) { more = 1; cp = b & 0x1F; }
                else if (b >= 0xE0 && b <= 0xEF) { more = 2; cp = b & 0x0F; }
                else if (b >= 0xF0 && b <= 0xF4) { more = 3; cp = b & 0x07; }
                else return Fallback(utf8);
                if (i + more >= utf8.Length) return Fallback(utf8);
                for (var k = 1; k <= more; k++)
                {
                    int c = utf8[i + k];
                    if ((c & 0xC0) != 0x80) return Fallback(utf8);
                    cp = cp << 6 | c & 0x3F;
                }
                // Overlong forms, surrogates and code points past U+10FFFF are not well-formed.
                if (more == 2 && (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF) || more == 3 && (cp < 0x10000 || cp > 0x10FFFF))
                    return Fallback(utf8);
                i += more + 1;
                if (cp < 0x10000)
                {
                    chars[n++] = (char)cp;
                }
                else
                {
                    cp -= 0x10000;
                    chars[n++] = (char)(0xD800 + (cp >> 10));
                    chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
                }
            }
            return new string(chars.Slice(0, n));
        }

        /// <summary>
        /// Encodes <paramref name="text"/> into <paramref name="destination"/> (at least three bytes per
        /// char) and returns the byte count; a lone surrogate becomes U+FFFD, as with Encoding.UTF8.
        /// </summary>
        public static int Encode(ReadOnlySpan<char> text, Span<byte> destination)
        {
            var n = 0;
            for (var i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    destination[n++] = (byte)c;
                    continue;
                }
                if (c < 0x800)
                {
                    destination[n++] = (byte)(0xC0 | c >> 6);
                    destination[n++] = (byte)(0x80 | c & 0x3F);
                    continue;
                }
                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    if (c <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                    {
                        var cp = 0x10000 + (c - 0xD800 << 10) + (text[++i] - 0xDC00);
                        destination[n++] = (byte)(0xF0 | cp >> 18);
                        destination[n++] = (byte)(0x80 | cp >> 12 & 0x3F);
                        destination[n++] = (byte)(0x80 | cp >> 6 & 0x3F);
                        destination[n++] = (byte)(0x80 | cp & 0x3F);
                        continue;
                    }
                    c = 0xFFFD;
                }
                destination[n++] = (byte)(0xE0 | c >> 12);
                destination[n++] = (byte)(0x80 | c >> 6 & 0x3F);
                destination[n++] = (byte)(0x80 | c & 0x3F);
            }
            return n;
        }

        // Its own method, so the common path never compiles a reference to Encoding.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static string Fallback(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);
    }
}
