using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using KnowledgeBase.Storage;

namespace KnowledgeBase
{
    /// <summary>
    /// A compiled knowledge base: articles, people, organizations, places, quotes and events,
    /// read straight from the data the generator compiled into the assembly. Records are made
    /// on first touch and cached; nothing is parsed at run time.
    /// </summary>
    public sealed class Knowledge
    {
        private readonly KnowledgeData _data;
        private readonly int _stringsOffset, _stringCount;
        private readonly int _articlesOffset, _entitiesOffset, _quotesOffset, _eventsOffset;
        private readonly int _aliasesOffset, _aliasCount, _listsOffset, _datedEvents;
        private readonly int _termsOffset, _termCount, _postingsOffset, _sentencesOffset, _idsOffset, _idCount;

        // Keys up to this long are normalized and encoded on the stack.
        private const int StackLimit = 256;
        private const int MaxSearchTerms = 16;
        private readonly string?[] _strings;
        private Article?[]? _articles;
        private Entity?[]? _entities;
        private Quote?[]? _quoteCache;
        private Event?[]? _eventCache;
        private RecordList<Article>? _articleList;
        private RecordList<Entity>? _entityList;
        private RecordList<Person>? _people;
        private RecordList<Organization>? _organizations;
        private RecordList<Place>? _places;
        private RecordList<Quote>? _quotes;
        private EventList? _events;
        private EventList? _timeline;

        /// <summary>Opens compiled data. Generated code calls this once per knowledge base.</summary>
        public Knowledge(KnowledgeData data)
        {
            ArgumentNullException.ThrowIfNull(data);
            _data = data;
            var table = data.Table;
            if (table.Length < DataLayout.HeaderSize || table[DataLayout.HeaderVersion] != DataLayout.Version)
                throw new InvalidOperationException($"Knowledge base '{data.Name}' was compiled by another version of KnowledgeBase; rebuild it.");
            (_stringsOffset, _stringCount) = (table[DataLayout.HeaderStrings], table[DataLayout.HeaderStrings + 1]);
            (_articlesOffset, ArticleCount) = (table[DataLayout.HeaderArticles], table[DataLayout.HeaderArticles + 1]);
            (_entitiesOffset, EntityCount) = (table[DataLayout.HeaderEntities], table[DataLayout.HeaderEntities + 1]);
            (_quotesOffset, QuoteCount) = (table[DataLayout.HeaderQuotes], table[DataLayout.HeaderQuotes + 1]);
            (_eventsOffset, EventCount) = (table[DataLayout.HeaderEvents], table[DataLayout.HeaderEvents + 1]);
            _datedEvents = table[DataLayout.HeaderTimeline + 1];
            (_aliasesOffset, _aliasCount) = (table[DataLayout.HeaderAliases], table[DataLayout.HeaderAliases + 1]);
            _listsOffset = table[DataLayout.HeaderLists];
            (_termsOffset, _termCount) = (table[DataLayout.HeaderTerms], table[DataLayout.HeaderTerms + 1]);
            _postingsOffset = table[DataLayout.HeaderPostings];
            _sentencesOffset = table[DataLayout.HeaderSentences];
            (_idsOffset, _idCount) = (table[DataLayout.HeaderIds], table[DataLayout.HeaderIds + 1]);
            _strings = new string?[_stringCount];
        }

        /// <summary>The knowledge base's name (the generated class name).</summary>
        public string Name => _data.Name;

        internal int ArticleCount { get; }
        internal int EntityCount { get; }
        internal int QuoteCount { get; }
        internal int EventCount { get; }

        /// <summary>All articles, in file order.</summary>
        public RecordList<Article> Articles => _articleList ??= new RecordList<Article>(this, static (k, i) => k.Article(i), 0, ArticleCount, pooled: false);

        /// <summary>All people, organizations and places.</summary>
        public RecordList<Entity> Entities => _entityList ??= new RecordList<Entity>(this, static (k, i) => k.Entity(i), 0, EntityCount, pooled: false);

        /// <summary>All people, by id.</summary>
        public RecordList<Person> People => _people ??= KindRange<Person>(EntityKind.Person);

        /// <summary>All organizations, by id.</summary>
        public RecordList<Organization> Organizations => _organizations ??= KindRange<Organization>(EntityKind.Organization);

        /// <summary>All places, by id.</summary>
        public RecordList<Place> Places => _places ??= KindRange<Place>(EntityKind.Place);

        /// <summary>All quotes, by article and position.</summary>
        public RecordList<Quote> Quotes => _quotes ??= new RecordList<Quote>(this, static (k, i) => k.Quote(i), 0, QuoteCount, pooled: false);

        /// <summary>All events, dated ones first in date order, then undated ones.</summary>
        public EventList Events => _events ??= new EventList(this, 0, EventCount, pooled: false);

        /// <summary>Dated events in date order (coarser dates before finer ones on the same day).</summary>
        public EventList Timeline => _timeline ??= new EventList(this, 0, _datedEvents, pooled: false);

