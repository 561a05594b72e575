using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An occasion named again inside a report of it ("after the confirmation of his death") is background to the clause,
/// not a new event of the clause's subject; and paying tribute is praise. Invented sentences.
/// </summary>
public sealed class EventReportedOccasionTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Mira Holt died on Tuesday. Anna Berg cancelled her own concert after the confirmation of her death.", "Anna Berg")]
    [InlineData("Karel Brandt died on Monday. Tomas Vell cancelled his concert after news of his death.", "Tomas Vell")]
    public void A_death_named_in_a_report_of_it_is_no_death_of_the_clauses_subject(string text, string living)
    {
        var model = Extract(text);
        Assert.DoesNotContain(model.Events, e => e.Kind == "death" && e.Participants.Contains(living));
    }

    [Fact]
    public void Paying_tribute_to_someone_is_praise()
    {
        var tribute = Assert.Single(Extract("Mayor Ana Ruiz paid tribute to Tomas Vell in Velden on Monday.").Events);
        Assert.Equal("051", tribute.Cameo);
        Assert.Equal(new[] { "Ana Ruiz", "Tomas Vell" }, tribute.Participants.ToArray());
    }
}
