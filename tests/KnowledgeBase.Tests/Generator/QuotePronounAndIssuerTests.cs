using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Who a "they" after a quotation or closing a sentence stands for, who issued a text that reads out words, and a name
/// described by two coordinated phrases. Invented sentences.
/// </summary>
public sealed class QuotePronounAndIssuerTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    // '"...," they said' right after a sentence whose subject is an unnamed group: the group speaks, as for "They said ...".
    [Fact]
    public void They_right_after_a_quotation_is_the_group_of_the_sentence_before()
    {
        var model = Extract("Residents of Velden gathered at the bridge on Saturday. \"The roads are closed,\" they said.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("The roads are closed", "Residents"), (TextOf(model, quote), quote.SpeakerText));
    }

    // "..., they said Sunday.": the group heading the clause the attribution closes speaks; never the person named last.
    [Fact]
    public void A_trailing_they_is_the_group_heading_the_clause_it_closes()
    {
        var model = Extract("Mayor Mira Holt visited the harbour on Friday. State prosecutors charged the driver with reckless endangerment, they said Sunday.");
        Assert.DoesNotContain(model.Quotes, q => q.Speaker == "Mira Holt");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("State prosecutors", quote.SpeakerText);
    }

    // "..., they said Sunday — an aside": the dash closes the attribution as the sentence's end would.
    [Fact]
    public void A_trailing_they_before_a_dash_is_the_group_heading_the_clause_it_closes()
    {
        var model = Extract("Mayor Mira Holt visited the harbour on Friday. State prosecutors charged the driver with arson, they said Sunday — a crime that carries a long sentence.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("State prosecutors charged the driver with arson", "State prosecutors"), (TextOf(model, quote), quote.SpeakerText));
    }

    [Fact]
    public void A_trailing_they_with_no_group_before_it_is_nobody() // a guard: not the person the text was last about
    {
        var model = Extract("Mayor Mira Holt visited the harbour on Friday. The ferry sank near the north pier on Monday, they said.");
        Assert.DoesNotContain(model.Quotes, q => q.Speaker == "Mira Holt");
    }

    // "They also stated ..." a sentence or two after a body or an unnamed group reported: whoever reported last, when no person is named since.
    [Theory]
    [InlineData("As of Monday evening, the Velden Weather Office reported the storm had winds of fifty kilometres an hour. If it grew, it would be given a name. By Tuesday evening, though, they reported the storm faded near the islands.", "the storm faded near the islands", "Velden Weather Office")]
    [InlineData("Ostrel authorities claimed the market was the largest in the region. Listed towns were Arno, Brill and Corra. They also stated six traders were held in Dunmore.", "six traders were held in Dunmore", "Ostrel authorities")]
    [InlineData("Ostrel officials said the fisherman showed signs of the flu and was thought to carry the virus; his death, they reported, was recorded as drowning.", "his death, they reported, was recorded as drowning", "Ostrel officials")]
    public void They_opening_a_clause_is_the_body_or_group_that_reported_last(string sentences, string text, string speaker)
    {
        var model = Extract(sentences);
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q) == text);
        Assert.Equal(speaker, quote.Speaker ?? quote.SpeakerText);
    }

    [Fact]
    public void They_after_a_person_named_since_the_report_is_not_the_reporter() // a guard
    {
        var model = Extract("Ostrel officials said the pier was closed. Mayor Mira Holt visited the harbour on Friday. They said the deck had rotted.");
        Assert.DoesNotContain(model.Quotes, q => q.SpeakerText == "Ostrel officials" && TextOf(model, q).Contains("deck"));
    }

    [Fact]
    public void They_after_a_body_that_reported_only_inside_a_clause_is_not_that_body() // a guard: the body must open its sentence
    {
        var model = Extract("The demands of the marchers include that the Velden Council stop calling the marches \"riots\". They had asked Mayor Mira Holt to resign.");
        Assert.DoesNotContain(model.Quotes, q => (q.Speaker ?? q.SpeakerText).Contains("Council") && TextOf(model, q).Contains("resign"));
    }

    // '"...," read the statement from X': X issued the text and speaks, not the text nor whoever was quoted before.
    [Fact]
    public void A_text_that_reads_out_words_speaks_for_the_body_it_is_from()
    {
        var model = Extract("Karel Brandt said the port was calm. \"We will not stop,\" read the statement from the Velland Interior Ministry.");
        var quote = Assert.Single(model.Quotes, q => q.Kind == 1);
        Assert.Equal("Velland Interior Ministry", quote.Speaker);
    }

    // "businessman and Brandt loyalist Piet Varga said": one speaker described twice; the name inside the description says nothing.
    [Theory]
    [InlineData("Karel Brandt arrived in Velden on Monday. Businessman and Brandt loyalist Piet Varga said the vote had been fair.", "Piet Varga")]
    [InlineData("Karel Brandt arrived in Velden on Monday. Mira Holt and Brandt ally Ana Ruiz said the vote had been fair.", "Ana Ruiz|Mira Holt")]
    public void A_name_describing_the_speaker_in_a_coordinated_subject_does_not_speak(string sentences, string speakers)
    {
        var model = Extract(sentences);
        Assert.Equal(speakers, string.Join("|", model.Quotes.Select(q => q.Speaker).OrderBy(x => x)));
    }

    // "told the Velden Herald, workers had been paid": the outlet is told, the clause after its comma is what was said.
    [Fact]
    public void A_clause_after_a_named_addressee_and_its_comma_is_what_was_told()
    {
        var model = Extract("Mayor Mira Holt visited the harbour on Friday. Holt told the Velden Herald, workers had been paid.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("workers had been paid", "Mira Holt"), (TextOf(model, quote), quote.Speaker));
    }

    // "According to its press release, X was "..."": "press" names a kind of text, not who speaks; the body heading the clause does.
    [Fact]
    public void A_group_noun_naming_a_kind_of_text_is_no_speaker()
    {
        var model = Extract("According to its press release on Monday, the Velden Ferry Company was \"cutting the night crossings until further notice.\"");
        Assert.DoesNotContain(model.Quotes, q => q.SpeakerText == "press");
        Assert.Contains(model.Quotes, q => q.Kind == 1 && q.Speaker == "Velden Ferry Company");
    }

    // A quotation after a colon with no cue of its own: the body heading the main clause speaks, not a person named in its relative clause.
    [Fact]
    public void A_body_heading_the_main_clause_speaks_the_quotation_after_its_colon()
    {
        var model = Extract("In a statement on Monday, the Velden Ferry Company defended the fare, which was approved by Mayor Ana Ruiz, as fair: \"Every crossing costs us more than we charge for it.\"");
        var quote = Assert.Single(model.Quotes, q => q.Kind == 1);
        Assert.Equal("Velden Ferry Company", quote.Speaker);
    }

    // "According to its report, X ...": the body heading the claim owns the report the possessive names, and speaks.
    [Fact]
    public void Its_document_cited_is_the_body_heading_the_claim()
    {
        var model = Extract("According to its yearly report, the Velden Ferry Company lost money on every night crossing.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Velden Ferry Company", quote.Speaker);
    }

    // "X reported ... . According to its polling, ...": the body quoted in the sentence before owns the polling.
    [Fact]
    public void Its_document_cited_after_a_body_was_quoted_is_that_body()
    {
        var model = Extract("The Ostrel Gazette reported that the harbour vote could be delayed. According to its polling, most residents favoured a second bridge.");
        Assert.Contains(model.Quotes, q => q.Speaker == "Ostrel Gazette" && q.Cue == "according to");
    }

    // "X ..., but, according to her diary, ...": the person the sentence is about owns the diary.
    [Fact]
    public void Her_document_cited_is_the_person_the_sentence_is_about()
    {
        var model = Extract("Painter Mira Holt lived in Velden for a decade; but, according to her diary, also spent two winters on the coast with friends.");
        Assert.Contains(model.Quotes, q => q.Speaker == "Mira Holt" && q.Cue == "according to");
    }
}
