using KnowledgeBase.Generators.Diagnostics;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Models
{
    /// <summary>An entity as one article names it: canonical name, kind, every surface form.</summary>
    internal sealed record ArticleEntity(string Name, EntityKind Kind, EquatableArray<string> Forms, int Mentions, int FirstStart, int FirstLength, bool DemonymOnly = false);

    /// <summary>A quote in one article; the speaker is an <see cref="ArticleEntity.Name"/> or null.</summary>
    internal sealed record QuoteModel(int Start, int Length, string? Speaker, string SpeakerText, int Kind, string? Cue, int SentenceStart, int SentenceLength);

    /// <summary>An event in one article; participants and place are <see cref="ArticleEntity.Name"/>s.</summary>
    internal sealed record EventModel(
        string Cameo,
        string Kind,
        EquatableArray<string> Participants,
        string? Place,
        int Date,
        int Status,
        int Start,
        int Length);

    /// <summary>Which knowledge base an article file belongs to; an empty name means the project's own.</summary>
    internal sealed record ArticleMembership(string Path, string KnowledgeBase);

    /// <summary>Everything extracted from one article (the unit the generator caches per file); <c>Path</c> is the file's full path.</summary>
    internal sealed record ArticleModel(
        string Path,
        string File,
        string Text,
        string Title,
        int Published,
        EquatableArray<ArticleEntity> Entities,
        EquatableArray<QuoteModel> Quotes,
        EquatableArray<EventModel> Events,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>False for files that could not be read; they only carry diagnostics.</summary>
        public bool HasText => Text.Length > 0;
    }
}
