using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KnowledgeBase.Cli
{
    /// <summary>Text made safe for HTML, and evidence sentences with their words marked.</summary>
    internal static class Html
    {
        /// <summary>The text with &amp; &lt; &gt; " and ' escaped: safe in element content and in quoted attributes.</summary>
        public static string Escape(string text)
        {
            var html = new StringBuilder(text.Length + 16);
            AppendEscaped(html, text, 0, text.Length);
            return html.ToString();
        }

        private static void AppendEscaped(StringBuilder html, string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '&': html.Append("&amp;"); break;
                    case '<': html.Append("&lt;"); break;
                    case '>': html.Append("&gt;"); break;
                    case '"': html.Append("&quot;"); break;
                    case '\'': html.Append("&#39;"); break;
                    default:
                        // Control characters (but tab and line breaks) have no place in a page: a space instead.
                        html.Append(char.IsControl(c) && c is not ('\t' or '\n' or '\r') ? ' ' : c);
                        break;
                }
            }
        }

        /// <summary>The sentence, escaped, with each range (offsets into the sentence) inside &lt;mark&gt;; overlapping ranges merge.</summary>
        public static string Marked(string sentence, IEnumerable<(int Start, int Length)> ranges)
        {
            var sorted = new List<(int Start, int End)>();
            foreach (var (start, length) in ranges)
            {
                int from = Math.Clamp(start, 0, sentence.Length), to = Math.Clamp(start + length, 0, sentence.Length);
                if (to > from) sorted.Add((from, to));
            }
            sorted.Sort((a, b) => a.Start.CompareTo(b.Start));
            var html = new StringBuilder(sentence.Length + 32);
            var at = 0;
            for (var i = 0; i < sorted.Count; i++)
            {
                var (start, end) = sorted[i];
                while (i + 1 < sorted.Count && sorted[i + 1].Start <= end) end = Math.Max(end, sorted[++i].End);
                start = Math.Max(start, at);
                if (end <= start) continue;
                AppendEscaped(html, sentence, at, start);
                html.Append("<mark>");
                AppendEscaped(html, sentence, start, end);
                html.Append("</mark>");
                at = end;
            }
            AppendEscaped(html, sentence, at, sentence.Length);
            return html.ToString();
        }

        /// <summary>Where the words occur in the sentence (whole words, case ignored).</summary>
        public static IEnumerable<(int Start, int Length)> Occurrences(string sentence, IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                if (word.Length < 2) continue;
                for (var at = sentence.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
                {
                    var end = at + word.Length;
                    var whole = (at == 0 || !char.IsLetterOrDigit(sentence[at - 1])) && (end == sentence.Length || !char.IsLetterOrDigit(sentence[end]));
                    if (whole) yield return (at, word.Length);
                }
            }
        }

        /// <summary>A number for an SVG attribute: invariant, one decimal.</summary>
        public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
