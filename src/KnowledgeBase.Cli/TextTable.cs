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

        public void Write(TextWriter writer)
        {
            var widths = new int[_headers.Length];
            for (var c = 0; c < _headers.Length; c++) widths[c] = _headers[c].Length;
            foreach (var row in _rows)
                for (var c = 0; c < row.Length - 1; c++) widths[c] = Math.Max(widths[c], row[c].Length);
            WriteRow(writer, _headers, widths);
            var rule = new string[_headers.Length];
            for (var c = 0; c < rule.Length; c++) rule[c] = new string('-', c == rule.Length - 1 ? Math.Max(_headers[c].Length, 8) : widths[c]);
            WriteRow(writer, rule, widths);
            foreach (var row in _rows) WriteRow(writer, row, widths);
        }

        private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
        {
            var line = new StringBuilder();
            for (var c = 0; c < cells.Length; c++)
            {
                if (c > 0) line.Append("  ");
                line.Append(c == cells.Length - 1 ? cells[c] : cells[c].PadRight(widths[c]));
            }
            writer.WriteLine(line.ToString().TrimEnd());
        }
    }
}
