using KnowledgeBase.Storage;

namespace KnowledgeBase
{
    /// <summary>Whether a quote gives the speaker's own words or reports them.</summary>
    public enum QuoteKind
    {
        /// <summary>Words inside quotation marks.</summary>
        Direct = DataLayout.QuoteDirect,
        /// <summary>Reported speech after a cue such as "said", "warned" or "according to".</summary>
        Indirect = DataLayout.QuoteIndirect,
    }

    /// <summary>Something an article attributes to a speaker.</summary>
    public sealed class Quote
    {
        private readonly Knowledge _knowledge;
        private readonly int _row;

        // row: the quote's row in the table (Knowledge.QuoteRow), which the caller has at hand already.
        internal Quote(Knowledge knowledge, int index, int row)
        {
            _knowledge = knowledge;
            Index = index;
            _row = row;
        }

        /// <summary>Position in <see cref="Knowledge.Quotes"/>.</summary>
        public int Index { get; }

        /// <summary>Stable id, such as <c>q-000-3</c>.</summary>
        public string Id => _knowledge.String(_knowledge.Int(_row + DataLayout.QuoteId));

        /// <summary>The article that reports it.</summary>
        public Article Article => _knowledge.Articles[_knowledge.Int(_row + DataLayout.QuoteArticle)];

        /// <summary>Where the quoted or reported words stand in the article.</summary>
        public SourceSpan Span => new(Article, _knowledge.Int(_row + DataLayout.QuoteStart), _knowledge.Int(_row + DataLayout.QuoteLength));

        /// <summary>The quoted words (without quotation marks) or the reported content.</summary>
        public string Text
        {
            get
            {
                // Decoded from the quote's own bytes of the article: a first query need not decode the whole article.
                var article = _knowledge.Int(_row + DataLayout.QuoteArticle);
                var utf8 = _knowledge.Int(_row + DataLayout.QuoteUtf8Start);
                return utf8 >= 0
                    ? _knowledge.ArticleText(article, utf8, _knowledge.Int(_row + DataLayout.QuoteUtf8Length))
                    : Span.Text;
            }
        }

        /// <summary>The sentence the quote stands in.</summary>
        public SourceSpan Sentence => new(Article, _knowledge.Int(_row + DataLayout.QuoteSentenceStart), _knowledge.Int(_row + DataLayout.QuoteSentenceLength));

        /// <summary>The speaker, or null when the speaker is unnamed ("analysts", "sources").</summary>
        public Entity? Speaker
        {
            get
            {
                var speaker = _knowledge.Int(_row + DataLayout.QuoteSpeaker);
                return speaker < 0 ? null : _knowledge.Entities[speaker];
            }
        }

        /// <summary>The words that name the speaker in the article ("Trump", "the president", "analysts").</summary>
        public string SpeakerText => _knowledge.String(_knowledge.Int(_row + DataLayout.QuoteSpeakerText));

        /// <summary>Direct or indirect.</summary>
        public QuoteKind Kind => (QuoteKind)_knowledge.Int(_row + DataLayout.QuoteKind);

        /// <summary>The cue verb or phrase ("said", "emphasized", "according to"), or null.</summary>
        public string? Cue
        {
            get
            {
                var cue = _knowledge.Int(_row + DataLayout.QuoteCue);
                return cue < 0 ? null : _knowledge.String(cue);
            }
        }

        /// <inheritdoc/>
        public override string ToString() => $"{SpeakerText}: \u201C{Text}\u201D";
    }
}
