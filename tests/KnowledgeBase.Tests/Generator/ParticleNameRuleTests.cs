using System.Linq;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>Names whose words a lower-case particle joins: Spanish and Portuguese places, and people with several given names.</summary>
public sealed class ParticleNameRuleTests
{
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind KindPlace = KnowledgeBase.Generators.EntityKind.Place;

    public static TheoryData<int> PlaceRules() => new(Enumerable.Range(0, ParticlePlaceNames.Rules.Length));

    [Theory]
    [MemberData(nameof(PlaceRules))]
    public void Words_joined_by_a_particle_are_one_place(int row)
    {
        var rule = ParticlePlaceNames.Rules[row];
        var model = RuleArticle.Extract(rule.Example);
        Assert.Contains(model.Entities, e => e.Name == rule.Name && e.Kind == KindPlace);
        Assert.Single(model.Entities);
    }

    [Fact]
    public void Do_joins_a_place_name_it_stands_in()
    {
        var model = RuleArticle.Extract("Rescuers reached Arroio Fundo do Sul on Tuesday.");
        Assert.Contains(model.Entities, e => e.Name == "Arroio Fundo do Sul" && e.Kind == KindPlace);
        Assert.Single(model.Entities);
    }

    [Fact]
    public void Two_names_before_the_particle_stay_in_the_persons_name()
    {
        var model = RuleArticle.Extract("Carlos Vitor Tavo da Silveira took office on Monday.");
        var person = Assert.Single(model.Entities);
        Assert.Equal("Carlos Vitor Tavo da Silveira", person.Name);
        Assert.Equal(KindPerson, person.Kind);
    }

    [Fact]
    public void The_last_words_of_a_longer_name_with_its_particle_are_that_person()
    {
        // "Mario" is a given name: the later mention is a name of its own, save for the longer one it ends.
        var model = RuleArticle.Extract("Carlos Vitor Mario da Silveira took office on Monday. Mario da Silveira said the budget would pass.");
        var person = Assert.Single(model.Entities);
        Assert.Equal("Carlos Vitor Mario da Silveira", person.Name);
        Assert.Contains("Mario da Silveira", person.Forms);
    }
}
