using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Whose words a cue coordinated with an earlier verb reports: the subject both verbs share, not the first verb's object.
/// Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteCoordinatedSpeakerTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("Mira Holt toured the harbour with the report on Monday and warned that the pier would close.", "the pier would close", "Mira Holt")]
    [InlineData("Karel Brandt thanked Ana Ruiz for her help but said the ferry was late.", "the ferry was late", "Karel Brandt")]
    [InlineData("The Velden Harbour Authority sued Norvale Shipping in May and repeatedly asked why the ships were still docked.", "why the ships were still docked", "Velden Harbour Authority")]
    public void A_cue_after_and_shares_the_subject_of_the_first_verb_not_its_object(string sentence, string content, string speaker)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q) == content);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_cue_with_its_own_subject_after_and_keeps_it()
    {
        var model = Extract("Mira Holt toured the harbour on Monday and Karel Brandt warned that the pier would close.");
        Assert.Equal("Karel Brandt", Assert.Single(model.Quotes).Speaker);
    }
}
