using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// The parties of an act of violence: a country named only after an "in" that ends a passive's doer or a named body's address
/// says where the act was and is no party beside the others named. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventViolentPlaceTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static EventModel Violent(ArticleModel article) =>
        Assert.Single(article.Events, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal) || e.Cameo.StartsWith("19", System.StringComparison.Ordinal));

    [Fact]
    public void A_country_named_only_after_in_where_the_act_was_is_no_party()
    {
        var act = Violent(Extract("Tomas Vidal was killed by Spain's special forces in Peru in 2009."));
        Assert.Contains("Spain", act.Participants);
        Assert.DoesNotContain("Peru", act.Participants);
    }

    [Fact]
    public void A_country_that_only_ends_a_named_bodys_address_is_no_party()
    {
        var act = Violent(Extract("Gunmen fired rockets at the Velmar Trade Office in Peru on Monday."));
        Assert.DoesNotContain("Peru", act.Participants);
    }

    [Theory]
    [InlineData("Spain launched an offensive in Peru on Monday.")]
    [InlineData("Spanish troops attacked rebels in Peru on Monday.")]
    public void A_country_the_act_or_its_target_is_in_stays_a_party(string sentence)
    {
        var act = Violent(Extract(sentence));
        Assert.Contains("Peru", act.Participants);
    }
}
