using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A finding's clause whose subject a participle phrase describes ("concluded farmers living in Norvale long ago were
/// skilled"), a body named by "service" ("the fire service indicated ..."), and a participle that describes the text a cue
/// names ('"...," she said in a statement released on Monday': no second quote). Invented sentences.
/// </summary>
public sealed class QuoteReducedRelativeTests
{
    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("Researchers at the Velden museum concluded farmers living in Norvale thousands of years ago were skilled herders.", "concluded", "farmers living in Norvale thousands of years ago were skilled herders")]
    [InlineData("Investigators found a crane operator working for Ostrel Shipping had ignored the wind warning.", "found", "a crane operator working for Ostrel Shipping had ignored")]
    [InlineData("Judge Petra Lind ruled a bylaw banning street stalls in Velden breached the charter.", "ruled", "a bylaw banning street stalls in Velden breached the charter")]
    public void A_clause_whose_subject_a_participle_describes_is_reported(string sentence, string cue, string claim)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => q.Cue == cue);
        Assert.Equal(claim, TextOf(model, quote).Substring(0, claim.Length));
    }

    [Theory]
    [InlineData("The fire service indicated the two climbers were safe.", "fire service")]
    [InlineData("The ambulance service said four people were taken to hospital in Velden.", "ambulance service")]
    public void A_service_speaks(string sentence, string speaker)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Contains(speaker, quote.SpeakerText ?? "");
    }

    // Guards: no finite verb after the participle phrase, or a conjunction before it, opens no clause.
    [Theory]
    [InlineData("Police found the skipper lying on the deck of his boat near Velden.")]
    [InlineData("Rangers found a calf wandering near the Velden road and called the vet.")]
    public void A_participle_phrase_without_its_clause_reports_nothing(string sentence) =>
        Assert.Empty(RuleArticle.Extract(sentence).Quotes);

    [Theory]
    [InlineData("\"We will reopen the ferry line by May,\" Tomas Vell said in a short recorded statement issued in Velden on Monday.")]
    [InlineData("\"The fares will not rise,\" Karel Brandt wrote in a post published on the council's website.")]
    public void A_participle_describing_the_text_is_not_said(string sentence) =>
        Assert.Single(RuleArticle.Extract(sentence).Quotes); // the direct quote only
}
