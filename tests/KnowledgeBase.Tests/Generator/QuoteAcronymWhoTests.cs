using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "The Wellan Heritage Office (WHO) announced ...": an organization's acronym in capitals that spells "who" is part of
/// the subject, not a relative pronoun opening a clause of its own, so the body before it speaks; a lower-case "who"
/// still opens a relative clause with its own subject.
/// </summary>
public sealed class QuoteAcronymWhoTests
{
    private const int QuoteIndirect = 2;

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("On Wednesday, the Wellan Heritage Office (WHO) declared the old harbour of Ostrel to be a protected site.", "the old harbour of Ostrel to be a protected site")]
    [InlineData("On Tuesday, the Wellan Heritage Office (WHO) announced the new name of the Ostrel bridge: \"Brandt Crossing\".", "the new name of the Ostrel bridge")]
    [InlineData("The Wellan Heritage Office (WHO) said the Ostrel bridge would close in May.", "the Ostrel bridge would close in May")]
    public void A_body_whose_acronym_is_WHO_speaks(string sentence, string text)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => q.Kind == QuoteIndirect && TextOf(model, q).TrimEnd('.') == text);
        Assert.Contains(quote.Speaker ?? quote.SpeakerText, new[] { "Wellan Heritage Office", "WHO" });
    }

    [Fact]
    public void A_lower_case_who_still_opens_its_own_clause()
    {
        var model = RuleArticle.Extract("The harbour master met a fisherman who said the Ostrel pier was unsafe.");
        Assert.DoesNotContain(model.Quotes, q => (q.SpeakerText ?? "").Contains("harbour master"));
    }
}
