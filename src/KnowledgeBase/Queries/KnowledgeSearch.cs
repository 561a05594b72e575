using System;
using System.Collections.Generic;
using KnowledgeBase.Storage;

namespace KnowledgeBase
{
    // Search over the compiled inverted index (postings with BM25 scores computed at build time).
    public sealed partial class Knowledge
    {
        /// <summary>
        /// Sentences that hold the words, best first (BM25, scored when the knowledge base was compiled),
        /// each with the quote or event it carries. Answered from the compiled inverted index: no text
        /// is scanned. One word allocates nothing; several merge their postings into one array.
        /// </summary>
        /// <param name="words">Words to look for; case, a plural "s" and common function words do not matter.</param>
        public SearchResults Search(string words)
        {
            ArgumentNullException.ThrowIfNull(words);
            Span<int> runs = stackalloc int[2 * MaxSearchTerms];
            Span<char> term = stackalloc char[SearchTerms.MaxLength];
            Span<byte> utf8 = stackalloc byte[SearchTerms.MaxLength * 3];
            int found = 0, position = 0, length;
            while (found < MaxSearchTerms && (length = SearchTerms.Next(words, ref position, term)) > 0)
            {
                var row = FindKey(Utf8Key(term[..length], utf8), _header[DataLayout.HeaderTerms], _header[DataLayout.HeaderTerms + 1], DataLayout.TermWidth);
                if (row < 0) continue;
                int start = Int(row + DataLayout.TermPostings), count = Int(row + DataLayout.TermPostings + 1);
                var seen = false;
                for (var i = 0; i < found && !seen; i++) seen = runs[2 * i] == start;
                if (seen) continue;
                runs[2 * found] = start;
                runs[2 * found + 1] = count;
                found++;
            }
            return found switch
            {
                0 => default,
                1 => new SearchResults(this, runs[0], runs[1]),
                _ => new SearchResults(MergePostings(runs[..(2 * found)])),
            };
        }

        /// <summary>Several terms: one hit per sentence, its scores summed over the terms it holds.</summary>
        private SearchHit[] MergePostings(ReadOnlySpan<int> runs)
        {
            var bySentence = new Dictionary<int, int>();
            var hits = new List<SearchHit>();
            for (var r = 0; r < runs.Length; r += 2)
            {
                for (var p = runs[r]; p < runs[r] + runs[r + 1]; p++)
                {
                    var hit = Hit(p);
                    if (bySentence.TryGetValue(hit.SentenceIndex, out var at))
                    {
                        hits[at] = hits[at].WithScore(hits[at].RawScore + hit.RawScore);
                    }
                    else
                    {
                        bySentence.Add(hit.SentenceIndex, hits.Count);
                        hits.Add(hit);
                    }
                }
            }
            var array = hits.ToArray();
            // Sentences are compiled in article and text order, so ties fall in reading order.
            Array.Sort(array, static (a, b) => a.RawScore != b.RawScore ? b.RawScore.CompareTo(a.RawScore) : a.SentenceIndex.CompareTo(b.SentenceIndex));
            return array;
        }

        internal SearchHit Hit(int posting)
        {
            var row = _header[DataLayout.HeaderPostings] + posting * DataLayout.PostingWidth;
            var index = Int(row + DataLayout.PostingSentenceIndex);
            var sentence = _header[DataLayout.HeaderSentences] + index * DataLayout.SentenceWidth;
            return new SearchHit(this, index, Int(sentence + DataLayout.SentenceArticle), Int(sentence + DataLayout.SentenceStart), Int(sentence + DataLayout.SentenceLength),
                (SearchHitKind)Int(sentence + DataLayout.SentenceKind), Int(sentence + DataLayout.SentenceRecord), Int(row + DataLayout.PostingScore));
        }
    }
}
