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

    // The first verb is itself a cue ("commended", "praised"), and the quotation is read before that verb's own words.
    [Theory]
    [InlineData("In a video posted online, Dana Krell commended Tomas Vell for his empathy towards US voters and said she felt \"honoured to stand with him as mayor\".", "honoured to stand with him as mayor", "Dana Krell")]
    [InlineData("Karel Brandt praised the Velden Harbour Authority for its quick work and said the pier \"will open again in May\".", "will open again in May", "Karel Brandt")]
    public void A_cue_after_and_shares_the_subject_of_a_first_verb_of_speech(string sentence, string content, string speaker)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q) == content);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_shared_subject_past_a_to_verb_speaks_unnamed_when_no_entity_is_made_of_it()
    {
        var model = Extract("The councillors voted to reopen the harbour and acknowledged that the mayor had resigned.");
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q) == "the mayor had resigned");
        Assert.Null(quote.Speaker);
        Assert.Equal("The councillors", quote.SpeakerText);
    }

    [Fact]
    public void The_object_of_the_first_verb_shared_by_a_to_verb_does_not_speak()
    {
        var model = Extract("The mayor urged Karel Brandt to resign and said the council had lost trust in him.");
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q) == "the council had lost trust in him");
        Assert.NotEqual("Karel Brandt", quote.Speaker);
    }

    // "and on Twitter referred ...": the platform the words are posted on, between "and" and the cue, is no subject.
    [Theory]
    [InlineData("Governor Pell Anrick repeatedly called the Greens' audit a \"fox hunt\", and on YouTube referred to the levy as \"The Audit Circus\".", "The Audit Circus", "Pell Anrick")]
    [InlineData("Mayor Lina Castell opened the new pier on Friday and on Facebook said the harbour would be dredged in June.", "the harbour would be dredged in June", "Lina Castell")]
    [InlineData("The Velden Harbour Authority closed the pier, but on Instagram warned that the ferries would run late.", "the ferries would run late", "Velden Harbour Authority")]
    public void A_cue_after_and_on_a_platform_shares_the_subject_of_the_first_verb(string sentence, string content, string speaker)
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
