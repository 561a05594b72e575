using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>Names written family name first: the first word is the surname a later mention uses.</summary>
public sealed class FamilyNameFirstRuleTests
{
    [Fact]
    public void A_korean_name_in_three_words_is_called_by_its_first()
    {
        var model = RuleArticle.Extract("Envoy Choi Dal Hyeok arrived in Tokyo on Monday. Choi said the talks would resume.");
        var person = Assert.Single(model.Entities, e => e.Name == "Choi Dal Hyeok");
        Assert.Contains("Choi", person.Forms);
        Assert.DoesNotContain("Hyeok", person.Forms);
        Assert.Equal(2, person.Mentions);
    }
}
