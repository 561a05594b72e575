using KnowledgeBase.Storage;

namespace KnowledgeBase
{
    /// <summary>What the sentence a search found carries.</summary>
    public enum SearchHitKind
    {
        /// <summary>The sentence holds a quote (see <see cref="SearchHit.Quote"/>).</summary>
        Quote = DataLayout.PostingQuote,
        /// <summary>The sentence reports an event (see <see cref="SearchHit.Event"/>).</summary>
        Event = DataLayout.PostingEvent,
        /// <summary>A sentence with neither.</summary>
        Sentence = DataLayout.PostingSentence,
    }

    /// <summary>One sentence that holds the searched words, with its score and what it carries.</summary>
    public readonly struct SearchHit
    {
        private readonly Knowledge _knowledge;
        private readonly int _record;

        internal SearchHit(Knowledge knowledge, int sentence, int article, int start, int length, SearchHitKind kind, int record, int rawScore)
        {
            _knowledge = knowledge;
            SentenceIndex = sentence;
            ArticleIndex = article;
            Start = start;
            Length = length;
            Kind = kind;
            _record = record;
            RawScore = rawScore;
        }

        internal int SentenceIndex { get; }
        internal int ArticleIndex { get; }
        internal int Start { get; }
        internal int Length { get; }
        internal int RawScore { get; }

        /// <summary>Quote, event or plain sentence.</summary>
        public SearchHitKind Kind { get; }

        /// <summary>BM25 relevance, summed over the words the sentence holds; higher is better.</summary>
        public double Score => (double)RawScore / DataLayout.ScoreScale;

        /// <summary>The article the sentence stands in.</summary>
        public Article Article => _knowledge.Article(ArticleIndex);

        /// <summary>The matching sentence.</summary>
        public SourceSpan Sentence => new(Article, Start, Length);

        /// <summary>The quote the sentence holds, or null.</summary>
        public Quote? Quote => Kind == SearchHitKind.Quote ? _knowledge.Quote(_record) : null;

        /// <summary>The event the sentence reports, or null.</summary>
        public Event? Event => Kind == SearchHitKind.Event ? _knowledge.Event(_record) : null;

        internal SearchHit WithScore(int rawScore) => new(_knowledge, SentenceIndex, ArticleIndex, Start, Length, Kind, _record, rawScore);

        /// <summary>The matching sentence's text.</summary>
        public override string ToString() => Sentence.Text;
    }
}
