using System.Text;

namespace KnowledgeBase.Generators.Helpers
{
    internal static class TextSanitizer
    {
        /// <summary>
        /// <see cref="string.Normalize(NormalizationForm)"/> that never throws: the runtime rejects
        /// lone surrogates and U+FFFE, which articles may hold; they normalize as U+FFFD.
        /// </summary>
        public static string Normalize(string text, NormalizationForm form)
        {
            var safe = ReplaceLoneSurrogates(text).Replace('\uFFFE', '\uFFFD');
            return safe.IsNormalized(form) ? safe : safe.Normalize(form);
        }

        /// <summary>
        /// Replaces unpaired surrogates with U+FFFD, one char for one char so offsets hold:
        /// they cannot be UTF-8 encoded, and a u8 literal holding one would not compile.
        /// </summary>
        public static string ReplaceLoneSurrogates(string text)
        {
            char[]? copy = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (!char.IsSurrogate(c)) continue;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
            return copy is null ? text : new string(copy);
        }
    }
}
