// The metrics of a gold scoring run and their printout, exactly as shared/score.py prints them.
// The scorer itself is GoldScorer (GoldScorer*.cs).
using System.Globalization;
using System.Text;

namespace KnowledgeBase.Tests.Gold;

/// <summary>The metrics score.py prints for one export scored against one gold file.</summary>
/// <param name="EntityPrecision">entity_precision</param>
/// <param name="EntityRecall">entity_recall</param>
/// <param name="EntityF1">entity_f1</param>
/// <param name="EntityFragmented">entity_fragmented: gold entities matched by more than one exported entity.</param>
/// <param name="AliasRecall">alias_recall</param>
/// <param name="QuotePrecision">quote_precision</param>
/// <param name="QuoteRecall">quote_recall</param>
/// <param name="QuoteF1">quote_f1</param>
/// <param name="SpeakerAccuracy">speaker_accuracy</param>
/// <param name="EventPrecision">event_precision</param>
/// <param name="EventRecall">event_recall</param>
/// <param name="EventF1">event_f1</param>
/// <param name="EventDateAccuracy">event_date_accuracy; null when no dated gold event was matched.</param>
/// <param name="EventMergeAccuracy">event_merge_accuracy; null when no matched event is told by two articles.</param>
public sealed record GoldScore(
    double EntityPrecision,
    double EntityRecall,
    double EntityF1,
    int EntityFragmented,
    double AliasRecall,
    double QuotePrecision,
    double QuoteRecall,
    double QuoteF1,
    double SpeakerAccuracy,
    double EventPrecision,
    double EventRecall,
    double EventF1,
    double? EventDateAccuracy,
    double? EventMergeAccuracy)
{
    /// <summary>
    /// The report exactly as score.py prints it without --min: one "name: value" line per metric,
    /// then the summary line, each ending in '\n'.
    /// </summary>
    public string Format()
    {
        var sb = new StringBuilder();
        void Line(string name, string value) => sb.Append(name).Append(": ").Append(value).Append('\n');
        static string Na(double? v, int digits) => v is { } x ? GoldScorer.FormatFixed(x, digits) : "n/a";

        Line("entity_precision", GoldScorer.FormatFixed(EntityPrecision, 3));
        Line("entity_recall", GoldScorer.FormatFixed(EntityRecall, 3));
        Line("entity_f1", GoldScorer.FormatFixed(EntityF1, 3));
        Line("entity_fragmented", EntityFragmented.ToString(CultureInfo.InvariantCulture));
        Line("alias_recall", GoldScorer.FormatFixed(AliasRecall, 3));
        Line("quote_precision", GoldScorer.FormatFixed(QuotePrecision, 3));
        Line("quote_recall", GoldScorer.FormatFixed(QuoteRecall, 3));
        Line("quote_f1", GoldScorer.FormatFixed(QuoteF1, 3));
        Line("speaker_accuracy", GoldScorer.FormatFixed(SpeakerAccuracy, 3));
        Line("event_precision", GoldScorer.FormatFixed(EventPrecision, 3));
        Line("event_recall", GoldScorer.FormatFixed(EventRecall, 3));
        Line("event_f1", GoldScorer.FormatFixed(EventF1, 3));
        Line("event_date_accuracy", Na(EventDateAccuracy, 3));
        Line("event_merge_accuracy", Na(EventMergeAccuracy, 3));
        sb.Append("summary: entity_f1 ").Append(GoldScorer.FormatFixed(EntityF1, 2))
          .Append(" quote_f1 ").Append(GoldScorer.FormatFixed(QuoteF1, 2))
          .Append(" speaker_acc ").Append(GoldScorer.FormatFixed(SpeakerAccuracy, 2))
          .Append(" event_f1 ").Append(GoldScorer.FormatFixed(EventF1, 2))
          .Append(" date_acc ").Append(Na(EventDateAccuracy, 2))
          .Append(" merge ").Append(Na(EventMergeAccuracy, 2))
          .Append('\n');
        return sb.ToString();
    }
}
