using KnowledgeBase.Storage;

namespace KnowledgeBase
{
    /// <summary>One news article the knowledge base was compiled from.</summary>
    public sealed class Article
    {
        private readonly Knowledge _knowledge;
        private readonly int _row;

        internal Article(Knowledge knowledge, int index)
        {
            _knowledge = knowledge;
            Index = index;
            _row = knowledge.ArticleRow(index);
        }

        /// <summary>Position in <see cref="Knowledge.Articles"/>.</summary>
        public int Index { get; }

        /// <summary>Stable id, such as <c>a000</c>.</summary>
        public string Id => _knowledge.String(_knowledge.Int(_row + DataLayout.ArticleId));

        /// <summary>File name relative to the articles folder.</summary>
        public string File => _knowledge.String(_knowledge.Int(_row + DataLayout.ArticleFile));

        /// <summary>The headline.</summary>
        public string Title => _knowledge.String(_knowledge.Int(_row + DataLayout.ArticleTitle));

        /// <summary>The full text as the generator read it; every <see cref="SourceSpan"/> points into it.</summary>
        public string Text => _knowledge.String(_knowledge.Int(_row + DataLayout.ArticleText));

        /// <summary>The dateline's date, or null when the article prints none.</summary>
        public PartialDate? Published => PartialDate.FromPacked(_knowledge.Int(_row + DataLayout.ArticlePublished));

        /// <summary>Quotes reported by this article.</summary>
        public RecordList<Quote> Quotes => _quotes ??= _knowledge.QuotesOfArticle(Index);

        private RecordList<Quote>? _quotes;

        /// <inheritdoc/>
        public override string ToString() => $"{Id} {Title}";
    }
}
