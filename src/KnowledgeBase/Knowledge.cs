using System;
using System.Collections.Generic;
using KnowledgeBase.Storage;

namespace KnowledgeBase
{
    /// <summary>
    /// A compiled knowledge base: articles, people, organizations, places, quotes and events,
    /// read straight from the data the generator compiled into the assembly. Records are made
    /// on first touch and cached; nothing is parsed at run time.
    /// </summary>
    public sealed partial class Knowledge
    {
        private readonly KnowledgeData _data;
        // The table's header (DataLayout.Header…), copied once: a cold start compiles one short constructor.
        private readonly int[] _header;

        // Keys up to this long are normalized and encoded on the stack.
        private const int StackLimit = 256;
        private const int MaxSearchTerms = 16;
        private string?[]? _strings;
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
            if (table.Length < DataLayout.HeaderSize || table[DataLayout.HeaderVersion] != DataLayout.Version) ThrowOtherVersion(data);
            _header = new int[DataLayout.HeaderSize];
            table.Slice(0, DataLayout.HeaderSize).CopyTo(_header);
        }

        // Out of the constructor: its message is compiled only if it is ever thrown.
        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        private static void ThrowOtherVersion(KnowledgeData data) =>
            throw new InvalidOperationException($"Knowledge base '{data.Name}' was compiled by another version of KnowledgeBase; rebuild it.");

        /// <summary>The knowledge base's name (the generated class name).</summary>
        public string Name => _data.Name;

        internal int ArticleCount => _header[DataLayout.HeaderArticles + 1];
        internal int EntityCount => _header[DataLayout.HeaderEntities + 1];
        internal int QuoteCount => _header[DataLayout.HeaderQuotes + 1];
        internal int EventCount => _header[DataLayout.HeaderEvents + 1];

        /// <summary>All articles, in file order.</summary>
        public RecordList<Article> Articles => _articleList ??= new RecordList<Article>(this, ListArticles, 0, ArticleCount, pooled: false);

        /// <summary>All people, organizations and places.</summary>
        public RecordList<Entity> Entities => _entityList ??= new RecordList<Entity>(this, ListEntities, 0, EntityCount, pooled: false);

        /// <summary>All people, by id.</summary>
        public RecordList<Person> People => _people ??= KindRange<Person>(EntityKind.Person);

        /// <summary>All organizations, by id.</summary>
        public RecordList<Organization> Organizations => _organizations ??= KindRange<Organization>(EntityKind.Organization);

        /// <summary>All places, by id.</summary>
        public RecordList<Place> Places => _places ??= KindRange<Place>(EntityKind.Place);

        /// <summary>All quotes, by article and position.</summary>
        public RecordList<Quote> Quotes => _quotes ??= new RecordList<Quote>(this, ListQuotes, 0, QuoteCount, pooled: false);

        /// <summary>All events, dated ones first in date order, then undated ones.</summary>
        public EventList Events => _events ??= new EventList(this, 0, EventCount, pooled: false);

        /// <summary>Dated events in date order (coarser dates before finer ones on the same day).</summary>
        public EventList Timeline => _timeline ??= new EventList(this, 0, _header[DataLayout.HeaderTimeline + 1], pooled: false);

        /// <summary>The entity a name, alias or id stands for, or null. Case, "the" and curly quotes do not matter.</summary>
        /// <remarks>Allocates nothing once the entity has been made: the key is normalized and encoded on the stack.</remarks>
        public Entity? Find(string nameOrAlias)
        {
            ArgumentNullException.ThrowIfNull(nameOrAlias);
            var chars = nameOrAlias.Length <= StackLimit ? stackalloc char[nameOrAlias.Length] : new char[nameOrAlias.Length];
            var length = NameKey.Normalize(nameOrAlias, chars);
            var row = FindKey(chars.Slice(0, length), _header[DataLayout.HeaderAliases], _header[DataLayout.HeaderAliases + 1], DataLayout.AliasWidth);
            return row < 0 ? null : Entity(Int(row + 1));
        }

        /// <summary>The event with this id, or null.</summary>
        public Event? FindEvent(string id) => FindId(id, DataLayout.RecordEvent) is var i and >= 0 ? Event(i) : null;

        /// <summary>The quote with this id, or null.</summary>
        public Quote? FindQuote(string id) => FindId(id, DataLayout.RecordQuote) is var i and >= 0 ? Quote(i) : null;

