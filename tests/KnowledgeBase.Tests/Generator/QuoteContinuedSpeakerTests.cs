using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Who speaks when the words around the cue name more than one person or only a description: the person after "Ana Vell's
/// partner" in an inverted cue, the named speaker a definite description opening the next sentence continues, the body a
/// source works within, the member after a group noun ("a hospital official") and the person a country only describes
/// ("a Norway whistleblower"). Invented sentences.
/// </summary>
public sealed class QuoteContinuedSpeakerTests
{
    [Fact]
    public void The_person_after_a_possessed_role_in_an_inverted_cue_speaks_not_the_possessor()
    {
        var model = RuleArticle.Extract("\"We are devastated by the news,\" writes Tomas Brill's longtime business partner Ana Korvel on Facebook.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Ana Korvel", quote.Speaker);
    }

    [Fact]
    public void A_definite_description_opening_the_next_sentence_continues_the_named_speaker()
    {
        var model = RuleArticle.Extract("Researchers from the University of Kesslin studied the moorings. \"The moorings were rotten for years,\" said study co-author Lena Dusk. The Kesslin professor added, \"Nobody wanted to pay for the repair.\"");
        Assert.Equal(2, model.Quotes.Count);
        Assert.All(model.Quotes, q => Assert.Equal("Lena Dusk", q.Speaker));
    }

    [Fact]
    public void A_source_within_a_body_is_named_as_that_body_s_source()
    {
        var quote = Assert.Single(RuleArticle.Extract("A source within the central Velnish Transport Ministry reportedly said \"We were told to keep quiet about the inspection.\"").Quotes);
        Assert.Equal(("Velnish Transport Ministry source", "Velnish Transport Ministry"), (quote.SpeakerText, quote.Speaker));
    }

    [Theory]
    [InlineData("A hospital official told reporters that two dock workers were treated for minor injuries.", "hospital official")]
    [InlineData("A government official said the ferry would run twice a day from the northern pier.", "government official")]
    public void The_member_after_a_group_noun_stays_in_the_text(string sentence, string speaker)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Equal(speaker, quote.SpeakerText);
    }

    [Fact]
    public void A_country_that_only_describes_an_unnamed_person_does_not_speak()
    {
        var quote = Assert.Single(RuleArticle.Extract("A Norway whistleblower told reporters the port director had lied about the contracts.").Quotes);
        Assert.Equal(("Norway whistleblower", null), (quote.SpeakerText, quote.Speaker));
    }

    // Guards: a description after another's quote that the article gives to someone else, and one that does not open its sentence.
    [Fact]
    public void Guards()
    {
        var model = RuleArticle.Extract("\"The moorings were rotten for years,\" said harbour engineer Lena Dusk. Later the Kesslin professor added, \"Nobody wanted to pay for the repair.\"");
        Assert.NotEqual("Lena Dusk", model.Quotes.Last().Speaker);
    }
}
