using System;

namespace KnowledgeBase.Generators.Reading
{
    /// <summary>Recognizes page furniture that is not part of the story.</summary>
    internal static class Boilerplate
    {
        /// <summary>Share and like counters ("0"), lone punctuation.</summary>
        public static bool IsCounter(string line)
        {
            foreach (var c in line)
                if (char.IsLetter(c)) return false;
            return true;
        }

        /// <summary>"Read also:", "Read more:", "Related:" — the line after it is a link title.</summary>
        public static bool IsLinkLead(string line)
        {
            var l = line.TrimEnd(':', ' ', '\u00BB', '>');
            return l.Equals("Read also", StringComparison.OrdinalIgnoreCase)
                || l.Equals("Read more", StringComparison.OrdinalIgnoreCase)
                || l.Equals("Also read", StringComparison.OrdinalIgnoreCase)
                || l.Equals("Related", StringComparison.OrdinalIgnoreCase)
                || l.Equals("See also", StringComparison.OrdinalIgnoreCase)
                || l.Equals("Related articles", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// "The mayor opens the new bridge. Image: Ana Ruiz.": a photograph's caption ending in its credit describes the
        /// picture, not the story, and its credit names the photographer, no party to the news.
        /// </summary>
        public static bool IsPhotoCaption(string line)
        {
            var credit = line.LastIndexOf("Image:", StringComparison.Ordinal);
            if (credit < 0) credit = line.LastIndexOf("Photo:", StringComparison.Ordinal);
            if (credit <= 0) return false;
            var rest = line.Substring(credit + 6).Trim().TrimEnd('.', ')');
            return rest.Length > 0 && rest.Length <= 60 && rest.IndexOf('.') < 0;
        }

        /// <summary>"More Quick Read Articles »", "Share this", "Advertisement".</summary>
        public static bool IsFurniture(string line)
        {
            if (line.EndsWith("\u00BB", StringComparison.Ordinal) || line.EndsWith(">>", StringComparison.Ordinal)) return true;
            return line.Equals("Advertisement", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Share this", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Subscribe to", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Sign up for", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Click here", StringComparison.OrdinalIgnoreCase);
        }
    }
}