        /// <summary>The article with this id or file name, or null.</summary>
        public Article? FindArticle(string idOrFile) => FindId(idOrFile, DataLayout.RecordArticle) is var i and >= 0 ? Article(i) : null;

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
            int lo = 0, hi = _header[DataLayout.HeaderTimeline + 1];
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
            return new RecordList<Quote>(this, ListQuotes, first, last - first, pooled: false);

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

        internal int ArticleRow(int index) => _header[DataLayout.HeaderArticles] + index * DataLayout.ArticleWidth;
        internal int EntityRow(int index) => _header[DataLayout.HeaderEntities] + index * DataLayout.EntityWidth;
        internal int QuoteRow(int index) => _header[DataLayout.HeaderQuotes] + index * DataLayout.QuoteWidth;
        internal int EventRow(int index) => _header[DataLayout.HeaderEvents] + index * DataLayout.EventWidth;

        // Strings are immutable values: two threads decoding the same one at once is harmless, and
        // storing a reference publishes the whole string (the .NET memory model), so no fences.
        internal string String(int id) => (_strings ??= new string?[_header[DataLayout.HeaderStrings + 1]])[id] ??= Utf8Text.Decode(Utf8Of(id));

        /// <summary>Part of an article's text by its UTF-8 bytes, decoded alone: no article, span or whole text on the way.</summary>
        internal string ArticleText(int article, int utf8Start, int utf8Length)
        {
            var text = _header[DataLayout.HeaderStrings] + Int(_header[DataLayout.HeaderArticles] + article * DataLayout.ArticleWidth + DataLayout.ArticleText) * DataLayout.StringWidth;
            var utf8 = _data.Utf8.Slice(Int(text) + utf8Start, utf8Length);
            return Utf8Text.Decode(utf8, utf8Length <= Utf8Text.StackChars ? stackalloc char[Utf8Text.StackChars] : new char[utf8Length]);
        }

        private ReadOnlySpan<byte> Utf8Of(int id)
        {
            var row = _header[DataLayout.HeaderStrings] + id * DataLayout.StringWidth;
            return _data.Utf8.Slice(Int(row), Int(row + 1));
        }

        // One method per record kind, neither generic nor through delegates: each is compiled only when
        // first used, and the first query of a cold process JIT-compiles as little as possible.
        // Plain stores, no Interlocked: its System.Threading facade alone costs a cold first query a
        // quarter of a millisecond. Storing a reference publishes the finished record (the .NET memory
        // model), so a reader never sees a half-made one; two threads making the same record at the same
        // moment may each keep their own copy (equal in every property), and the last one stored is the
        // one everybody gets from then on.

        internal Article Article(int index)
        {
            var count = _header[DataLayout.HeaderArticles + 1];
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
            var cache = _articles;
            if (cache is null)
            {
                var made = new Article?[count];
                cache = _articles = made;
            }
            if (cache[index] is { } item) return item;
            var record = new Article(this, index);
            return cache[index] = record;
        }

        internal Entity Entity(int index)
        {
            var count = _header[DataLayout.HeaderEntities + 1];
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
            var cache = _entities;
            if (cache is null)
            {
                var made = new Entity?[count];
                cache = _entities = made;
            }
            if (cache[index] is { } item) return item;
            var row = _header[DataLayout.HeaderEntities] + index * DataLayout.EntityWidth;
            Entity record = (EntityKind)Int(row + DataLayout.EntityKind) switch
            {
                EntityKind.Person => new Person(this, index, row),
                EntityKind.Organization => new Organization(this, index, row),
                _ => new Place(this, index, row),
            };
            return cache[index] = record;
        }

        internal Quote Quote(int index)
        {
            var count = _header[DataLayout.HeaderQuotes + 1];
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
            var cache = _quoteCache;
            if (cache is null)
            {
                var made = new Quote?[count];
                cache = _quoteCache = made;
            }
            if (cache[index] is { } item) return item;
            var record = new Quote(this, index, _header[DataLayout.HeaderQuotes] + index * DataLayout.QuoteWidth);
            return cache[index] = record;
        }

        internal Event Event(int index)
        {
            var count = _header[DataLayout.HeaderEvents + 1];
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
            var cache = _eventCache;
            if (cache is null)
            {
                var made = new Event?[count];
                cache = _eventCache = made;
            }
            if (cache[index] is { } item) return item;
            var record = new Event(this, index);
            return cache[index] = record;
        }

        /// <summary>What a <see cref="RecordList{T}"/> holds; its indexer makes the items by this kind.</summary>
        internal const int ListStrings = 0, ListArticles = 1, ListEntities = 2, ListQuotes = 3, ListEvents = 4;


