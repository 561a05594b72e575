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
            _strings = new string?[_stringCount];
        }

        /// <summary>The knowledge base's name (the generated class name).</summary>
        public string Name => _data.Name;

        internal int ArticleCount { get; }
        internal int EntityCount { get; }
        internal int QuoteCount { get; }
        internal int EventCount { get; }

        /// <summary>All articles, in file order.</summary>
        public IReadOnlyList<Article> Articles => _articleList ??= new RecordList<Article>(this, static (k, i) => k.Article(i), 0, ArticleCount, pooled: false);

        /// <summary>All people, organizations and places.</summary>
        public IReadOnlyList<Entity> Entities => _entityList ??= new RecordList<Entity>(this, static (k, i) => k.Entity(i), 0, EntityCount, pooled: false);

        /// <summary>All people, by id.</summary>
        public IReadOnlyList<Person> People => _people ??= KindRange<Person>(EntityKind.Person);

        /// <summary>All organizations, by id.</summary>
        public IReadOnlyList<Organization> Organizations => _organizations ??= KindRange<Organization>(EntityKind.Organization);

        /// <summary>All places, by id.</summary>
        public IReadOnlyList<Place> Places => _places ??= KindRange<Place>(EntityKind.Place);

        /// <summary>All quotes, by article and position.</summary>
        public IReadOnlyList<Quote> Quotes => _quotes ??= new RecordList<Quote>(this, static (k, i) => k.Quote(i), 0, QuoteCount, pooled: false);

        /// <summary>All events, dated ones first in date order, then undated ones.</summary>
        public EventList Events => _events ??= new EventList(this, 0, EventCount, pooled: false);

        /// <summary>Dated events in date order (coarser dates before finer ones on the same day).</summary>
        public EventList Timeline => _timeline ??= new EventList(this, 0, _datedEvents, pooled: false);

        /// <summary>The entity a name, alias or id stands for, or null. Case, "the" and curly quotes do not matter.</summary>
        public Entity? Find(string nameOrAlias)
        {
            ArgumentNullException.ThrowIfNull(nameOrAlias);
            var key = Encoding.UTF8.GetBytes(NameKey.Normalize(nameOrAlias));
            int lo = 0, hi = _aliasCount - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var row = _aliasesOffset + mid * DataLayout.AliasWidth;
                var cmp = Utf8Of(Int(row)).SequenceCompareTo(key);
                if (cmp == 0) return Entity(Int(row + 1));
                if (cmp < 0) lo = mid + 1; else hi = mid - 1;
            }
            return null;
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
        public Event? FindEvent(string id) => FindRow(id, _eventsOffset, EventCount, DataLayout.EventWidth, DataLayout.EventId) is var i and >= 0 ? Event(i) : null;

        /// <summary>The quote with this id, or null.</summary>
        public Quote? FindQuote(string id) => FindRow(id, _quotesOffset, QuoteCount, DataLayout.QuoteWidth, DataLayout.QuoteId) is var i and >= 0 ? Quote(i) : null;

        /// <summary>The article with this id or file name, or null.</summary>
        public Article? FindArticle(string idOrFile)
        {
            var i = FindRow(idOrFile, _articlesOffset, ArticleCount, DataLayout.ArticleWidth, DataLayout.ArticleId);
            if (i < 0) i = FindRow(idOrFile, _articlesOffset, ArticleCount, DataLayout.ArticleWidth, DataLayout.ArticleFile);
            return i >= 0 ? Article(i) : null;
        }

        internal IEnumerable<Event> TimelineBetween(PartialDate from, PartialDate to)
        {
            var fromKey = PartialDate.StartKey(from.Packed);
            int lo = 0, hi = _datedEvents;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (PartialDate.StartKey(Int(EventRow(mid) + DataLayout.EventDate)) < fromKey) lo = mid + 1; else hi = mid;
            }
            var toEndKey = DataLayout.PackDate(to.Year, to.Month ?? 12, to.Day ?? 31);
            for (var i = lo; i < _datedEvents; i++)
            {
                var packed = Int(EventRow(i) + DataLayout.EventDate);
                if (PartialDate.StartKey(packed) > toEndKey) yield break;
                if (PartialDate.FromPacked(packed) is { } date && date.IsWithin(from, to)) yield return Event(i);
            }
        }

        internal IReadOnlyList<Quote> QuotesOfArticle(int article)
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

        internal IReadOnlyList<string> StringList(int field)
        {
            var (start, count) = PoolRun(field);
            return new RecordList<string>(this, static (k, i) => k.String(i), start, count, pooled: true);
        }

        internal IReadOnlyList<Article> ArticleList(int field)
        {
            var (start, count) = PoolRun(field);
            return new RecordList<Article>(this, static (k, i) => k.Article(i), start, count, pooled: true);
        }

        internal IReadOnlyList<Entity> EntityList(int field)
        {
            var (start, count) = PoolRun(field);
            return new RecordList<Entity>(this, static (k, i) => k.Entity(i), start, count, pooled: true);
        }

        internal IReadOnlyList<Quote> QuoteList(int field)
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

        private int FindRow(string id, int offset, int count, int width, int field)
        {
            ArgumentNullException.ThrowIfNull(id);
            var key = Encoding.UTF8.GetBytes(id);
            for (var i = 0; i < count; i++)
                if (Utf8Of(Int(offset + i * width + field)).SequenceEqual(key)) return i;
            return -1;
        }
    }
}
