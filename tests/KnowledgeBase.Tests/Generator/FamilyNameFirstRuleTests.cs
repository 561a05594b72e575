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

    [Fact]
    public void A_generational_suffix_links_no_other_name_ending_in_it()
    {
        var model = RuleArticle.Extract("Osvald Hale Jr. chaired the Tarnow harbor board for a decade. "
            + "Hale later campaigned to put up a statue of Martin Luther King Jr. near the docks.");
        var hale = Assert.Single(model.Entities, e => e.Name == "Osvald Hale Jr");
        Assert.True(hale.Forms.Contains("Hale") && !hale.Forms.Contains("Jr") && !hale.Forms.Contains("King Jr"), string.Join("|", hale.Forms));
        Assert.DoesNotContain(model.Entities, e => e.Name == "Jr");
    }
}
