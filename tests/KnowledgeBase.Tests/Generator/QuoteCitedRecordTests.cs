using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "According to" + a record or text (data, a complaint, a statement, memoirs, someone's estimates): the claim is an indirect
/// quote whose speaker is the record, or the name owning it ("Norvel Institute's estimates"). Invented sentences.
/// </summary>
public sealed class QuoteCitedRecordTests
{
    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("According to the data, the number of ferries calling at Velden fell by a third last year.", "the data", "the number of ferries calling at Velden")]
    [InlineData("According to an anonymous complaint, the harbour master may have taken bribes from two captains.", "anonymous complaint", "the harbour master may have taken bribes")]
    [InlineData("The ferry reached Velden two hours late according to a coast guard statement.", "coast guard statement", "The ferry reached Velden two hours late")]
    [InlineData("The harbour lost about 400 jobs, according to Norvel Institute's estimates.", "Norvel Institute", "The harbour lost about 400 jobs")]
    public void A_claim_according_to_a_record_is_quoted(string sentence, string speaker, string claim)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => q.Cue == "according to");
        Assert.Contains(speaker, (quote.Speaker ?? "") + " " + quote.SpeakerText);
        Assert.StartsWith(claim, TextOf(model, quote));
    }

    // Guards: "according to plan" or "according to the rules" cites no record that says something.
    [Theory]
    [InlineData("Everything went according to plan, and the ferry left Velden on time.")]
    [InlineData("Seats on the Velden ferry were handed out according to the old rules.")]
    public void According_to_no_record_adds_no_quote(string sentence) =>
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Quotes, q => q.Cue == "according to");
}