        /// <summary>The entity a name, alias or id stands for, or null. Case, "the" and curly quotes do not matter.</summary>
        /// <remarks>Allocates nothing once the entity has been made: the key is normalized and encoded on the stack.</remarks>
        public Entity? Find(string nameOrAlias)
        {
            ArgumentNullException.ThrowIfNull(nameOrAlias);
            var chars = nameOrAlias.Length <= StackLimit ? stackalloc char[nameOrAlias.Length] : new char[nameOrAlias.Length];
            var length = NameKey.Normalize(nameOrAlias, chars);
            var key = Utf8Key(chars[..length], length <= StackLimit ? stackalloc byte[length * 3] : new byte[length * 3]);
            var row = FindKey(key, _aliasesOffset, _aliasCount, DataLayout.AliasWidth);
            return row < 0 ? null : Entity(Int(row + 1));
        }

        /// <summary>
        /// Entities whose name or alias is closest to <paramref name="text"/> (for "did you mean"),
        /// best first.
        /// </summary>
        public IReadOnlyList<Entity> FindClosest(string text, int max = 3)
        {
            ArgumentNullException.ThrowIfNull(text);
            var key = NameKey.Normalize(text);
            var best = new Dictionary<int, int>();
            for (var i = 0; i < _aliasCount; i++)
            {
                var row = _aliasesOffset + i * DataLayout.AliasWidth;
                var alias = String(Int(row));
                var distance = EditDistance.Between(key, alias);
                if (alias.Contains(key, StringComparison.Ordinal) || key.Contains(alias, StringComparison.Ordinal))
                    distance = Math.Min(distance, 1);
                var entity = Int(row + 1);
                if (!best.TryGetValue(entity, out var d) || distance < d) best[entity] = distance;
            }
            var limit = Math.Max(2, key.Length / 3);
            var ranked = new List<KeyValuePair<int, int>>();
            foreach (var pair in best)
                if (pair.Value <= limit) ranked.Add(pair);
            ranked.Sort(static (a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : a.Key.CompareTo(b.Key));
            var result = new List<Entity>();
            for (var i = 0; i < ranked.Count && i < max; i++) result.Add(Entity(ranked[i].Key));
            return result;
        }

        /// <summary>The event with this id, or null.</summary>
        public Event? FindEvent(string id) => FindId(id, DataLayout.RecordEvent) is var i and >= 0 ? Event(i) : null;

        /// <summary>The quote with this id, or null.</summary>
        public Quote? FindQuote(string id) => FindId(id, DataLayout.RecordQuote) is var i and >= 0 ? Quote(i) : null;

        /// <summary>The article with this id or file name, or null.</summary>
        public Article? FindArticle(string idOrFile) => FindId(idOrFile, DataLayout.RecordArticle) is var i and >= 0 ? Article(i) : null;

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
                var row = FindKey(Utf8Key(term[..length], utf8), _termsOffset, _termCount, DataLayout.TermWidth);
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
            var row = _postingsOffset + posting * DataLayout.PostingWidth;
            var index = Int(row + DataLayout.PostingSentenceIndex);
            var sentence = _sentencesOffset + index * DataLayout.SentenceWidth;
            return new SearchHit(this, index, Int(sentence + DataLayout.SentenceArticle), Int(sentence + DataLayout.SentenceStart), Int(sentence + DataLayout.SentenceLength),
                (SearchHitKind)Int(sentence + DataLayout.SentenceKind), Int(sentence + DataLayout.SentenceRecord), Int(row + DataLayout.PostingScore));
        }

        /// <summary>Timeline indices [first, last) whose dates may lie within from…to; callers still check each.</summary>
        internal (int First, int Last) TimelineRange(PartialDate from, PartialDate to)
        {
            var fromKey = PartialDate.StartKey(from.Packed);
            var toEndKey = DataLayout.PackDate(to.Year, to.Month ?? 12, to.Day ?? 31);
            return (TimelineBound(fromKey, inclusive: false), TimelineBound(toEndKey, inclusive: true));
        }

