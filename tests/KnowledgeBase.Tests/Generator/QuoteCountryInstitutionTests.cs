using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "The government of Malawi said ...", "Malawi's government said ...": a country's institution named with "of" or after the
/// country's possessive speaks as the organization the recognizer made of it, as "the Malawian government" already did;
/// a role before it ("the head of the government of Malawi") is not the institution.
/// </summary>
public sealed class QuoteCountryInstitutionTests
{
    private const int QuoteIndirect = 2;

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("The government of Malawi said on Tuesday that the lake ferry had passed its yearly inspection.", "Government of Malawi")]
    [InlineData("Malawi's government said the lake ferry had passed its yearly inspection.", "Government of Malawi")]
    [InlineData("The government of the Philippines said the lake ferry had passed its yearly inspection.", "Government of the Philippines")]
    public void The_institution_named_with_its_country_speaks(string sentence, string speaker)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => q.Kind == QuoteIndirect && TextOf(model, q).StartsWith("the lake ferry", System.StringComparison.Ordinal));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_role_before_the_institution_is_not_the_institution()
    {
        var model = RuleArticle.Extract("The deputy head of the government of Malawi said the lake ferry had passed its yearly inspection.");
        Assert.DoesNotContain(model.Quotes, q => q.Speaker == "Government of Malawi");
    }
}
