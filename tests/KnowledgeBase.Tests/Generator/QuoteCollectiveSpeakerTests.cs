using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Speakers that are a collective or a body named by what it is ("the city", "senators", "guards"), and subjects long
/// enough to put the cue far from the closing mark. Invented sentences.
/// </summary>
public sealed class QuoteCollectiveSpeakerTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("\"Water is back in every home,\" the city said.", "the city", "Water is back in every home")]
    [InlineData("\"We are proud of the season in Velden,\" the team said.", "the team", "We are proud of the season in Velden")]
    [InlineData("The club said it would appeal the ban.", "club", "it would appeal the ban")]
    [InlineData("\"The vote was a disgrace,\" senators said.", "senators", "The vote was a disgrace")]
    [InlineData("Democrats said the bill would hurt families in Velden.", "Democrats", "the bill would hurt families in Velden")]
    [InlineData("\"The inmates were calm all night,\" guards said.", "guards", "The inmates were calm all night")]
    [InlineData("Rebels said they had taken the airport.", "Rebels", "they had taken the airport")]
    public void A_collective_or_a_body_named_by_what_it_is_speaks(string sentence, string speaker, string content)
    {
        var model = Extract(sentence);
        Assert.Contains(model.Quotes, q => TextOf(model, q) == content && q.SpeakerText.Contains(speaker));
    }

    // The cue stands more than six tokens after the closing mark when the subject is a long noun phrase.
    [Theory]
    [InlineData("\"We are watching the border closely,\" a spokesperson for the foreign ministry said.", "ministry")]
    [InlineData("\"The road will stay closed,\" the head of the local fire brigade said.", "head")]
    public void A_long_subject_before_the_cue_after_the_quotation_speaks(string sentence, string speaker)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Contains(speaker, quote.SpeakerText);
    }

    [Fact]
    public void Past_six_tokens_punctuation_ends_the_search_for_a_cue() // a guard
    {
        var model = Extract("\"The bridge is old,\" the engineers wrote in a long report; the mayor of the town later said nothing.");
        Assert.All(model.Quotes, q => Assert.DoesNotContain("mayor", q.SpeakerText));
    }

    // The body is a speaker now: a cue ending a relative clause between commas has the relative word for object and says nothing.
    [Theory]
    [InlineData("The audit, which the ministry rejected, was filed in May.")]
    [InlineData("The audit, which the city rejected, was published in Velden.")]
    public void A_cue_closing_a_relative_clause_between_commas_reports_nothing(string sentence) =>
        Assert.Empty(Extract(sentence).Quotes);

    [Fact]
    public void A_cue_in_the_aside_of_a_name_far_after_scare_quotes_names_no_speaker() // a guard
    {
        var model = Extract("Police held six people for \"spreading lies,\" among them the teacher Ana Ruiz, who had tried to warn parents.");
        Assert.DoesNotContain(model.Quotes, q => TextOf(model, q) == "spreading lies");
    }
}
