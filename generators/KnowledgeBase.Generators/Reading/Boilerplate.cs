using System;

namespace KnowledgeBase.Generators.Reading
{
    /// <summary>
    /// Recognizes page furniture that is not part of the story. Each test reads the line [start, end) of the article
    /// in place: every line is asked, and cutting each one out would copy the whole article once more.
    /// </summary>
    internal static class Boilerplate
    {
        /// <summary>Share and like counters ("0"), lone punctuation.</summary>
        public static bool IsCounter(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
                if (char.IsLetter(text[i])) return false;
            return true;
        }

        /// <summary>"Read also:", "Read more:", "Related:" — the line after it is a link title.</summary>
        public static bool IsLinkLead(string text, int start, int end)
        {
            while (end > start && text[end - 1] is ':' or ' ' or '\u00BB' or '>') end--;
            return Is(text, start, end, "Read also") || Is(text, start, end, "Read more") || Is(text, start, end, "Also read")
                || Is(text, start, end, "Related") || Is(text, start, end, "See also") || Is(text, start, end, "Related articles");
        }

        /// <summary>
        /// "The mayor opens the new bridge. Image: Ana Ruiz.": a photograph's caption ending in its credit describes the
        /// picture, not the story, and its credit names the photographer, no party to the news.
        /// </summary>
        public static bool IsPhotoCaption(string text, int start, int end)
        {
            var credit = LastIndexOf(text, start, end, "Image:");
            if (credit < 0) credit = LastIndexOf(text, start, end, "Photo:");
            if (credit <= start) return false;
            var rest = text.Substring(credit + 6, end - credit - 6).Trim().TrimEnd('.', ')');
            return rest.Length > 0 && rest.Length <= 60 && !HasSentenceBreak(rest);
        }

        // "Ana Ruiz. The mayor": a period after a word ends a sentence; after an initial it does not ("U.S. Senate", "J. Ruiz", "C.Ruiz").
        private static bool HasSentenceBreak(string credit)
        {
            for (var i = credit.IndexOf('.'); i >= 0; i = credit.IndexOf('.', i + 1))
            {
                var initial = i > 0 && char.IsUpper(credit[i - 1]) && (i == 1 || !char.IsLetter(credit[i - 2]));
                if (!initial && i + 1 < credit.Length && credit[i + 1] == ' ') return true;
            }
            return false;
        }

        /// <summary>"More Quick Read Articles »", "Share this", "Advertisement".</summary>
        public static bool IsFurniture(string text, int start, int end)
        {
            if (text[end - 1] == '\u00BB' || end - start >= 2 && text[end - 2] == '>' && text[end - 1] == '>') return true;
            return Is(text, start, end, "Advertisement")
                || StartsWith(text, start, end, "Share this")
                || StartsWith(text, start, end, "Subscribe to")
                || StartsWith(text, start, end, "Sign up for")
                || StartsWith(text, start, end, "Click here");
        }

        // The line [start, end) equals, or starts with, a phrase, ignoring case as string.Equals and StartsWith do with OrdinalIgnoreCase.
        private static bool Is(string text, int start, int end, string phrase) =>
            end - start == phrase.Length && string.Compare(text, start, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static bool StartsWith(string text, int start, int end, string phrase) =>
            end - start >= phrase.Length && string.Compare(text, start, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static int LastIndexOf(string text, int start, int end, string value) =>
            end - start < value.Length ? -1 : text.LastIndexOf(value, end - 1, end - start, StringComparison.Ordinal);
    }
}
