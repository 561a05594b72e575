using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A town named before its known region, or where a place is shown: a compass word opening the town's name ("North Varrow",
/// whose words alone make no name) and a town sharing its name with a person of the article ("Jon Brack of Kessel, Iowa" with
/// a "Mira Kessel") are places. Invented sentences.
/// </summary>
public sealed class EntityTownBeforeRegionTests
{
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind KindPlace = KnowledgeBase.Generators.EntityKind.Place;

    [Theory]
    [InlineData("Voters in North Varrow, Ohio, lined up before dawn to cast their ballots.", "North Varrow")]
    [InlineData("Lena Moor, the mayor of West Tallis, said the river had crested overnight.", "West Tallis")]
    [InlineData("Crews cleared fallen trees from the roads of South Bellam, Oregon, after the gale.", "South Bellam")]
    public void A_town_opening_with_a_compass_word_is_a_place(string text, string town)
    {
        Assert.Equal(KindPlace, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == town).Kind);
    }

    [Fact]
    public void A_town_before_its_region_is_no_person_of_the_same_name()
    {
        var entities = RuleArticle.Extract("Police named the driver as Jon Brack of Kessel, Iowa. Later Mira Kessel said the crash could have been avoided.").Entities;
        Assert.Equal(KindPlace, Assert.Single(entities, e => e.Name == "Kessel").Kind);
        Assert.Equal(KindPerson, Assert.Single(entities, e => e.Name == "Mira Kessel").Kind);
    }
}
