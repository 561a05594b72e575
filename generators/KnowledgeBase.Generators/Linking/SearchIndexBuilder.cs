using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Helpers;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Linking
{
    /// <summary>
    /// Builds the inverted index that <c>Search</c> answers from: term → the sentences that hold it,
    /// each marked with the quote or event it carries, scored with BM25 (sentences as documents)
    /// at build time so the runtime only reads runs of postings.
    /// </summary>
    internal static class SearchIndexBuilder
    {
        private const double K1 = 1.2;
        private const double B = 0.75;

        private readonly struct Occurrence
        {
            public Occurrence(int article, int start, int length, int count, int words)
            {
                Article = article;
                Start = start;
                Length = length;
                Count = count;
                Words = words;
            }

            public int Article { get; }
            public int Start { get; }
            public int Length { get; }
            public int Count { get; }
            public int Words { get; }
        }

        /// <param name="articles">Linked article files, by article index.</param>
        /// <param name="terms">Every article's terms (any order; matched by file).</param>
        public static SearchIndexModel Build(IReadOnlyList<string> articles, IReadOnlyList<ArticleTerms> terms,
            IReadOnlyList<LinkedQuote> quotes, IReadOnlyList<LinkedEvent> events, CancellationToken token)
        {
            var byFile = new Dictionary<string, ArticleTerms>(StringComparer.Ordinal);
            foreach (var t in terms) byFile[t.File] = t;

            // What each sentence carries: its first quote, else its first event.
            var carried = new Dictionary<(int Article, int Start), (int Kind, int Record)>();
            for (var q = 0; q < quotes.Count; q++)
            {
                var key = (quotes[q].Article, quotes[q].SentenceStart);
                if (!carried.ContainsKey(key)) carried.Add(key, (DataLayout.PostingQuote, q));
            }
            for (var e = 0; e < events.Count; e++)
                foreach (var source in events[e].Sources)
                    if (!carried.ContainsKey((source.Article, source.Start))) carried.Add((source.Article, source.Start), (DataLayout.PostingEvent, e));

            var postings = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
            long sentences = 0, words = 0;
            for (var a = 0; a < articles.Count; a++)
            {
                token.ThrowIfCancellationRequested();
                if (!byFile.TryGetValue(articles[a], out var article)) continue;
                var rows = article.Sentences;
                for (var i = 0; i < rows.Count;)
                {
                    int start = rows[i], length = rows[i + 1], count = rows[i + 2], distinct = rows[i + 3];
                    i += 4;
                    sentences++;
                    words += count;
                    for (var k = 0; k < distinct; k++, i += 2)
                    {
                        var term = article.Vocabulary[rows[i]];
                        if (!postings.TryGetValue(term, out var list)) postings.Add(term, list = new List<Occurrence>());
                        list.Add(new Occurrence(a, start, length, rows[i + 1], count));
                    }
                }
            }
            if (sentences == 0) return SearchIndexModel.Empty;

            var sortedTerms = new List<string>(postings.Keys);
            sortedTerms.Sort(Utf8Order.Compare);
            var averageWords = (double)words / sentences;
            var runs = new List<int>(sortedTerms.Count * 2);
            var flat = new List<int>();
            var scored = new List<(int Score, Occurrence Occurrence)>();
            foreach (var term in sortedTerms)
            {
                token.ThrowIfCancellationRequested();
                var list = postings[term];
                var idf = Math.Log(1 + (sentences - list.Count + 0.5) / (list.Count + 0.5));
                scored.Clear();
                foreach (var o in list)
                {
                    var tf = o.Count * (K1 + 1) / (o.Count + K1 * (1 - B + B * o.Words / averageWords));
                    scored.Add(((int)Math.Round(idf * tf * DataLayout.ScoreScale), o));
                }
                // Best first; ties in document order, so the layout never depends on hashing.
                scored.Sort(static (x, y) =>
                    x.Score != y.Score ? y.Score.CompareTo(x.Score)
                    : x.Occurrence.Article != y.Occurrence.Article ? x.Occurrence.Article.CompareTo(y.Occurrence.Article)
                    : x.Occurrence.Start.CompareTo(y.Occurrence.Start));
                runs.Add(flat.Count / DataLayout.PostingWidth);
                runs.Add(scored.Count);
                foreach (var (score, o) in scored)
                {
                    var (kind, record) = carried.TryGetValue((o.Article, o.Start), out var c) ? c : (DataLayout.PostingSentence, -1);
                    flat.Add(o.Article);
                    flat.Add(o.Start);
                    flat.Add(o.Length);
                    flat.Add(kind);
                    flat.Add(record);
                    flat.Add(score);
                }
            }
            return new SearchIndexModel(sortedTerms.ToEquatableArray(), runs.ToEquatableArray(), flat.ToEquatableArray());
        }
    }
}
