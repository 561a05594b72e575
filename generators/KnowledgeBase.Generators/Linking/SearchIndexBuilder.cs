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
    /// scored with BM25 (sentences as documents) at build time, and each sentence marked with the
    /// quote or event it carries, so the runtime only reads runs of postings.
    /// </summary>
    internal static class SearchIndexBuilder
    {
        private const double K1 = 1.2;
        private const double B = 0.75;

        /// <summary>One term in one sentence: the sentence's index and the term's occurrences there.</summary>
        private readonly struct Occurrence(int sentence, int count)
        {
            public int Sentence { get; } = sentence;
            public int Count { get; } = count;
        }

        /// <param name="articles">Linked article files, by article index.</param>
        /// <param name="terms">Every article's terms (any order; matched by file).</param>
        public static SearchIndexModel Build(IReadOnlyList<string> articles, IReadOnlyList<ArticleTerms> terms,
            IReadOnlyList<LinkedQuote> quotes, IReadOnlyList<LinkedEvent> events, CancellationToken token)
        {
            var byFile = new Dictionary<string, ArticleTerms>(StringComparer.Ordinal);
            foreach (var t in terms) byFile[t.File] = t;
            var carried = CarriedRecords(quotes, events);

            // Sentences in article and text order; terms numbered as first met, with their occurrences.
            var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
            var termTexts = new List<string>();
            var occurrences = new List<List<Occurrence>>();
            var sentences = new List<int>();
            var sentenceWords = new List<int>();
            long words = 0;
            for (var a = 0; a < articles.Count; a++)
            {
                token.ThrowIfCancellationRequested();
                if (!byFile.TryGetValue(articles[a], out var article)) continue;
                var global = GlobalTermIds(article, termIds, termTexts, occurrences);
                var rows = article.Sentences;
                for (var i = 0; i < rows.Count;)
                {
                    int start = rows[i], length = rows[i + 1], count = rows[i + 2], distinct = rows[i + 3];
                    i += 4;
                    var sentence = sentenceWords.Count;
                    var (kind, record) = carried.TryGetValue((a, start), out var c) ? c : (DataLayout.PostingSentence, -1);
                    sentences.Add(a);
                    sentences.Add(start);
                    sentences.Add(length);
                    sentences.Add(kind);
                    sentences.Add(record);
                    sentenceWords.Add(count);
                    words += count;
                    for (var k = 0; k < distinct; k++, i += 2) occurrences[global[rows[i]]].Add(new Occurrence(sentence, rows[i + 1]));
                }
            }
            if (sentenceWords.Count == 0) return SearchIndexModel.Empty;
            return Scored(termTexts, occurrences, sentenceWords, words, sentences, token);
        }

        /// <summary>What each sentence carries, by article and sentence start: its first quote, else its first event.</summary>
        private static Dictionary<(int Article, int Start), (int Kind, int Record)> CarriedRecords(IReadOnlyList<LinkedQuote> quotes, IReadOnlyList<LinkedEvent> events)
        {
            var carried = new Dictionary<(int Article, int Start), (int Kind, int Record)>();
            for (var q = 0; q < quotes.Count; q++)
            {
                var key = (quotes[q].Article, quotes[q].SentenceStart);
                if (!carried.ContainsKey(key)) carried.Add(key, (DataLayout.PostingQuote, q));
            }
            for (var e = 0; e < events.Count; e++)
                foreach (var source in events[e].Sources)
                    if (!carried.ContainsKey((source.Article, source.Start))) carried.Add((source.Article, source.Start), (DataLayout.PostingEvent, e));
            return carried;
        }

        /// <summary>
        /// The index-wide id of each term of the article's vocabulary, a term met for the first time numbered next:
        /// one dictionary look-up per term of the article, not per occurrence.
        /// </summary>
        private static int[] GlobalTermIds(ArticleTerms article, Dictionary<string, int> termIds, List<string> termTexts, List<List<Occurrence>> occurrences)
        {
            var global = new int[article.Vocabulary.Count];
            for (var v = 0; v < global.Length; v++)
            {
                var term = article.Vocabulary[v];
                if (!termIds.TryGetValue(term, out var id))
                {
                    id = termTexts.Count;
                    termIds.Add(term, id);
                    termTexts.Add(term);
                    occurrences.Add(new List<Occurrence>());
                }
                global[v] = id;
            }
            return global;
        }

        /// <summary>The index: terms sorted by UTF-8 bytes, each with its run of postings scored by BM25, best first.</summary>
        private static SearchIndexModel Scored(List<string> termTexts, List<List<Occurrence>> occurrences, List<int> sentenceWords, long words,
            List<int> sentences, CancellationToken token)
        {
            var total = sentenceWords.Count;
            var order = new int[termTexts.Count];
            for (var t = 0; t < order.Length; t++) order[t] = t;
            Array.Sort(order, (x, y) => Utf8Order.Compare(termTexts[x], termTexts[y]));

            var averageWords = (double)words / total;
            var sortedTerms = new string[order.Length];
            var runs = new int[2 * order.Length];
            var postings = new List<int>();
            var scored = new List<(int Score, int Sentence)>();
            for (var n = 0; n < order.Length; n++)
            {
                if ((n & 1023) == 0) token.ThrowIfCancellationRequested();
                var list = occurrences[order[n]];
                var idf = Math.Log(1 + (total - list.Count + 0.5) / (list.Count + 0.5));
                scored.Clear();
                foreach (var o in list)
                {
                    var tf = o.Count * (K1 + 1) / (o.Count + K1 * (1 - B + B * sentenceWords[o.Sentence] / averageWords));
                    scored.Add(((int)Math.Round(idf * tf * DataLayout.ScoreScale), o.Sentence));
                }
                // Best first; ties in text order, so the layout never depends on hashing.
                scored.Sort(static (x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Sentence.CompareTo(y.Sentence));
                sortedTerms[n] = termTexts[order[n]];
                runs[2 * n] = postings.Count / DataLayout.PostingWidth;
                runs[2 * n + 1] = scored.Count;
                foreach (var (score, sentence) in scored)
                {
                    postings.Add(sentence);
                    postings.Add(score);
                }
            }
            return new SearchIndexModel(sortedTerms.ToEquatableArray(), runs.ToEquatableArray(), postings.ToEquatableArray(), sentences.ToEquatableArray());
        }
    }
}
