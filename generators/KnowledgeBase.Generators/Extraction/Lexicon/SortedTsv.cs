using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// A sorted tab-separated data file kept as one string, with only the start of each line indexed: loading costs
    /// one pass and no string per entry; a look-up is a binary search on the first field (ordinal order, the
    /// converter's sort order). Loading reports lines out of order and keys given twice.
    /// </summary>
    internal sealed class SortedTsv
    {
        private readonly string _text;
        private readonly int[] _lineStarts;

        /// <param name="keyFields">How many leading fields make a line's key (1: one line per first field).</param>
        public SortedTsv(string text, string fileName, int keyFields, LexiconConflicts conflicts)
        {
            _text = text;
            var starts = new List<int>(text.Length / 16);
            int position = 0, previousStart = -1, lineNumber = 0;
            while (position < text.Length)
            {
                var end = text.IndexOf('\n', position);
                if (end < 0) end = text.Length;
                lineNumber++;
                if (end > position && text[position] != '#')
                {
                    if (previousStart >= 0) CheckOrder(previousStart, position, keyFields, fileName, lineNumber, conflicts);
                    starts.Add(position);
                    previousStart = position;
                }
                position = end + 1;
            }
            _lineStarts = starts.ToArray();
        }

        public int LineCount => _lineStarts.Length;

        /// <summary>The first line whose first field is <paramref name="key"/>, or -1.</summary>
        public int Find(string key)
        {
            int low = 0, high = _lineStarts.Length - 1, found = -1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var start = _lineStarts[middle];
                var order = CompareKey(key, start, FieldEnd(start));
                if (order > 0) low = middle + 1;
                else
                {
                    if (order == 0) found = middle;
                    high = middle - 1;
                }
            }
            return found;
        }

        /// <summary>Whether line <paramref name="line"/> exists and its first field is <paramref name="key"/>.</summary>
        public bool HasKey(int line, string key)
        {
            if (line < 0 || line >= _lineStarts.Length) return false;
            var start = _lineStarts[line];
            return CompareKey(key, start, FieldEnd(start)) == 0;
        }

        public string Field(int line, int field)
        {
            var start = FieldStart(line, field);
            return start < 0 ? string.Empty : _text.Substring(start, FieldEnd(start) - start);
        }

        public bool FieldEquals(int line, int field, string value)
        {
            var start = FieldStart(line, field);
            if (start < 0) return value.Length == 0;
            var length = FieldEnd(start) - start;
            return length == value.Length && string.CompareOrdinal(_text, start, value, 0, length) == 0;
        }

        /// <summary>A field of digits as a number; empty or missing is 0, anything else -1.</summary>
        public int Number(int line, int field)
        {
            var start = FieldStart(line, field);
            if (start < 0) return 0;
            var value = 0;
            for (var i = start; i < _text.Length && _text[i] != '\t' && _text[i] != '\n' && _text[i] != '\r'; i++)
            {
                var digit = _text[i] - '0';
                if (digit < 0 || digit > 9) return -1;
                value = value * 10 + digit;
            }
            return value;
        }

        private int FieldStart(int line, int field)
        {
            var position = _lineStarts[line];
            for (var i = 0; i < field; i++)
            {
                position = FieldEnd(position);
                if (position >= _text.Length || _text[position] != '\t') return -1;
                position++;
            }
            return position;
        }

        private int FieldEnd(int start)
        {
            var i = start;
            while (i < _text.Length && _text[i] != '\t' && _text[i] != '\n' && _text[i] != '\r') i++;
            return i;
        }

        private int CompareKey(string key, int start, int end)
        {
            var length = end - start;
            var order = string.CompareOrdinal(key, 0, _text, start, Math.Min(key.Length, length));
            return order != 0 ? order : key.Length - length;
        }

        private void CheckOrder(int previous, int current, int keyFields, string fileName, int lineNumber, LexiconConflicts conflicts)
        {
            var lineStart = current;
            for (var field = 0; field < keyFields; field++)
            {
                var previousEnd = FieldEnd(previous);
                var currentEnd = FieldEnd(current);
                var length = Math.Min(previousEnd - previous, currentEnd - current);
                var order = string.CompareOrdinal(_text, previous, _text, current, length);
                if (order == 0) order = (previousEnd - previous) - (currentEnd - current);
                if (order < 0) return;
                if (order > 0)
                {
                    conflicts.Unreadable(fileName, lineNumber, "line out of order (look-ups need the converter's sort)");
                    return;
                }
                if (!IsTab(previousEnd) || !IsTab(currentEnd)) break;
                previous = previousEnd + 1;
                current = currentEnd + 1;
            }
            conflicts.Duplicate(fileName, lineNumber, _text.Substring(lineStart, FieldEnd(lineStart) - lineStart));
        }

        private bool IsTab(int position) => position < _text.Length && _text[position] == '\t';
    }
}
