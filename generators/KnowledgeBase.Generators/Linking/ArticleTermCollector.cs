using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Helpers;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Linking
{
    /// <summary>
    /// Per article (cached per file): the search terms of every title, heading and paragraph
    /// sentence, cut by the same <see cref="SearchTerms"/> code the runtime uses for queries.
    /// </summary>
    internal static class ArticleTermCollector
    {
        public static ArticleTerms Collect(DocumentModel document, CancellationToken token)
        {
            var vocabulary = new List<string>();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var rows = new List<int>();
            var counts = new Dictionary<int, int>();
            var sorted = new List<int>();
            var buffer = new char[SearchTerms.MaxLength];
            var strings = StringPool.ForThread;
            var text = document.Text.AsSpan();
            foreach (var block in document.Blocks)
            {
                token.ThrowIfCancellationRequested();
                foreach (var sentence in block.Sentences)
                {
                    counts.Clear();
                    var words = 0;
                    var span = text.Slice(sentence.Start, sentence.Length);
                    var position = 0;
                    int length;
                    while ((length = SearchTerms.Next(span, ref position, buffer)) > 0)
                    {
                        // Shared strings, as for tokens: a known term costs a hash, not an allocation.
                        var term = strings.Of(buffer, length);
                        if (!ids.TryGetValue(term, out var id))
                        {
                            id = vocabulary.Count;
                            vocabulary.Add(term);
                            ids.Add(term, id);
                        }
                        counts.TryGetValue(id, out var n);
                        counts[id] = n + 1;
                        words++;
                    }
                    if (words == 0) continue;
                    rows.Add(sentence.Start);
                    rows.Add(sentence.Length);
                    rows.Add(words);
                    rows.Add(counts.Count);
                    // Ascending term ids: the same document always gives the same rows.
                    sorted.Clear();
                    sorted.AddRange(counts.Keys);
                    sorted.Sort();
                    foreach (var id in sorted)
                    {
                        rows.Add(id);
                        rows.Add(counts[id]);
                    }
                }
            }
            return new ArticleTerms(document.File, vocabulary.ToEquatableArray(), rows.ToEquatableArray());
        }
    }
}
