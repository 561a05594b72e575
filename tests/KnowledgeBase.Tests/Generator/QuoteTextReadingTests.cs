using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Words a written text reads out ('"...," the notice read', '"...," read a sign', "It read, "..."") and words a text's
/// relative clause reports ("a statement which said"). Invented sentences.
/// </summary>
public sealed class QuoteTextReadingTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    public static System.Collections.Generic.IEnumerable<object[]> ReadingRows() =>
        KnowledgeBase.Generators.Extraction.QuoteExtractor.Readings.Select(r => new object[] { r.Example });

    [Theory]
    [MemberData(nameof(ReadingRows))]
    public void A_text_that_reads_out_the_quotation_before_it_speaks(string sentence)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Contains(quote.SpeakerText.Split(' ').Last(), "notice sign");
    }

    [Fact]
    public void A_sentence_opening_on_it_read_reads_out_the_text_of_the_body_before()
    {
        var model = Extract("The Embassy of Velland in Velden posted a notice on its website on Monday. It read, \"All citizens should leave the port at once.\"");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("All citizens should leave the port at once", TextOf(model, quote));
        Assert.Contains("Embassy of Velland", quote.Speaker);
    }

    [Fact]
    public void A_statement_which_said_has_its_issuer_for_speaker()
    {
        var model = Extract("The ministry issued a statement which said, \"The port will stay closed until further notice.\"");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("The ministry", quote.SpeakerText);
    }

    [Fact]
    public void Reading_a_text_aloud_is_no_text_that_reads() // a guard
    {
        var model = Extract("\"Hope,\" she read from the banner to the crowd in Velden.");
        Assert.DoesNotContain(model.Quotes, q => q.SpeakerText.Contains("banner"));
    }
}
