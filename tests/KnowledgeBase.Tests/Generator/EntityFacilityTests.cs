using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Facilities and landmarks are places; a country's mission abroad named with its city, and a name with a people's noun in the
/// possessive ("the People's Party"), are one organization (invented names).
/// </summary>
public sealed class EntityFacilityTests
{
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;
    private const KnowledgeBase.Generators.EntityKind KindPlace = KnowledgeBase.Generators.EntityKind.Place;

    [Theory]
    [InlineData("Miners were trapped in the Ostrel Mine on Monday.", "Ostrel Mine")]
    [InlineData("Mourners met at the Velden Memorial on Monday.", "Velden Memorial")]
    [InlineData("The concert was held at Norvale Hall on Monday.", "Norvale Hall")]
    [InlineData("The train stopped at Velden Station on Monday.", "Velden Station")]
    [InlineData("Pilgrims visited the Ostrel Temple on Monday.", "Ostrel Temple")]
    [InlineData("Crowds gathered at the Velden Monument on Monday.", "Velden Monument")]
    [InlineData("The poet was buried at the Ostrel Cemetery on Monday.", "Ostrel Cemetery")]
    [InlineData("The poet was buried at Norvale Military Cemetery on Monday.", "Norvale Military Cemetery")]
    [InlineData("Smoke rose from the Velden Tower on Monday.", "Velden Tower")]
    public void A_facility_or_landmark_word_ending_a_name_makes_it_a_place(string text, string name)
    {
        Assert.Equal(KindPlace, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }

    [Theory]
    [InlineData("Karel Brandt met Mira Hall on Monday.", "Mira Hall")]
    [InlineData("Anka Mira Hall was arrested on Monday.", "Anka Mira Hall")]
    public void A_building_word_after_a_given_name_is_a_surname(string text, string name)
    {
        Assert.Equal(KindPerson, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }

    [Fact]
    public void A_hall_of_an_institution_is_no_place()
    {
        Assert.DoesNotContain(RuleArticle.Extract("The band entered the Ostrel Hall of Fame on Monday.").Entities, e => e.Kind == KindPlace);
    }

    [Theory]
    [InlineData("Protesters gathered outside the Norland Embassy in Velden on Monday.", "Norland Embassy in Velden")]
    [InlineData("The Embassy of Norland in Velden said on Monday that it would close.", "Embassy of Norland in Velden")]
    [InlineData("Karel Brandt wrote to the Norland Consulate in Ostrel on Monday.", "Norland Consulate in Ostrel")]
    [InlineData("Mira Holt, a member of the People's Party of Norland, spoke on Monday.", "People's Party of Norland")]
    [InlineData("The Ostrel Workers' Party called a strike on Monday.", "Ostrel Workers' Party")]
    [InlineData("Karel Brandt joined the Velden Women's League on Monday.", "Velden Women's League")]
    public void An_embassy_named_with_its_city_or_a_name_with_a_peoples_noun_in_the_possessive_is_one_organization(string text, string name)
    {
        Assert.Equal(KindOrganization, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }
}
