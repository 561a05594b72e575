using System;

namespace KnowledgeBase
{
    /// <summary>Levenshtein distance, for "did you mean" suggestions.</summary>
    internal static class EditDistance
    {
        /// <summary>Cells of the distance table computed on this thread: how much work a lookup did, which tests check instead of a timer.</summary>
        [ThreadStatic]
        internal static long CellsComputed;

        /// <summary>The distance between the two strings, over the whole table.</summary>
        public static int Between(string a, string b)
        {
            if (a.Length == 0) return b.Length;
            if (b.Length == 0) return a.Length;
            CellsComputed += (long)a.Length * b.Length;
            Span<int> row = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) row[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                var diagonal = row[0];
                row[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var above = row[j];
                    row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                    diagonal = above;
                }
            }
            return row[b.Length];
        }

        /// <summary>
        /// The distance if it is at most <paramref name="bound"/>, else <paramref name="bound"/> + 1.
        /// Only the band of cells within <paramref name="bound"/> of the diagonal can hold such a
        /// distance, so only they are computed, and the scan stops once a whole row is past the bound:
        /// O(min(|a|, |b|) × bound), and nothing when the lengths alone differ by more.
        /// </summary>
        public static int Within(string a, string b, int bound)
        {
            var over = bound + 1;
            if (bound < 0 || Math.Abs(a.Length - b.Length) > bound) return over;
            if (a.Length == 0 || b.Length == 0) return Math.Max(a.Length, b.Length);
            Span<int> row = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
            // Row 0; cells right of the band stay "over" until the band reaches them.
            for (var j = 0; j <= b.Length; j++) row[j] = j <= bound ? j : over;
            for (var i = 1; i <= a.Length; i++)
            {
                var from = Math.Max(1, i - bound);
                var to = Math.Min(b.Length, i + bound);
                CellsComputed += to - from + 1;
                var diagonal = row[from - 1];
                // The cell left of the band: the first column, or past the bound.
                row[from - 1] = from == 1 && i <= bound ? i : over;
                var rowMin = row[from - 1];
                for (var j = from; j <= to; j++)
                {
                    var above = row[j];
                    var cell = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                    row[j] = Math.Min(cell, over);
                    rowMin = Math.Min(rowMin, row[j]);
                    diagonal = above;
                }
                // Every path to the last cell crosses this row: none can come back under the bound.
                if (rowMin > bound) return over;
            }
            return row[b.Length];
        }
    }
}
