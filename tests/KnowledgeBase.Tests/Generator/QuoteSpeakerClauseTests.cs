using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Whose words a cue reports when clauses and appositions stand between the subject and the cue. Invented sentences;
/// the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteSpeakerClauseTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("Norvale Shipping, which opposes Tomas Vell, has stated reconstruction will cost $300 billion.")]
    [InlineData("Norvale Shipping, which has long opposed a plan of Velden President Tomas Vell, has stated reconstruction will cost $300 billion.")]
    public void A_relative_clause_before_an_auxiliary_and_the_cue_holds_no_speaker(string sentence)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Norvale Shipping", quote.Speaker);
        Assert.Equal("reconstruction will cost $300 billion", TextOf(model, quote));
    }

    [Fact]
    public void An_apposition_describing_a_place_is_no_speaker_and_its_noun_is_no_cue()
    {
        var model = Extract("The governor of Louisiana, a U.S. state, said the bridge would reopen.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("the bridge would reopen", TextOf(model, quote));
        Assert.NotEqual("United States", quote.Speaker);
        Assert.DoesNotContain(model.Events, e => e.Participants.Contains("United States"));
    }

    [Theory]
    [InlineData("The conflict between the two Post-Soviet states centers on the Nagorno-Karabakh region.")]
    [InlineData("Yesterday, the Velden Party held primary elections in the US states of Idaho and Maine.")]
    [InlineData("Under Maryland state law, Governor Ana Ruiz has until October 28 to release plans.")]
    [InlineData("Other contenders include Velden businessman Karel Brandt and New Hampshire state representative Tomas Vell.")]
    public void States_after_a_determiner_or_a_number_and_a_name_is_the_noun_not_a_cue(string sentence)
    {
        var model = Extract(sentence);
        Assert.Empty(model.Quotes);
        Assert.DoesNotContain(model.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void States_before_what_is_stated_still_reports()
    {
        var model = Extract("Estimates by the Velden government state about 350 thousand homes were flooded.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("about 350 thousand homes were flooded", TextOf(model, quote));
    }
}
