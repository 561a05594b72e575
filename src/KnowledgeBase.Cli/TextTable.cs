using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace KnowledgeBase.Cli
{
    /// <summary>Left-aligned columns; the last column may wrap past the terminal width.</summary>
    internal sealed class TextTable
    {
        private readonly string[] _headers;
        private readonly List<string[]> _rows = new();

        public TextTable(params string[] headers) => _headers = headers;

        public void Add(params string[] cells)
        {
            for (var i = 0; i < cells.Length; i++) cells[i] = Printable(cells[i]);
            _rows.Add(cells);
        }

        /// <summary>
        /// Article text or user input on one terminal line: control characters (C0 and C1, escape
        /// sequences among them), line breaks and bidi controls become spaces, so what an article or
        /// an argument holds cannot drive the terminal, break a row or reorder the text around it.
        /// </summary>
        public static string Printable(string text)
        {
            StringBuilder? builder = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (!char.IsControl(c) && c != '\u2028' && c != '\u2029' && !IsBidiControl(c)) continue;
                builder ??= new StringBuilder(text);
                builder[i] = ' ';
            }
            return builder?.ToString() ?? text;
        }

        // Marks, embeddings, overrides and isolates (Unicode TR9): invisible, yet they reorder what follows.
        private static bool IsBidiControl(char c) =>
            c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

        public int Count => _rows.Count;

        /// <summary>The width tables fit: the terminal's <c>COLUMNS</c> when set, else 100.</summary>
        public static int TerminalWidth() =>
            int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns > 0 ? columns : DefaultWidth;

        public const int DefaultWidth = 100;

        // The last column keeps at least this many characters a line, however narrow the terminal.
        private const int MinLastColumn = 24;

        /// <summary>Writes the table within <paramref name="width"/> characters a line, wrapping the last column at spaces.</summary>
        public void Write(TextWriter writer, int width)
        {
            var widths = new int[_headers.Length];
            for (var c = 0; c < _headers.Length; c++) widths[c] = _headers[c].Length;
            foreach (var row in _rows)
                for (var c = 0; c < row.Length - 1; c++) widths[c] = Math.Max(widths[c], row[c].Length);
            var indent = 0;
            for (var c = 0; c < widths.Length - 1; c++) indent += widths[c] + 2;
            var last = Math.Max(MinLastColumn, width - indent);
            WriteRow(writer, _headers, widths, last, indent);
            var rule = new string[_headers.Length];
            for (var c = 0; c < rule.Length; c++) rule[c] = new string('-', c == rule.Length - 1 ? Math.Min(last, Math.Max(_headers[c].Length, 8)) : widths[c]);
            WriteRow(writer, rule, widths, last, indent);
            foreach (var row in _rows) WriteRow(writer, row, widths, last, indent);
        }

        private static void WriteRow(TextWriter writer, string[] cells, int[] widths, int lastWidth, int indent)
        {
            var line = new StringBuilder();
            for (var c = 0; c < cells.Length - 1; c++) line.Append(cells[c].PadRight(widths[c])).Append("  ");
            var first = true;
            foreach (var piece in Wrap(cells[^1], lastWidth))
            {
                if (!first) line.Append(' ', indent);
                writer.WriteLine(line.Append(piece).ToString().TrimEnd());
                line.Clear();
                first = false;
            }
        }

        /// <summary>The text in lines of at most <paramref name="width"/> characters, broken at spaces (a longer word is cut).</summary>
        public static IEnumerable<string> Wrap(string text, int width)
        {
            var rest = text.Trim();
            if (rest.Length == 0) yield return string.Empty;
            while (rest.Length > 0)
            {
                if (rest.Length <= width) { yield return rest; yield break; }
                var cut = rest.LastIndexOf(' ', width);
                if (cut <= 0) cut = width;
                yield return rest.Substring(0, cut).TrimEnd();
                rest = rest.Substring(cut).TrimStart();
            }
        }
    }
}
