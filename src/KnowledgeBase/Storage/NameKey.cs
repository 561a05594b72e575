// Linked into the generator too: the alias keys it compiles and the keys the
// runtime looks up must be normalized by the very same code.
using System;

namespace KnowledgeBase.Storage
{
    /// <summary>Normalizes a name or alias into the key used by <c>Find</c>.</summary>
    internal static class NameKey
    {
        /// <summary>
        /// Lower-cases (invariant), folds curly apostrophes and dashes, drops a leading
        /// "the " and possessive "'s", and collapses white space, so "The  Kremlin's"
        /// and "the kremlin" meet.
        /// </summary>
        public static string Normalize(string text)
        {
            var buffer = new char[text.Length];
            var length = Normalize(text, new Span<char>(buffer));
            return new string(buffer, 0, length);
        }

        /// <summary>
        /// The same key written into <paramref name="destination"/> (at least as long as the text),
        /// so a lookup can normalize into a stack buffer without allocating; returns the key's length.
        /// Takes the string itself, not a span of it: converting one calls MemoryExtensions, whose
        /// System.Memory facade a cold process would otherwise load on its first lookup.
        /// </summary>
        public static int Normalize(string text, Span<char> destination)
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var raw in text)
            {
                var c = raw switch
                {
                    '\u2019' or '\u2018' or '\u02BC' => '\'',
                    '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                    _ => raw,
                };
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    destination[length++] = ' ';
                    pendingSpace = false;
                }
                destination[length++] = char.ToLowerInvariant(c);
            }
            var start = 0;
            if (length >= 4 && destination[0] == 't' && destination[1] == 'h' && destination[2] == 'e' && destination[3] == ' ')
            {
                start = 4;
            }
            if (length - start >= 2 && destination[length - 2] == '\'' && destination[length - 1] == 's')
            {
                length -= 2;
            }
            if (start > 0)
            {
                destination.Slice(start, length - start).CopyTo(destination);
                length -= start;
            }
            return length;
        }
    }
}
