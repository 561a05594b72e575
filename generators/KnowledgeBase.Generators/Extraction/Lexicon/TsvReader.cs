namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// Walks the lines of a tab-separated text held in memory, skipping empty lines and '#' comments.
    /// Fields are cut out only when asked for, so unused columns cost nothing.
    /// </summary>
    internal sealed class TsvReader
    {
        private const int MaxFields = 9; // one more than the widest file, so a stray tab shows as an extra field

        private readonly string _text;
        private readonly int[] _starts = new int[MaxFields];
        private readonly int[] _ends = new int[MaxFields];
        private int _position;

        public TsvReader(string text) => _text = text;

        /// <summary>Fields on the current line.</summary>
        public int FieldCount { get; private set; }

        /// <summary>1-based line number of the current line, for messages.</summary>
        public int LineNumber { get; private set; }

        public bool MoveNext()
        {
            while (_position < _text.Length)
            {
                var start = _position;
                var end = _text.IndexOf('\n', start);
                if (end < 0) end = _text.Length;
                _position = end + 1;
                LineNumber++;
                if (end > start && _text[end - 1] == '\r') end--;
                if (end == start || _text[start] == '#') continue;
                SplitFields(start, end);
                return true;
            }
            return false;
        }

        public string Field(int index) =>
            index < FieldCount ? _text.Substring(_starts[index], _ends[index] - _starts[index]) : string.Empty;

        public bool FieldIsEmpty(int index) => index >= FieldCount || _ends[index] == _starts[index];

        /// <summary>Whether a field equals the given text, without cutting it out.</summary>
        public bool FieldEquals(int index, string value) =>
            index < FieldCount && _ends[index] - _starts[index] == value.Length
            && string.CompareOrdinal(_text, _starts[index], value, 0, value.Length) == 0;

        private void SplitFields(int start, int end)
        {
            FieldCount = 0;
            var fieldStart = start;
            for (var i = start; i <= end && FieldCount < MaxFields; i++)
            {
                if (i < end && _text[i] != '\t') continue;
                _starts[FieldCount] = fieldStart;
                _ends[FieldCount] = i;
                FieldCount++;
                fieldStart = i + 1;
            }
        }
    }
}
