using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A town and what is named after it are distinct entities: "in Velden" is not "Velden Council", and "Velmora" is not
/// "Velmora Province". Invented names.
/// </summary>
public sealed class EntityPlaceShortFormTests
{
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;
    private const KnowledgeBase.Generators.EntityKind KindPlace = KnowledgeBase.Generators.EntityKind.Place;

    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Velden Council approved the budget on Monday. Thousands of people live in Velden, and the council will build homes.", "Velden Council", "Velden")]
    [InlineData("Ostrelby Police arrested a man on Friday. The drug has become popular in Ostrelby because it is cheap, officers said.", "Ostrelby Police", "Ostrelby")]
    [InlineData("Crowds filled Dorvik Cathedral on Sunday. The relic has been kept in Dorvik since 1120.", "Dorvik Cathedral", "Dorvik")]
    public void A_lone_town_name_after_a_preposition_of_place_is_the_town_not_its_institution(string text, string institution, string town)
    {
        var model = Extract(text);
        var named = Assert.Single(model.Entities, e => e.Name == institution);
        Assert.DoesNotContain(town, named.Forms);
        Assert.Equal(KindPlace, Assert.Single(model.Entities, e => e.Name == town).Kind);
    }

    [Fact]
    public void A_company_named_by_its_first_word_keeps_that_short_form()
    {
        var model = Extract("Brandmark Group cut 300 jobs on Monday. Shares in Brandmark fell, and Brandmark said it would recover.");
        var company = Assert.Single(model.Entities, e => e.Name == "Brandmark Group");
        Assert.Equal(KindOrganization, company.Kind);
        Assert.Contains("Brandmark", company.Forms);
        Assert.DoesNotContain(model.Entities, e => e.Name == "Brandmark");
    }

    [Fact]
    public void The_town_a_province_is_named_after_is_a_place_of_its_own()
    {
        var model = Extract("Officials in Velmora Province said the roads were closed. Residents of Velmora were told to stay at home.");
        var province = Assert.Single(model.Entities, e => e.Name == "Velmora Province");
        Assert.DoesNotContain("Velmora", province.Forms);
        Assert.Equal(KindPlace, Assert.Single(model.Entities, e => e.Name == "Velmora").Kind);
    }
}