        // A record's list field is (start, count) of a run in the list pool.
        internal RecordList<string> StringList(int field) => new(this, ListStrings, _header[DataLayout.HeaderLists] + Int(field), Int(field + 1), pooled: true);

        internal RecordList<Article> ArticleList(int field) => new(this, ListArticles, _header[DataLayout.HeaderLists] + Int(field), Int(field + 1), pooled: true);

        internal RecordList<Entity> EntityList(int field) => new(this, ListEntities, _header[DataLayout.HeaderLists] + Int(field), Int(field + 1), pooled: true);

        internal RecordList<Quote> QuoteList(int field) => new(this, ListQuotes, _header[DataLayout.HeaderLists] + Int(field), Int(field + 1), pooled: true);

        internal EventList EventList(int field) => new(this, _header[DataLayout.HeaderLists] + Int(field), Int(field + 1), pooled: true);

        internal IReadOnlyList<SourceSpan> SourceList(int field)
        {
            int start = _header[DataLayout.HeaderLists] + Int(field), count = Int(field + 1);
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
            return new RecordList<T>(this, ListEntities, first, last - first, pooled: false);
        }

        private int FindId(string id, int kind)
        {
            ArgumentNullException.ThrowIfNull(id);
            var key = Utf8Key(id, id.Length <= StackLimit ? stackalloc byte[id.Length * 3] : new byte[id.Length * 3]);
            var row = FindKey(key, _header[DataLayout.HeaderIds], _header[DataLayout.HeaderIds + 1], DataLayout.IdWidth);
            return row >= 0 && Int(row + DataLayout.IdKind) == kind ? Int(row + DataLayout.IdIndex) : -1;
        }

        private static ReadOnlySpan<byte> Utf8Key(ReadOnlySpan<char> text, Span<byte> buffer) => buffer.Slice(0, Utf8Text.Encode(text, buffer));

        /// <summary>
        /// <see cref="FindKey(ReadOnlySpan{byte}, int, int, int)"/> for a key of chars: while they are ASCII
        /// they are their own UTF-8 bytes and are compared as they are (no encoding: one method less for
        /// a cold first lookup to compile); at the first other char the key is encoded after all.
        /// </summary>
        private int FindKey(ReadOnlySpan<char> key, int offset, int count, int width)
        {
            var table = _data.Table;
            var utf8 = _data.Utf8;
            var strings = _header[DataLayout.HeaderStrings];
            int lo = 0, hi = count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var row = offset + mid * width;
                var at = strings + table[row] * DataLayout.StringWidth;
                var text = utf8.Slice(table[at], table[at + 1]);
                var length = text.Length < key.Length ? text.Length : key.Length;
                var i = 0;
                for (; i < length; i++)
                {
                    if (key[i] >= 0x80) return FindKeyEncoded(key, offset, count, width);
                    if (text[i] != key[i]) break;
                }
                // An ASCII char sorts below every byte of a longer UTF-8 sequence, so a byte against a char
                // compares as UTF-8 would; a key that runs out first is shorter in bytes too.
                var cmp = i < length ? text[i] - key[i] : text.Length - key.Length;
                if (cmp == 0) return row;
                if (cmp < 0) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }

        private int FindKeyEncoded(ReadOnlySpan<char> key, int offset, int count, int width) =>
            FindKey(Utf8Key(key, key.Length <= StackLimit ? stackalloc byte[key.Length * 3] : new byte[key.Length * 3]), offset, count, width);

        /// <summary>Binary search of rows whose first field is a string, sorted by its UTF-8 bytes (ordinal); the row's table index or -1.</summary>
        /// <remarks>
        /// For ids, search terms and non-ASCII names. Ids share long prefixes ("e-2020-…"), so the comparison
        /// is the vectorized SequenceCompareTo; <see cref="Find"/> with an ASCII key never compiles this method,
        /// so a cold first lookup by name loads no System.Memory facade for it.
        /// </remarks>
        private int FindKey(ReadOnlySpan<byte> key, int offset, int count, int width)
        {
            var table = _data.Table;
            var utf8 = _data.Utf8;
            var strings = _header[DataLayout.HeaderStrings];
            int lo = 0, hi = count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var row = offset + mid * width;
                var at = strings + table[row] * DataLayout.StringWidth;
                var text = utf8.Slice(table[at], table[at + 1]);
                var cmp = text.SequenceCompareTo(key);
                if (cmp == 0) return row;
                if (cmp < 0) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }
    }
}