        // Dated events are compiled in timeline order, so their start keys never decrease along it.
        private int TimelineBound(int key, bool inclusive)
        {
            int lo = 0, hi = _datedEvents;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                var start = PartialDate.StartKey(Int(EventRow(mid) + DataLayout.EventDate));
                if (start < key || inclusive && start == key) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        internal RecordList<Quote> QuotesOfArticle(int article)
        {
            // Quotes are compiled sorted by article, so an article's quotes are one run.
            int first = LowerBound(article), last = LowerBound(article + 1);
            return new RecordList<Quote>(this, static (k, i) => k.Quote(i), first, last - first, pooled: false);

            int LowerBound(int value)
            {
                int lo = 0, hi = QuoteCount;
                while (lo < hi)
                {
                    var mid = (lo + hi) >>> 1;
                    if (Int(QuoteRow(mid) + DataLayout.QuoteArticle) < value) lo = mid + 1; else hi = mid;
                }
                return lo;
            }
        }

        internal int Int(int index) => _data.Table[index];

        internal int ArticleRow(int index) => _articlesOffset + index * DataLayout.ArticleWidth;
        internal int EntityRow(int index) => _entitiesOffset + index * DataLayout.EntityWidth;
        internal int QuoteRow(int index) => _quotesOffset + index * DataLayout.QuoteWidth;
        internal int EventRow(int index) => _eventsOffset + index * DataLayout.EventWidth;

        internal string String(int id)
        {
            var s = Volatile.Read(ref _strings[id]);
            if (s is null)
            {
                s = Encoding.UTF8.GetString(Utf8Of(id));
                Volatile.Write(ref _strings[id], s);
            }
            return s;
        }

        private ReadOnlySpan<byte> Utf8Of(int id)
        {
            var row = _stringsOffset + id * DataLayout.StringWidth;
            return _data.Utf8.Slice(Int(row), Int(row + 1));
        }

        internal Article Article(int index) => Cached(ref _articles, ArticleCount, index, static (k, i) => new Article(k, i));
        internal Quote Quote(int index) => Cached(ref _quoteCache, QuoteCount, index, static (k, i) => new Quote(k, i));
        internal Event Event(int index) => Cached(ref _eventCache, EventCount, index, static (k, i) => new Event(k, i));

        internal Entity Entity(int index) => Cached(ref _entities, EntityCount, index, static (k, i) =>
            (EntityKind)k.Int(k.EntityRow(i) + DataLayout.EntityKind) switch
            {
                EntityKind.Person => new Person(k, i),
                EntityKind.Organization => new Organization(k, i),
                _ => (Entity)new Place(k, i),
            });

        private T Cached<T>(ref T?[]? cache, int count, int index, Func<Knowledge, int, T> create) where T : class
        {
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
            var array = Volatile.Read(ref cache);
            if (array is null)
            {
                Interlocked.CompareExchange(ref cache, new T?[count], null);
                array = cache!;
            }
            var item = Volatile.Read(ref array[index]);
            if (item is null)
            {
                // Benign race: two threads may both create it; the first one stored wins.
                Interlocked.CompareExchange(ref array[index], create(this, index), null);
                item = array[index]!;
            }
            return item;
        }

        private (int Start, int Count) PoolRun(int field) => (_listsOffset + Int(field), Int(field + 1));

        internal RecordList<string> StringList(int field)
        {
            var (start, count) = PoolRun(field);
            return new RecordList<string>(this, static (k, i) => k.String(i), start, count, pooled: true);
        }

        internal RecordList<Article> ArticleList(int field)
        {
            var (start, count) = PoolRun(field);
            return new RecordList<Article>(this, static (k, i) => k.Article(i), start, count, pooled: true);
        }

        internal RecordList<Entity> EntityList(int field)
        {
            var (start, count) = PoolRun(field);
            return new RecordList<Entity>(this, static (k, i) => k.Entity(i), start, count, pooled: true);
        }

        internal RecordList<Quote> QuoteList(int field)
        {
            var (start, count) = PoolRun(field);
            return new RecordList<Quote>(this, static (k, i) => k.Quote(i), start, count, pooled: true);
        }

        internal EventList EventList(int field)
        {
            var (start, count) = PoolRun(field);
            return new EventList(this, start, count, pooled: true);
        }

        internal IReadOnlyList<SourceSpan> SourceList(int field)
        {
            var (start, count) = PoolRun(field);
            var spans = new SourceSpan[count / 3];
            for (var i = 0; i < spans.Length; i++)
                spans[i] = new SourceSpan(Article(Int(start + 3 * i)), Int(start + 3 * i + 1), Int(start + 3 * i + 2));
            return spans;
        }

        private RecordList<T> KindRange<T>(EntityKind kind) where T : Entity
        {
            // Entities are compiled sorted by kind, so each kind is one run.
            int first = 0;
            while (first < EntityCount && Int(EntityRow(first) + DataLayout.EntityKind) != (int)kind) first++;
            var last = first;
            while (last < EntityCount && Int(EntityRow(last) + DataLayout.EntityKind) == (int)kind) last++;
            return new RecordList<T>(this, static (k, i) => (T)k.Entity(i), first, last - first, pooled: false);
        }

        private int FindId(string id, int kind)
        {
            ArgumentNullException.ThrowIfNull(id);
            var key = Utf8Key(id, id.Length <= StackLimit ? stackalloc byte[id.Length * 3] : new byte[id.Length * 3]);
            var row = FindKey(key, _idsOffset, _idCount, DataLayout.IdWidth);
            return row >= 0 && Int(row + DataLayout.IdKind) == kind ? Int(row + DataLayout.IdIndex) : -1;
        }

        private static ReadOnlySpan<byte> Utf8Key(ReadOnlySpan<char> text, Span<byte> buffer) => buffer[..Encoding.UTF8.GetBytes(text, buffer)];

        /// <summary>Binary search of rows whose first field is a string, sorted by its UTF-8 bytes; the row's table index or -1.</summary>
        private int FindKey(ReadOnlySpan<byte> key, int offset, int count, int width)
        {
            int lo = 0, hi = count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var row = offset + mid * width;
                var cmp = Utf8Of(Int(row)).SequenceCompareTo(key);
                if (cmp == 0) return row;
                if (cmp < 0) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }
    }
}
