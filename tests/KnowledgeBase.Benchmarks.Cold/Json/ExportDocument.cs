using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KnowledgeBase.Benchmarks.Cold
{
    /// <summary>`kb export` JSON (../shared/export-schema.md) as plain records.</summary>
    internal sealed record ExportDocument(List<ExportArticle> Articles, List<ExportEntity> Entities, List<ExportQuote> Quotes, List<ExportEvent> Events);

    internal sealed record ExportArticle(string Id, string File, string Title, string? Published);

    internal sealed record ExportEntity(string Id, string Name, string Type, List<string> Aliases);

    internal sealed record ExportQuote(string Id, string Article, string Text, string? Speaker, string SpeakerText, string Kind, string? Cue, int Start, int Length);

    internal sealed record ExportEvent(string Id, string Cameo, string Kind, List<string> Participants, string? Date, string? Place, string Status, string Summary, List<ExportSource> Sources);

    internal sealed record ExportSource(string Article, int Start, int Length);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(ExportDocument))]
    internal sealed partial class ExportJson : JsonSerializerContext;
}
