using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Who was told and how the speaker spoke, as against what was said: the people told and the phrases that place them
/// ("told farmers in Velden the ..."), a gathering and its members ("told a meeting of dockers the ..."), an aside on how
/// the subject spoke between the subject and its cue ("An official, speaking on condition of anonymity, said ..."), and
/// words quoted in reported content with no cue of their own.
/// </summary>
public sealed class QuoteAudienceAndAsideTests
{
    private const int QuoteDirect = 1;

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    // Any people told, not only reporters, and the phrases of place or membership after them, come before the clause told.
    [Theory]
    [InlineData("Mayor Ana Ruiz told farmers in Ostria the grain subsidy would continue.", "the grain subsidy would continue")]
    [InlineData("Mayor Ana Ruiz told pupils at the harbour school the ferry would run again in May.", "the ferry would run again in May")]
    [InlineData("Mayor Ana Ruiz told reporters in Velden on Monday the bridge would be rebuilt.", "the bridge would be rebuilt")]
    [InlineData("Mayor Ana Ruiz told investors the port tax would fall.", "the port tax would fall")]
    [InlineData("Mayor Ana Ruiz told a meeting of dockers the port would close in winter.", "the port would close in winter")]
    [InlineData("Mayor Ana Ruiz told a crowd of fishermen the quota would be lifted.", "the quota would be lifted")]
    [InlineData("Mayor Ana Ruiz told a group of pupils that the school would reopen.", "the school would reopen")]
    public void The_people_told_and_where_they_are_are_not_what_was_told(string sentence, string content)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal((content, "Ana Ruiz"), (TextOf(model, quote), quote.Speaker));
    }

    [Fact]
    public void A_gathering_told_with_its_members_ends_a_trailing_attribution()
    {
        var model = RuleArticle.Extract("The port tax will rise next year, Mayor Ana Ruiz told a meeting of dockers in Velden.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("The port tax will rise next year", "Ana Ruiz"), (TextOf(model, quote), quote.Speaker));
    }

    // A participle of speaking set off by commas tells how or where the subject spoke; the subject stands before it.
    [Theory]
    [InlineData("An official, speaking on condition of anonymity, said the border would reopen on Friday.", "official")]
    [InlineData("The minister, speaking at a rally in Velden, said the border would reopen on Friday.", "The minister")]
    [InlineData("A senior official, speaking on condition of anonymity because he was not allowed to discuss the talks, said the border would reopen on Friday.", "senior official")]
    public void A_speaking_aside_holds_no_speaker(string sentence, string speaker)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("the border would reopen on Friday", speaker), (TextOf(model, quote), quote.Speaker ?? quote.SpeakerText));
    }

    [Fact]
    public void A_place_in_the_aside_is_not_the_speaker()
    {
        var model = RuleArticle.Extract("The harbour master, speaking at a rally in Velden, said the border would reopen on Friday.");
        Assert.DoesNotContain(model.Quotes, q => q.Speaker == "Velden");
    }

    // A phrase quoted inside what a source is reported to say stays inside the indirect quote (the shared gold's convention):
    // no direct quote of its own.
    [Theory]
    [InlineData("The ferry sailed at \"a crawling pace\" according to the Velden Herald.", "The ferry sailed at \"a crawling pace\"")]
    [InlineData("According to the Velden Herald, the ferry sailed at \"a crawling pace\".", "the ferry sailed at \"a crawling pace\"")]
    [InlineData("Mayor Jon Varga said the harbour pilot was in a \"stable\" condition after the storm.", "the harbour pilot was in a \"stable\" condition after the storm")]
    [InlineData("Karel Brandt said the ferry union had been \"reckless\" and \"vain\" during the long strike in Velden.", "the ferry union had been \"reckless\" and \"vain\" during the long strike in Velden")]
    public void A_phrase_quoted_in_reported_content_stays_in_the_indirect_quote(string sentence, string reported)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.DoesNotContain(model.Quotes, q => q.Kind == QuoteDirect);
        // The report's span ends at the last quoted word (its closing mark is no word of it).
        Assert.Equal(reported.TrimEnd('"'), TextOf(model, Assert.Single(model.Quotes)).TrimEnd('"'));
    }

    // Quotations with no cue of their own that make up most of the reported content are its object quoted whole: direct
    // quotes of its speaker.
    [Theory]
    [InlineData("Judge Ana Ruiz said the pair had \"owned their crimes from the very first day\" and \"spared the town a long trial\".",
        "owned their crimes from the very first day", "Ana Ruiz")]
    [InlineData("The Velden Herald reported the ferry had \"sailed at a crawling pace through the storm\".",
        "sailed at a crawling pace through the storm", "Velden Herald")]
    public void Quotations_making_up_most_of_reported_content_are_direct_quotes(string sentence, string quoted, string speaker)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.Contains(model.Quotes, q => q.Kind == QuoteDirect && TextOf(model, q) == quoted && q.Speaker == speaker);
    }

    // After "?" or "!" a capitalized name starts a new sentence: the cue opening it is the quotation's.
    [Theory]
    [InlineData("\"Where has the ferry gone?\" Ana Ruiz asked on Monday.", "Where has the ferry gone?")]
    [InlineData("\"We will rebuild the pier!\" Ana Ruiz told the crowd.", "We will rebuild the pier!")]
    public void A_cue_after_a_question_or_exclamation_opens_the_next_sentence(string paragraph, string text)
    {
        var model = RuleArticle.Extract(paragraph);
        var quote = Assert.Single(model.Quotes, q => q.Kind == QuoteDirect);
        Assert.Equal((text, "Ana Ruiz"), (TextOf(model, quote), quote.Speaker));
    }
}
