using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>Which word of a person's name is the surname a later mention uses.</summary>
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

    [Fact]
    public void A_generational_suffix_is_no_surname()
    {
        var forms = Assert.Single(RuleArticle.Extract("Tomas Varga Jr. was elected on Monday.").Entities).Forms.ToList();
        Assert.True(forms.Contains("Varga") && !forms.Contains("Jr"), string.Join("|", forms));
    }
}
