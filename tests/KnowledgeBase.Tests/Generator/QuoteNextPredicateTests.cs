using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An object with no verb of its own ends before "and" and the speaker's next act, a past-tense verb with no subject of its
/// own ("expressed deep sadness and extended its condolences"); a reported clause keeps its coordinated verbs. Invented sentences.
/// </summary>
public sealed class QuoteNextPredicateTests
{
    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("The Ostrel Rowing Guild expressed deep sadness and extended its condolences to the family of the coach.", "expressed", "deep sadness")]
    [InlineData("Mayor Tomas Vell stressed the need for safer piers along the Velden coast and then visited the harbour.", "stressed", "the need for safer piers along the Velden coast")]
    [InlineData("Harbour master Karel Brandt voiced concern over the storm season, and later closed the ferry line.", "voiced", "concern over the storm season")]
    public void An_object_ends_before_the_speakers_next_act(string sentence, string cue, string content)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => q.Cue == cue);
        Assert.Equal(content, TextOf(model, quote));
    }

    // Guards: a reported clause's own coordinated verbs, and an object with a verb of its own before the "and", are kept whole.
    [Theory]
    [InlineData("Ana Ruiz said the gunman left the shop and fled towards the Velden bridge.", "the gunman left the shop and fled towards the Velden bridge")]
    [InlineData("Mira Holt announced plans to rebuild the Velden pier and extended the harbour fees.", "plans to rebuild the Velden pier and extended the harbour fees")]
    public void A_clause_or_an_object_with_its_own_verb_keeps_its_and(string sentence, string content)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(content, TextOf(model, quote));
    }
}
