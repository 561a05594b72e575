// difflib.SequenceMatcher's ratio(), which score.py uses to tell spelling variants of a name apart
// from other words (alias recall).
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeBase.Tests.Gold;

public static partial class GoldScorer
{
    // difflib.SequenceMatcher(None, a, b).ratio() over code points.
    internal static double Ratio(string a, string b)
    {
        int[] x = CodePoints(a), y = CodePoints(b);
        int length = x.Length + y.Length;
        return length > 0 ? 2.0 * new SequenceMatcher(x, y).MatchCount() / length : 1.0;
    }

    // difflib.SequenceMatcher with isjunk=None and autojunk=True: no junk, but in a b of 200+
    // elements those occurring more than 1% + 1 times are "popular" and never start a match
    // (they can still extend one).
    private sealed class SequenceMatcher
    {
        private readonly int[] a;
        private readonly int[] b;
        private readonly Dictionary<int, List<int>> b2j = [];

        public SequenceMatcher(int[] a, int[] b)
        {
            this.a = a;
            this.b = b;
            for (int i = 0; i < b.Length; i++)
            {
                if (!b2j.TryGetValue(b[i], out var indices))
                {
                    b2j[b[i]] = indices = [];
                }
                indices.Add(i);
            }
            if (b.Length >= 200)
            {
                int ntest = b.Length / 100 + 1;
                foreach (var elt in b2j.Where(kv => kv.Value.Count > ntest).Select(kv => kv.Key).ToList())
                {
                    b2j.Remove(elt);
                }
            }
        }

        // Sum of the sizes of get_matching_blocks(); the order blocks are found in does not matter.
        public int MatchCount()
        {
            int total = 0;
            var queue = new Stack<(int Alo, int Ahi, int Blo, int Bhi)>();
            queue.Push((0, a.Length, 0, b.Length));
            while (queue.Count > 0)
            {
                var (alo, ahi, blo, bhi) = queue.Pop();
                var (i, j, k) = FindLongestMatch(alo, ahi, blo, bhi);
                if (k > 0)
                {
                    total += k;
                    if (alo < i && blo < j)
                    {
                        queue.Push((alo, i, blo, j));
                    }
                    if (i + k < ahi && j + k < bhi)
                    {
                        queue.Push((i + k, ahi, j + k, bhi));
                    }
                }
            }
            return total;
        }

        private (int I, int J, int K) FindLongestMatch(int alo, int ahi, int blo, int bhi)
        {
            int besti = alo, bestj = blo, bestsize = 0;
            var j2len = new Dictionary<int, int>();
            for (int i = alo; i < ahi; i++)
            {
                var newj2len = new Dictionary<int, int>();
                if (b2j.TryGetValue(a[i], out var indices))
                {
                    foreach (int j in indices)
                    {
                        if (j < blo)
                        {
                            continue;
                        }
                        if (j >= bhi)
                        {
                            break;
                        }
                        int k = newj2len[j] = j2len.GetValueOrDefault(j - 1) + 1;
                        if (k > bestsize)
                        {
                            besti = i - k + 1;
                            bestj = j - k + 1;
                            bestsize = k;
                        }
                    }
                }
                j2len = newj2len;
            }
            // Extend by equal elements on each end (popular ones included; junk is empty, so
            // difflib's second pair of junk-only loops never runs).
            while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1])
            {
                besti--;
                bestj--;
                bestsize++;
            }
            while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize])
            {
                bestsize++;
            }
            return (besti, bestj, bestsize);
        }
    }

}
