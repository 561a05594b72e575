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
        KnowledgeBase.Generators.Extraction.QuoteExtractor.Readings.Select(r => new object[] { r.Example, r.Speaker });

    [Theory]
    [MemberData(nameof(ReadingRows))]
    public void A_text_that_reads_out_the_quotation_before_it_speaks(string sentence, string speaker)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(speaker, quote.SpeakerText);
    }

    [Fact]
    public void A_sentence_opening_on_it_read_reads_out_the_text_of_the_body_before()
    {
        var model = Extract("The Embassy of Velland in Velden posted a notice on its website on Monday. It read, \"All citizens should leave the port at once.\"");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("All citizens should leave the port at once", TextOf(model, quote));
        Assert.Contains("Embassy of Velland", quote.Speaker);
    }

    [Theory]
    [InlineData("It read, \"The town needs clean water before the summer.\"")]
    [InlineData("The letter read: \"The town needs clean water before the summer.\"")]
    public void A_letter_read_after_a_person_sent_it_is_the_writer_speaking(string reading)
    {
        var model = Extract("Mayor Ana Ruiz sent a letter to the Ostrel Water Board on Friday. " + reading);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("The town needs clean water before the summer", "Ana Ruiz"), (TextOf(model, quote), quote.Speaker));
    }

    public static System.Collections.Generic.IEnumerable<object[]> WriterRows() =>
        KnowledgeBase.Generators.Extraction.QuoteExtractor.TextWriters.Select(r => new object[] { r.Example, r.Writer });

    [Theory]
    [MemberData(nameof(WriterRows))]
    public void A_text_read_out_after_it_was_told_of_is_its_writer_speaking(string sentences, string writer)
    {
        var model = Extract(sentences);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(writer, quote.Speaker);
    }

    [Fact]
    public void They_after_a_body_that_opens_its_main_clause_past_a_time_phrase_is_that_body()
    {
        var model = Extract("This Friday the Velden Harbour Authority also opposed the plan. They issued a statement which said, \"The old pier must stay open to boats.\"");
        var quote = Assert.Single(model.Quotes, q => q.Kind == 1);
        Assert.Equal("Velden Harbour Authority", quote.Speaker);
    }

    public static System.Collections.Generic.IEnumerable<object[]> MemberRows() =>
        KnowledgeBase.Generators.Extraction.QuoteExtractor.MembersFor.Select(r => new object[] { r.Example });

    [Theory]
    [MemberData(nameof(MemberRows))]
    public void An_unnamed_member_for_a_named_body_speaks_for_the_body(string sentence)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        var body = Assert.Single(model.Entities, e => e.Kind == KnowledgeBase.Generators.EntityKind.Organization);
        Assert.Equal(body.Name, quote.Speaker);
    }

    public static System.Collections.Generic.IEnumerable<object[]> RoleOfBodyRows() =>
        KnowledgeBase.Generators.Extraction.QuoteExtractor.RolesOfBodies.Select(r => new object[] { r.Example, r.SpeakerText, r.BodySpeaks });

    [Theory]
    [MemberData(nameof(RoleOfBodyRows))]
    public void A_role_over_a_named_body_or_place_keeps_its_complement(string sentence, string speakerText, bool bodySpeaks)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(speakerText, quote.SpeakerText);
        if (bodySpeaks) Assert.Equal(Assert.Single(model.Entities, e => e.Kind == KnowledgeBase.Generators.EntityKind.Organization).Name, quote.Speaker);
    }

    [Theory]
    [InlineData("Norwegian President Mira Holt arrived in Velden on Monday. The president of Norway said the treaty was signed.", "Mira Holt")]
    [InlineData("President Mira Holt of Norway arrived in Velden on Monday. The president of France said the treaty was signed.", null)]
    public void A_role_over_a_named_place_is_its_holder_only_when_named_beside_that_place(string sentences, string? holder)
    {
        var model = Extract(sentences);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(holder, quote.Speaker);
    }

    [Fact]
    public void A_statement_which_said_has_its_issuer_for_speaker()
    {
        var model = Extract("The ministry issued a statement which said, \"The port will stay closed until further notice.\"");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("The ministry", quote.SpeakerText);
    }

    [Theory]
    [InlineData("The Velden Ferry Company issued a statement that said the night crossing would end in May.", "Velden Ferry Company", "the night crossing would end in May")]
    [InlineData("The ministry released a statement that says the north pier is closed to boats.", "The ministry", "the north pier is closed to boats")]
    public void A_text_whose_relative_that_reports_words_has_its_issuer_for_speaker(string sentence, string speaker, string text)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(speaker, quote.SpeakerText);
        Assert.Equal(text, model.Text.Substring(quote.Start, quote.Length));
    }

    [Theory]
    [InlineData("\"The bridge will stay closed until the spring thaw,\" reads the Ostrel Council's statement, \"and no ferries will run across the river.\"")]
    [InlineData("\"No workers were hurt in the fire at the depot;\" read the statement; \"we thank the fire brigade for its quick response.\"")]
    [InlineData("\"Karel Brandt was loved by everyone who worked with him\", reads an Ostrel Rail press release, \"a generous colleague and a patient teacher.\"")]
    public void A_text_that_reads_out_a_quotation_goes_on_reading_the_one_after_it(string sentence)
    {
        var model = Extract(sentence);
        Assert.Equal(2, model.Quotes.Count);
        Assert.Equal(model.Quotes[0].SpeakerText, model.Quotes[1].SpeakerText);
        Assert.All(model.Quotes, q => Assert.Contains("read", q.Cue ?? ""));
    }

    [Fact]
    public void A_text_read_with_a_comma_before_the_quotation_reads_it_out()
    {
        var model = Extract("The banner outside the Velden town hall read, \"Save our river bridge before it is too late for all of us.\"");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Save our river bridge before it is too late for all of us", TextOf(model, quote));
    }

    [Fact]
    public void Reading_a_text_aloud_is_no_text_that_reads() // a guard
    {
        var model = Extract("\"Hope,\" she read from the banner to the crowd in Velden.");
        Assert.DoesNotContain(model.Quotes, q => q.SpeakerText.Contains("banner"));
    }
}
