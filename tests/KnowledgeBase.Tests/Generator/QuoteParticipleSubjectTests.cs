using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Whose words a participle of saying after a comma reports ("X thanked Y, noting ..."): the subject of the clause before
/// the comma, never a name in that clause's object. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteParticipleSubjectTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("The Velland Space Agency paused its broadcast to honour the late pilot Marta Oskarsen. It also thanked Oskarsen for charting the northern route, noting on its website that her flights had changed polar travel.")]
    [InlineData("The Velland Space Agency paused its broadcast to honour the late pilot Marta Oskarsen. It also thanked Oskarsen for charting the northern route, noting on its website \"her flights changed polar travel for good.\"")]
    public void It_opening_the_clause_of_a_participle_is_the_body_before_not_the_person_it_names(string paragraphs)
    {
        var model = Extract(paragraphs);
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q).StartsWith("her flights"));
        Assert.Equal("Velland Space Agency", quote.Speaker);
    }

    [Theory]
    [InlineData("The regional assembly voted to censure two ministers, Finance Minister Petra Lindqvist and Trade Minister Olaf Brenner, citing their refusal to publish the budget papers.")]
    [InlineData("Late on Friday the panel suspended the referee Jonas Pell for a month, saying he had ignored two clear fouls.")]
    public void A_name_in_the_object_of_the_clause_before_a_participle_does_not_speak(string sentence)
    {
        var model = Extract(sentence);
        Assert.DoesNotContain(model.Quotes, q => q.Speaker is "Petra Lindqvist" or "Olaf Brenner" or "Jonas Pell");
    }

    [Fact]
    public void It_after_a_sentence_about_a_body_and_a_person_is_the_body_since_it_never_stands_for_a_person()
    {
        var model = Extract("The Orvik Harbour Board hired the diver Lena Moss on Monday. It said the north pier would reopen in May.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Orvik Harbour Board", quote.Speaker);
        Assert.Equal("the north pier would reopen in May", TextOf(model, quote));
    }

    [Theory]
    [InlineData("Whereas Lena Moss and Piet Haan both backed the ferry plan, Ana Ruiz rejected the harbour bill, arguing that it would close the fish market.", "Lena Moss")]
    [InlineData("Orvik recorded the most floods this spring, with the next town on the coast, Velden, reporting that nine bridges had washed away.", "Orvik")]
    public void A_fronted_subordinate_clause_or_a_with_phrase_is_not_the_subject_of_the_participle(string sentence, string notSpeaker) =>
        Assert.DoesNotContain(Extract(sentence).Quotes, q => q.Speaker == notSpeaker);
}
