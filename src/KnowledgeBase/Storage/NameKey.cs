// Linked into the generator too: the alias keys it compiles and the keys the
// runtime looks up must be normalized by the very same code.
using System.Text;

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
            var builder = new StringBuilder(text.Length);
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
                    pendingSpace = builder.Length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            var key = builder.ToString();
            if (key.StartsWith("the ", System.StringComparison.Ordinal))
            {
                key = key.Substring(4);
            }
            if (key.EndsWith("'s", System.StringComparison.Ordinal))
            {
                key = key.Substring(0, key.Length - 2);
            }
            return key;
        }
    }
}
