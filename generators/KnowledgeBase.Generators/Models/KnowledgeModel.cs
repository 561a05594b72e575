using KnowledgeBase.Generators.Diagnostics;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Models
{
    internal sealed record LinkedArticle(string Id, string File, string Title, string Text, int Published, string Member);

    internal sealed record LinkedEntity(
        string Id,
        string Name,
        EntityKind Kind,
        EquatableArray<string> Aliases,
        EquatableArray<int> Quotes,
        EquatableArray<int> Events,
        EquatableArray<int> Articles,
        int Mentions,
        int FirstArticle,
        int FirstStart,
        int FirstLength,
        string Member);

    internal sealed record LinkedQuote(string Id, int Article, int Start, int Length, int Speaker, string SpeakerText, int Kind, string? Cue, int SentenceStart, int SentenceLength);

    internal sealed record LinkedSource(int Article, int Start, int Length);

    internal sealed record LinkedEvent(
        string Id,
        string Cameo,
        string CameoName,
        string Kind,
        EquatableArray<int> Participants,
        int Place,
        int Date,
        int Status,
        string Summary,
        EquatableArray<LinkedSource> Sources);

    internal sealed record AliasEntry(string Key, int Entity);

    /// <summary>The linked knowledge base: what emission turns into C#.</summary>
    internal sealed record KnowledgeModel(
        string Name,
        string Namespace,
        EquatableArray<LinkedArticle> Articles,
        EquatableArray<LinkedEntity> Entities,
        EquatableArray<LinkedQuote> Quotes,
        EquatableArray<LinkedEvent> Events,
        int DatedEvents,
        EquatableArray<AliasEntry> Aliases,
        SearchIndexModel Search,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
