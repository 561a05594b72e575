using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Whom "he" or "she" can be, from what the article calls a person ("Ms. X", "X, the port's spokesman,"), and a document
/// with words before its noun ("the harbour police report said") speaking as itself. Invented sentences; the given names
/// used here have no sex in the English name lists.
/// </summary>
public sealed class QuoteGenderAndDocumentTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    // An honorific anywhere in the article tells the person's sex: "He" is not the woman called "Ms." later.
    [Fact]
    public void He_is_not_a_person_the_article_calls_Ms()
    {
        var model = Extract("Sanne Okkerveld sat down with Joris Vantrelle at a cafe in Brennholm on Friday. He said the mooring charges were far too steep. Ms. Okkerveld left before noon.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Joris Vantrelle", quote.Speaker);
    }

    // A gendered noun in the apposition after a name tells the person's sex: "She" is not the port's spokesman.
    [Fact]
    public void She_is_not_a_person_described_as_a_spokesman()
    {
        var model = Extract("Bram Hollister, the port's spokesman, had lunch with Femke Dorrance on Monday. She said the old quay needed two new cranes.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Femke Dorrance", quote.Speaker);
    }

    [Theory]
    [InlineData("Wessel Marrin sold the ferry in April. The harbour police report said the wheelhouse had been left unlocked.", "The harbour police report")]
    [InlineData("The ministry said it would pay for the pier. An internal memo said the pilings had been rotting for years.", "An internal memo")]
    public void A_document_with_words_before_its_noun_speaks_as_itself(string sentences, string speakerText)
    {
        var model = Extract(sentences);
        var quote = Assert.Single(model.Quotes, q => q.SpeakerText == speakerText);
        Assert.Null(quote.Speaker); // not the one quoted before, nor anyone named
    }

    [Fact]
    public void A_document_speaks_for_the_body_named_before_its_noun() // a guard: the body among the modifiers still speaks
    {
        var model = Extract("A Brennholm Harbour Board report stated that the repairs would cost twice as much.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("the repairs would cost twice as much", "Brennholm Harbour Board"), (TextOf(model, quote), quote.Speaker));
    }

    // "said Drovenia had promised that ...": a name no entity was made of, subject of the inner cue, speaks; the reporter does not.
    [Fact]
    public void An_unlisted_name_after_a_speech_verb_speaks_for_the_inner_cue()
    {
        var model = Extract("Marta Oskarsen said Drovenia had promised that the old bridge would be rebuilt by spring.");
        var inner = Assert.Single(model.Quotes, q => q.Cue == "promised");
        Assert.Equal(("the old bridge would be rebuilt by spring", "Drovenia"), (TextOf(model, inner), inner.SpeakerText));
        Assert.Null(inner.Speaker);
    }
}
