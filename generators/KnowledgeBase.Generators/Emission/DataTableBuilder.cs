using System.Collections.Generic;
using System.Text;
using System.Threading;
using KnowledgeBase.Generators.Helpers;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Emission
{
    /// <summary>
    /// Lays a <see cref="KnowledgeModel"/> out as one UTF-8 blob and one int table
    /// (<see cref="DataLayout"/>): the shape DESIGN.md measured to load in milliseconds.
    /// </summary>
    internal sealed class DataTableBuilder
    {
        private byte[] _utf8 = new byte[1 << 16];
        private int _utf8Length;
        private readonly List<int> _strings = new();
        private readonly Dictionary<string, int> _stringIds = new(System.StringComparer.Ordinal);
        private readonly List<int> _lists = new();

        public byte[] Utf8 { get; private set; } = System.Array.Empty<byte>();

        public int[] Table { get; private set; } = System.Array.Empty<int>();

        public static DataTableBuilder Build(KnowledgeModel model, CancellationToken token)
        {
            var builder = new DataTableBuilder();
            builder.Lay(model, token);
            return builder;
        }

        private void Lay(KnowledgeModel model, CancellationToken token)
        {
            // Each section interns its strings and lists in this order: the order the string and list sections hold them.
            var articles = ArticleRows(model, token);
            var entities = EntityRows(model, token);
            var quotes = QuoteRows(model, token);
            var events = EventRows(model, token);
            var aliases = AliasRows(model);
            var terms = TermRows(model, token);
            var ids = Ids(model);

            // Every string is interned above; only now is the string section complete.
            var table = new List<int>(DataLayout.HeaderSize + _strings.Count + articles.Count + entities.Count + quotes.Count + events.Count
                + aliases.Count + _lists.Count + terms.Count + model.Search.Postings.Count + model.Search.Sentences.Count + ids.Count);
            table.AddRange(new int[DataLayout.HeaderSize]);
            table[DataLayout.HeaderVersion] = DataLayout.Version;
            Section(table, DataLayout.HeaderStrings, _strings, _strings.Count / DataLayout.StringWidth);
            Section(table, DataLayout.HeaderArticles, articles, model.Articles.Count);
            Section(table, DataLayout.HeaderEntities, entities, model.Entities.Count);
            Section(table, DataLayout.HeaderQuotes, quotes, model.Quotes.Count);
            Section(table, DataLayout.HeaderEvents, events, model.Events.Count);
            table[DataLayout.HeaderTimeline] = table[DataLayout.HeaderEvents];
            table[DataLayout.HeaderTimeline + 1] = model.DatedEvents;
            Section(table, DataLayout.HeaderAliases, aliases, model.Aliases.Count);
            Section(table, DataLayout.HeaderLists, _lists, _lists.Count);
            Section(table, DataLayout.HeaderTerms, terms, model.Search.Terms.Count);
            Section(table, DataLayout.HeaderPostings, model.Search.Postings, model.Search.Postings.Count / DataLayout.PostingWidth);
            Section(table, DataLayout.HeaderSentences, model.Search.Sentences, model.Search.Sentences.Count / DataLayout.SentenceWidth);
            Section(table, DataLayout.HeaderIds, ids, ids.Count / DataLayout.IdWidth);
            Table = table.ToArray();
            var utf8 = new byte[_utf8Length];
            System.Array.Copy(_utf8, utf8, _utf8Length);
            Utf8 = utf8;
        }

        private List<int> ArticleRows(KnowledgeModel model, CancellationToken token)
        {
            var articles = new List<int>();
            foreach (var a in model.Articles)
            {
                token.ThrowIfCancellationRequested();
                articles.Add(String(a.Id));
                articles.Add(String(a.File));
                articles.Add(String(a.Title));
                articles.Add(String(a.Text));
                articles.Add(a.Published);
            }
            return articles;
        }

        private List<int> EntityRows(KnowledgeModel model, CancellationToken token)
        {
            var entities = new List<int>();
            foreach (var e in model.Entities)
            {
                token.ThrowIfCancellationRequested();
                entities.Add(String(e.Id));
                entities.Add(String(e.Name));
                entities.Add((int)e.Kind);
                var aliases = new List<int>();
                foreach (var alias in e.Aliases) aliases.Add(String(alias));
                List(entities, aliases);
                List(entities, e.Quotes);
                List(entities, e.Events);
                List(entities, e.Articles);
                entities.Add(e.Mentions);
                entities.Add(e.FirstArticle);
                entities.Add(e.FirstStart);
                entities.Add(e.FirstLength);
            }
            return entities;
        }

        /// <summary>Each quote's row, with its position in UTF-8 bytes too (-1 where it starts or ends inside a surrogate pair).</summary>
        private List<int> QuoteRows(KnowledgeModel model, CancellationToken token)
        {
            var quotes = new List<int>();
            var utf8Offsets = new Utf8Offsets();
            foreach (var q in model.Quotes)
            {
                token.ThrowIfCancellationRequested();
                quotes.Add(String(q.Id));
                quotes.Add(q.Article);
                quotes.Add(q.Start);
                quotes.Add(q.Length);
                quotes.Add(q.Speaker);
                quotes.Add(String(q.SpeakerText));
                quotes.Add(q.Kind);
                quotes.Add(q.Cue is null ? -1 : String(q.Cue));
                quotes.Add(q.SentenceStart);
                quotes.Add(q.SentenceLength);
                var text = model.Articles[q.Article].Text;
                var start = utf8Offsets.At(text, q.Start);
                var end = utf8Offsets.At(text, q.Start + q.Length);
                quotes.Add(start < 0 || end < 0 ? -1 : start);
                quotes.Add(start < 0 || end < 0 ? 0 : end - start);
            }
            return quotes;
        }

        private List<int> EventRows(KnowledgeModel model, CancellationToken token)
        {
            var events = new List<int>();
            foreach (var e in model.Events)
            {
                token.ThrowIfCancellationRequested();
                events.Add(String(e.Id));
                events.Add(String(e.Cameo));
                events.Add(String(e.CameoName));
                events.Add(String(e.Kind));
                List(events, e.Participants);
                events.Add(e.Place);
                events.Add(e.Date);
                events.Add(e.Status);
                events.Add(String(e.Summary));
                var sources = new List<int>();
                foreach (var s in e.Sources)
                {
                    sources.Add(s.Article);
                    sources.Add(s.Start);
                    sources.Add(s.Length);
                }
                List(events, sources);
            }
            return events;
        }

        private List<int> AliasRows(KnowledgeModel model)
        {
            var aliases = new List<int>();
            foreach (var alias in model.Aliases)
            {
                aliases.Add(String(alias.Key));
                aliases.Add(alias.Entity);
            }
            return aliases;
        }

        /// <summary>Each search term with its run of postings (first posting, count).</summary>
        private List<int> TermRows(KnowledgeModel model, CancellationToken token)
        {
            var terms = new List<int>();
            var runs = model.Search.Runs;
            for (var t = 0; t < model.Search.Terms.Count; t++)
            {
                token.ThrowIfCancellationRequested();
                terms.Add(String(model.Search.Terms[t]));
                terms.Add(runs[2 * t]);
                terms.Add(runs[2 * t + 1]);
            }
            return terms;
        }

        /// <summary>Article ids and files, quote ids and event ids, sorted by UTF-8 bytes for binary search.</summary>
        private List<int> Ids(KnowledgeModel model)
        {
            var keys = new List<(string Key, int Kind, int Index)>();
            for (var i = 0; i < model.Articles.Count; i++)
            {
                keys.Add((model.Articles[i].Id, DataLayout.RecordArticle, i));
                keys.Add((model.Articles[i].File, DataLayout.RecordArticle, i));
            }
            for (var i = 0; i < model.Quotes.Count; i++) keys.Add((model.Quotes[i].Id, DataLayout.RecordQuote, i));
            for (var i = 0; i < model.Events.Count; i++) keys.Add((model.Events[i].Id, DataLayout.RecordEvent, i));
            // Stable for equal keys (an id that is also a file name): the first record listed wins.
            var order = new List<int>(keys.Count);
            for (var i = 0; i < keys.Count; i++) order.Add(i);
            order.Sort((x, y) => Utf8Order.Compare(keys[x].Key, keys[y].Key) is var c && c != 0 ? c : x.CompareTo(y));
            var rows = new List<int>(keys.Count * DataLayout.IdWidth);
            for (var i = 0; i < order.Count; i++)
            {
                var (key, kind, index) = keys[order[i]];
                if (i > 0 && keys[order[i - 1]].Key == key) continue;
                rows.Add(String(key));
                rows.Add(kind);
                rows.Add(index);
            }
            return rows;
        }

        private static void Section(List<int> table, int header, IEnumerable<int> rows, int count)
        {
            table[header] = table.Count;
            table[header + 1] = count;
            table.AddRange(rows);
        }

        private void List(List<int> row, IEnumerable<int> items)
        {
            var start = _lists.Count;
            _lists.AddRange(items);
            row.Add(start);
            row.Add(_lists.Count - start);
        }

        /// <summary>
        /// UTF-8 byte offsets of UTF-16 positions in a text as the string section encodes it (a lone
        /// surrogate as the three bytes of U+FFFD), so the runtime can decode a quote's few bytes instead
        /// of its whole article. Walks on from the last position asked for in the same text: quotes come
        /// in article and text order.
        /// </summary>
        private sealed class Utf8Offsets
        {
            private string? _text;
            private int _chars, _bytes;

            /// <summary>The byte offset of char position <paramref name="position"/>, or -1 inside a surrogate pair.</summary>
            public int At(string text, int position)
            {
                if (!ReferenceEquals(text, _text) || position < _chars) (_text, _chars, _bytes) = (text, 0, 0);
                while (_chars < position)
                {
                    var c = text[_chars];
                    if (char.IsHighSurrogate(c) && _chars + 1 < text.Length && char.IsLowSurrogate(text[_chars + 1]))
                    {
                        if (_chars + 1 == position) return -1;
                        _chars += 2;
                        _bytes += 4;
                        continue;
                    }
                    _chars++;
                    _bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                }
                return _bytes;
            }
        }

        private readonly StringBuilder _text = new();

        /// <summary>All strings in id order: its UTF-8 encoding is exactly <see cref="Utf8"/>.</summary>
        public string Text => _text.ToString();

        private int String(string text)
        {
            text = TextSanitizer.ReplaceLoneSurrogates(text);
            if (_stringIds.TryGetValue(text, out var id)) return id;
            id = _strings.Count / DataLayout.StringWidth;
            // Encoded straight into one growing buffer: no array per string.
            var length = Encoding.UTF8.GetByteCount(text);
            if (_utf8Length + length > _utf8.Length)
                System.Array.Resize(ref _utf8, System.Math.Max(_utf8.Length * 2, _utf8Length + length));
            Encoding.UTF8.GetBytes(text, 0, text.Length, _utf8, _utf8Length);
            _strings.Add(_utf8Length);
            _strings.Add(length);
            _utf8Length += length;
            _text.Append(text);
            _stringIds.Add(text, id);
            return id;
        }
    }
}
