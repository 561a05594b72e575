using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A study told of again ("the same study", "this study"), or opened by "one" or "another", speaks as "the study" does, not
/// the journal it appeared in; "reports" after a document noun in the singular is the verb before "that" or a quotation.
/// Invented sentences.
/// </summary>
public sealed class QuoteResearchPointerTests
{
    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("One survey in the Velden Journal of Tides from March noted harbour police seized 40 boats from 2013 to 2019.", "survey", "harbour police seized 40 boats")]
    [InlineData("The harbour was dredged in 2015. The same report said the pier at Ostrel had been rebuilt twice.", "same report", "the pier at Ostrel had been rebuilt")]
    [InlineData("This study found that ferry fares in Ostrel doubled over a decade.", "This study", "ferry fares in Ostrel doubled")]
    [InlineData("Another survey found that most ferries in Velden carry too few lifeboats.", "Another survey", "most ferries in Velden carry")]
    [InlineData("The study reports that most ferries in Velden were overloaded on holidays.", "study", "most ferries in Velden were overloaded")]
    [InlineData("The paper reports \"For each extra ferry, fares at Ostrel fell by two percent.\"", "paper", "For each extra ferry")]
    public void A_document_pointed_to_speaks(string sentence, string speaker, string claim)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q).StartsWith(claim));
        Assert.Contains(speaker, quote.SpeakerText);
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("The study reports were sent to the harbour council in Velden.")]
    [InlineData("Ana Ruiz read the study reports that were sent to the harbour council in Velden.")]
    public void Reports_as_a_noun_quotes_nothing(string sentence) => Assert.Empty(RuleArticle.Extract(sentence).Quotes);

    [Fact]
    public void Words_quoted_after_their_count_stay_in_the_reported_clause()
    {
        var model = RuleArticle.Extract("One survey found harbour police seized 40 boats. The same survey also noted over 70 \"harbour nets\" seized in the same period.");
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q).Contains("harbour nets"));
        Assert.StartsWith("over 70 \"harbour nets\" seized", TextOf(model, quote));
        Assert.Contains("same survey", quote.SpeakerText);
    }

    [Fact]
    public void Another_report_from_a_body_is_the_body_s()
    {
        var model = RuleArticle.Extract("Another report from the Velden Harbour Authority said eight ferries sank in the storm.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Velden Harbour Authority", quote.SpeakerText);
    }
}
