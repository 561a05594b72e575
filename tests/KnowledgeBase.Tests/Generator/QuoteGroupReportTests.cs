using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "report" as a present verb after a group that speaks, "they" or "and", before "that" or a finite clause: "scientists report
/// the shells evolved ...". The claim is an indirect quote of the group. Invented sentences.
/// </summary>
public sealed class QuoteGroupReportTests
{
    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("In a study released on Monday, scientists report the shells of Velden snails evolved at least nine times.", "scientists", "the shells of Velden snails evolved")]
    [InlineData("Sources report she is widely treated as a saint by the villagers of Norvale.", "Sources", "she is widely treated as a saint")]
    [InlineData("Researchers report that the lake near Ostrel has lost a third of its fish since 1990.", "Researchers", "the lake near Ostrel has lost a third")]
    [InlineData("The Ostrel officials met on Monday and report they are considering sharing land with the Kestrel band.", "officials", "they are considering sharing land")]
    public void A_claim_a_group_reports_is_quoted(string sentence, string speaker, string claim)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => q.Cue == "report");
        Assert.Contains(speaker, quote.SpeakerText ?? "");
        Assert.StartsWith(claim, TextOf(model, quote));
    }

    // Guards: before a noun phrase or a preposition, or after an article, "report" reports no words.
    [Theory]
    [InlineData("Velden authorities report no casualties from the flood at the old mill.")]
    [InlineData("Officials were asked to report to the council on the ferry plans by May.")]
    [InlineData("The annual report said the ferry lost money in Velden last year.")]
    public void Report_before_no_clause_adds_no_report_quote(string sentence) =>
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Quotes, q => q.Cue == "report");
}
