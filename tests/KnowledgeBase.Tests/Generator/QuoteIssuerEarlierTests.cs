using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A bare "the filing", "the warning", "the letter" cited well after the sentence that says who issued it: the issuer
/// speaks ("the warning issued by X", "a letter from X", or the named speaker quoted in a sentence of the same noun). Invented text.
/// </summary>
public sealed class QuoteIssuerEarlierTests
{
    private const string Filler = "The port of Velden handles about forty ships a day. Most of them carry grain from the plains. "
        + "Dock workers went on strike twice in the spring. The harbour was closed for a week in May. ";

    [Theory]
    [InlineData("In its yearly filing Ostrel Shipping wrote \"The fleet will shrink next year.\" " + Filler
        + "According to the filing, the company sold three ferries to a buyer in Norvel.", "Ostrel Shipping", "the company sold three ferries")]
    [InlineData("The red warning issued by the Velden Weather Office covers the whole northern coast. " + Filler
        + "\"Waves of up to nine metres will hit the harbour walls,\" read the warning.", "Velden Weather Office", "Waves of up to nine metres")]
    [InlineData("Councillors received a letter from the Norvel Fishing Board on Friday. " + Filler
        + "The letter said that the quotas for cod would be cut by half.", "Norvel Fishing Board", "the quotas for cod")]
    public void A_document_speaks_for_the_issuer_named_earlier(string paragraphs, string speaker, string claim)
    {
        var model = RuleArticle.Extract(paragraphs);
        var quote = Assert.Single(model.Quotes, q => model.Text.Substring(q.Start, q.Length).StartsWith(claim));
        Assert.Equal(speaker, quote.Speaker);
    }

    // Guards: no earlier sentence names who issued the report; a study speaks as itself, not as a co-author quoted before.
    [Theory]
    [InlineData("Mira Holt runs the Velden ferry office. " + Filler + "According to the report, the ferry lost money in every month of the year.", "the ferry lost money")]
    [InlineData("Mira Holt, a co-author of the study, said \"The ferries burn too much fuel.\" " + Filler + "According to the study, the ferry burns twice the fuel of a train.", "the ferry burns twice")]
    public void A_document_with_no_issuer_named_earlier_stays_unnamed(string paragraphs, string claim)
    {
        var model = RuleArticle.Extract(paragraphs);
        var quote = Assert.Single(model.Quotes, q => model.Text.Substring(q.Start, q.Length).StartsWith(claim));
        Assert.Null(quote.Speaker);
    }
}
