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
        /// <param name="lastFieldValues">If given, the values the last field may take; other lines are reported.</param>
        public SortedTsv(string text, string fileName, int keyFields, LexiconConflicts conflicts, string[]? lastFieldValues = null)
        {
            _text = text;
            var starts = new List<int>(text.Length / 16);
            int position = 0, previousStart = -1, previousEnd = -1, previousKeyEnd = -1, lineNumber = 0;
            while (position < text.Length)
            {
                var end = text.IndexOf('\n', position);
                if (end < 0) end = text.Length;
                lineNumber++;
                var lineEnd = end > position && text[end - 1] == '\r' ? end - 1 : end;
                if (lineEnd > position && text[position] != '#')
                {
                    var keyEnd = KeyEnd(position, lineEnd, keyFields);
                    if (previousStart >= 0)
                        CheckOrder(previousStart, previousEnd, previousKeyEnd, position, lineEnd, keyEnd, fileName, lineNumber, conflicts);
                    if (lastFieldValues is not null) CheckLastField(position, lineEnd, lastFieldValues, fileName, lineNumber, conflicts);
                    starts.Add(position);
                    (previousStart, previousEnd, previousKeyEnd) = (position, lineEnd, keyEnd);
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

        // Lines are sorted whole (ordinal); two lines with the same key fields are a duplicate.
        private void CheckOrder(int previous, int previousEnd, int previousKeyEnd, int current, int currentEnd, int currentKeyEnd,
            string fileName, int lineNumber, LexiconConflicts conflicts)
        {
            if (Compare(previous, previousEnd, current, currentEnd) > 0)
                conflicts.Unreadable(fileName, lineNumber, "line out of order (look-ups need the converter's sort)");
            else if (Compare(previous, previousKeyEnd, current, currentKeyEnd) == 0)
                conflicts.Duplicate(fileName, lineNumber, _text.Substring(current, FieldEnd(current) - current));
        }

        private void CheckLastField(int start, int end, string[] values, string fileName, int lineNumber, LexiconConflicts conflicts)
        {
            var fieldStart = _text.LastIndexOf('\t', end - 1, end - start) + 1;
            if (fieldStart == 0) fieldStart = start;
            var length = end - fieldStart;
            foreach (var value in values)
                if (value.Length == length && string.CompareOrdinal(_text, fieldStart, value, 0, length) == 0) return;
            conflicts.Unreadable(fileName, lineNumber, "unexpected value '" + _text.Substring(fieldStart, length) + "' in the last column");
        }

        private int KeyEnd(int start, int end, int keyFields)
        {
            var position = start - 1;
            for (var i = 0; i < keyFields; i++)
            {
                position = _text.IndexOf('\t', position + 1, end - position - 1);
                if (position < 0) return end;
            }
            return position;
        }

        private int Compare(int aStart, int aEnd, int bStart, int bEnd)
        {
            var order = string.CompareOrdinal(_text, aStart, _text, bStart, Math.Min(aEnd - aStart, bEnd - bStart));
            return order != 0 ? order : (aEnd - aStart) - (bEnd - bStart);
        }

    }
}
