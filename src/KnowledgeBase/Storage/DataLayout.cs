// This file is compiled into both the runtime library and the generator (linked),
// so the writer and the reader of the compiled data can never disagree on its shape.
namespace KnowledgeBase.Storage
{
    /// <summary>
    /// Layout of the integer table that a generated knowledge base compiles in.
    /// Text lives in one UTF-8 blob; every record is a fixed-width row of ints
    /// that point into the blob (string ids), into other record tables, or into
    /// the shared list pool.
    /// </summary>
    internal static class DataLayout
    {
        /// <summary>Bumped whenever the layout changes; the runtime refuses other versions.</summary>
        public const int Version = 4;

        // Header: each section is (offset, count) pairs, in this order.
        public const int HeaderVersion = 0;
        public const int HeaderStrings = 1;      // offset, count: (byteOffset, byteLength) pairs
        public const int HeaderArticles = 3;
        public const int HeaderEntities = 5;
        public const int HeaderQuotes = 7;
        public const int HeaderEvents = 9;
        public const int HeaderTimeline = 11;    // event indices, dated events by date then id
        public const int HeaderAliases = 13;     // (normalized key string, entity) sorted by key bytes
        public const int HeaderLists = 15;       // shared pool of ints; records refer to (start, count)
        public const int HeaderTerms = 17;       // (term string, postings start, postings count) sorted by term bytes
        public const int HeaderPostings = 19;    // every term's postings, one run per term, best first
        public const int HeaderSentences = 21;   // the sentences postings point to, in article and text order
        public const int HeaderIds = 23;         // (id or file string, record kind, index) sorted by string bytes
        public const int HeaderSize = 25;

        public const int StringWidth = 2;

        // Article row
        public const int ArticleId = 0;          // string
        public const int ArticleFile = 1;        // string
        public const int ArticleTitle = 2;       // string
        public const int ArticleText = 3;        // string
        public const int ArticlePublished = 4;   // packed date or 0
        public const int ArticleWidth = 5;

        // Entity row
        public const int EntityId = 0;           // string
        public const int EntityName = 1;         // string
        public const int EntityKind = 2;         // EntityKind
        public const int EntityAliases = 3;      // list of strings (start, count)
        public const int EntityQuotes = 5;       // list of quote indices
        public const int EntityEvents = 7;       // list of event indices
        public const int EntityArticles = 9;     // list of article indices
        public const int EntityMentions = 11;    // number of mentions across articles
        public const int EntityFirstArticle = 12;
        public const int EntityFirstStart = 13;  // first sentence that mentions it
        public const int EntityFirstLength = 14;
        public const int EntityWidth = 15;

        // Quote row
        public const int QuoteId = 0;            // string
        public const int QuoteArticle = 1;
        public const int QuoteStart = 2;         // UTF-16 offset of the quoted words in the article text
        public const int QuoteLength = 3;
        public const int QuoteSpeaker = 4;       // entity index or -1
        public const int QuoteSpeakerText = 5;   // string
        public const int QuoteKind = 6;          // QuoteKind
        public const int QuoteCue = 7;           // string or -1
        public const int QuoteSentenceStart = 8;
        public const int QuoteSentenceLength = 9;
        public const int QuoteUtf8Start = 10;    // the quoted words as UTF-8 bytes of the article's text: start, or -1 when
        public const int QuoteUtf8Length = 11;   // the span splits a surrogate pair (then the text is cut from the decoded article)
        public const int QuoteWidth = 12;

        // Event row
        public const int EventId = 0;            // string
        public const int EventCameo = 1;         // string: the code, e.g. "041"
        public const int EventCameoName = 2;     // string: the code's description
        public const int EventKind = 3;          // string: plain kind word
        public const int EventParticipants = 4;  // list of entity indices
        public const int EventPlace = 6;         // entity index or -1
        public const int EventDate = 7;          // packed date or 0
        public const int EventStatus = 8;        // EventStatus
        public const int EventSummary = 9;       // string
        public const int EventSources = 10;      // list of (article, start, length) triples
        public const int EventWidth = 12;

        public const int AliasWidth = 2;
        // Term row: the term (SearchTerms-normalized), then its run in the postings section.
        public const int TermString = 0;
        public const int TermPostings = 1;       // start (posting index), count
        public const int TermWidth = 3;

        // Posting row: a sentence that holds the term, and the term's precomputed BM25 score there.
        public const int PostingSentenceIndex = 0;
        public const int PostingScore = 1;       // BM25 × ScoreScale, rounded
        public const int PostingWidth = 2;
        public const int ScoreScale = 10000;

        // Sentence row: where it stands and what it carries (shared by every term it holds).
        public const int SentenceArticle = 0;
        public const int SentenceStart = 1;
        public const int SentenceLength = 2;
        public const int SentenceKind = 3;       // PostingQuote, PostingEvent or PostingSentence
        public const int SentenceRecord = 4;     // quote or event index for those kinds, else -1
        public const int SentenceWidth = 5;

        // Id row: an article id or file, quote id or event id, and the record it names.
        public const int IdString = 0;
        public const int IdKind = 1;             // RecordArticle, RecordQuote or RecordEvent
        public const int IdIndex = 2;
        public const int IdWidth = 3;

        public const int RecordArticle = 1;
        public const int RecordQuote = 2;
        public const int RecordEvent = 3;

        public const int KindPerson = 1;
        public const int KindOrganization = 2;
        public const int KindPlace = 3;

        public const int QuoteDirect = 1;
        public const int QuoteIndirect = 2;

        public const int StatusOccurred = 1;
        public const int StatusPlanned = 2;

        public const int PostingQuote = 1;
        public const int PostingEvent = 2;
        public const int PostingSentence = 3;

        /// <summary>Packs a partial date as yyyymmdd with 00 for an unknown month or day; 0 is no date.</summary>
        public static int PackDate(int year, int month, int day) => year * 10000 + month * 100 + day;
    }
}
