using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "Ruiz referred to the protesters as "paid agitators"": the name a speaker gives something with "referred to ... as",
/// quoted, is the speaker's direct quote however short, not a scare quote; "referred the case to" names nothing.
/// </summary>
public sealed class QuoteReferredAsTests
{
    private const int QuoteDirect = 1;

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("At a rally in Ostrel, Mayor Ana Ruiz referred to the protesters as \"paid agitators.\"", "paid agitators", "Ana Ruiz")]
    [InlineData("Ana Ruiz referred to the ferry involved in the crash as a \"cargo boat\".", "cargo boat", "Ana Ruiz")]
    [InlineData("Velden police referred to the man as \"Norwegian-Danish.\"", "Norwegian-Danish", "Velden police")]
    [InlineData("Tomas Vell has often referred to the floods as acts of \"slow neglect.\"", "slow neglect", "Tomas Vell")]
    [InlineData("Karel Brandt called the inquiry a \"sham\", and on the radio referred to the ballot as \"the farce\".", "the farce", "Karel Brandt")]
    public void The_name_given_with_referred_to_as_is_the_subjects_direct_quote(string sentence, string text, string speaker)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => q.Kind == QuoteDirect && TextOf(model, q).TrimEnd('.') == text);
        Assert.Equal(speaker, quote.Speaker ?? quote.SpeakerText);
    }

    [Theory]
    [InlineData("The court referred the case of Tomas Vell to a higher court on Monday.")]
    [InlineData("The ministry referred questions to the \"harbour office\" on Friday.")]
    [InlineData("Ana Ruiz referred to the plan as a waste of money.")]
    public void Referring_a_matter_on_or_an_unquoted_name_quotes_nothing(string sentence)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.DoesNotContain(model.Quotes, q => q.Kind == QuoteDirect);
    }
}
