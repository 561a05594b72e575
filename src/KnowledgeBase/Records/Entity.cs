using KnowledgeBase.Storage;

namespace KnowledgeBase
{
    /// <summary>What kind of thing an <see cref="Entity"/> is.</summary>
    public enum EntityKind
    {
        /// <summary>A person.</summary>
        Person = DataLayout.KindPerson,
        /// <summary>An organization, government body, company or outlet.</summary>
        Organization = DataLayout.KindOrganization,
        /// <summary>A country, city, region or other place.</summary>
        Place = DataLayout.KindPlace,
    }

    /// <summary>
    /// A person, organization or place, one per real thing across all articles, with every
    /// surface form the articles use for it.
    /// </summary>
    public abstract class Entity
    {
        private readonly int _row;
        private RecordList<string>? _aliases;
        private EventList? _events;
        private RecordList<Article>? _articles;
        private RecordList<Quote>? _quotes;

        // row: the entity's row in the table (Knowledge.EntityRow), which the caller has at hand already.
        private protected Entity(Knowledge knowledge, int index, int row)
        {
            _knowledge = knowledge;
            Index = index;
            _row = row;
        }

        private readonly Knowledge _knowledge;

        /// <summary>Position in <see cref="Knowledge.Entities"/>.</summary>
        public int Index { get; }

        /// <summary>Stable id, such as <c>donald-trump</c>.</summary>
        public string Id => _knowledge.String(_knowledge.Int(_row + DataLayout.EntityId));

        /// <summary>Canonical name: full name for people, common English name otherwise.</summary>
        public string Name => _knowledge.String(_knowledge.Int(_row + DataLayout.EntityName));

        /// <summary>Person, organization or place.</summary>
        public EntityKind Kind => (EntityKind)_knowledge.Int(_row + DataLayout.EntityKind);

        /// <summary>Every other surface form used for it (surname, title and name, spelling variants).</summary>
        public RecordList<string> Aliases => _aliases ??= _knowledge.StringList(_row + DataLayout.EntityAliases);

        /// <summary>Events it takes part in, or that happened there, in timeline order.</summary>
        public EventList Events => _events ??= _knowledge.EventList(_row + DataLayout.EntityEvents);

        /// <summary>Quotes it is the speaker of.</summary>
        public RecordList<Quote> Quotes => _quotes ??= _knowledge.QuoteList(_row + DataLayout.EntityQuotes);

        /// <summary>Articles that mention it.</summary>
        public RecordList<Article> Articles => _articles ??= _knowledge.ArticleList(_row + DataLayout.EntityArticles);

        /// <summary>How many times the articles mention it.</summary>
        public int MentionCount => _knowledge.Int(_row + DataLayout.EntityMentions);

        /// <summary>The first sentence that mentions it.</summary>
        public SourceSpan FirstMention => new(
            _knowledge.Articles[_knowledge.Int(_row + DataLayout.EntityFirstArticle)],
            _knowledge.Int(_row + DataLayout.EntityFirstStart),
            _knowledge.Int(_row + DataLayout.EntityFirstLength));

        /// <inheritdoc/>
        public override string ToString() => Name;
    }

    /// <summary>A person named in the articles.</summary>
    public sealed class Person : Entity
    {
        internal Person(Knowledge knowledge, int index, int row) : base(knowledge, index, row) { }
    }

    /// <summary>An organization, government body, company or news outlet named in the articles.</summary>
    public sealed class Organization : Entity
    {
        internal Organization(Knowledge knowledge, int index, int row) : base(knowledge, index, row) { }
    }

    /// <summary>A country, city, region or other place named in the articles.</summary>
    public sealed class Place : Entity
    {
        internal Place(Knowledge knowledge, int index, int row) : base(knowledge, index, row) { }
    }
}
