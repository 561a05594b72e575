using System.Linq;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>Names whose words come in another order than the usual one: office names turned round, towns with persons' words, Korean names.</summary>
public sealed class EntityNameOrderTests
{
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;
    private const KnowledgeBase.Generators.EntityKind KindPlace = KnowledgeBase.Generators.EntityKind.Place;

    public static TheoryData<int> OfficeNameRows() => new(Enumerable.Range(0, EntityRecognizer.OfficeNameRows.Length));

    public static TheoryData<int> CompanySuffixRows() => new(Enumerable.Range(0, EntityRecognizer.CompanySuffixRows.Length));

    public static TheoryData<int> NationalBranchRows() => new(Enumerable.Range(0, EntityRecognizer.NationalBranchRows.Length));

    public static TheoryData<int> TownNameRows() => new(Enumerable.Range(0, EntityRecognizer.TownNameRows.Length));

    public static TheoryData<int> DivisionFirstRows() => new(Enumerable.Range(0, EntityRecognizer.DivisionFirstRows.Length));

    [Theory]
    [MemberData(nameof(OfficeNameRows))]
    public void An_office_named_in_both_orders_is_one_organization(int row)
    {
        var rule = EntityRecognizer.OfficeNameRows[row];
        AssertOneOrganizationWithForm(rule.Example, rule.Name, rule.Form);
    }

    [Theory]
    [MemberData(nameof(CompanySuffixRows))]
    public void A_company_named_without_its_legal_form_is_the_same_company(int row)
    {
        var rule = EntityRecognizer.CompanySuffixRows[row];
        AssertOneOrganizationWithForm(rule.Example, rule.Name, rule.Form);
    }

    [Theory]
    [MemberData(nameof(NationalBranchRows))]
    public void A_name_and_a_country_after_it_are_one_organization_not_a_place(int row)
    {
        var rule = EntityRecognizer.NationalBranchRows[row];
        var entities = RuleArticle.Extract(rule.Example).Entities;
        Assert.Equal(rule.Name, Assert.Single(entities, e => e.Kind == KindOrganization).Name);
        Assert.DoesNotContain(entities, e => e.Kind == KindPlace);
    }

    private static void AssertOneOrganizationWithForm(string example, string name, string form)
    {
        var entity = Assert.Single(RuleArticle.Extract(example).Entities, e => e.Kind == KindOrganization);
        Assert.Equal(name, entity.Name);
        Assert.Contains(form, entity.Forms);
    }

    [Theory]
    [MemberData(nameof(TownNameRows))]
    public void An_unknown_word_and_a_persons_name_after_a_place_word_are_a_town(int row)
    {
        var rule = EntityRecognizer.TownNameRows[row];
        var entity = Assert.Single(RuleArticle.Extract(rule.Example).Entities);
        Assert.Equal(rule.Name, entity.Name);
        Assert.Equal(KindPlace, entity.Kind);
    }

    [Theory]
    [MemberData(nameof(DivisionFirstRows))]
    public void A_division_word_before_a_name_is_part_of_the_places_name(int row)
    {
        var rule = EntityRecognizer.DivisionFirstRows[row];
        var places = RuleArticle.Extract(rule.Example).Entities.Where(e => e.Kind == KindPlace).ToList();
        Assert.Equal(2, places.Count);
        Assert.Contains(places, e => e.Name == rule.Name);
        Assert.All(places, e => Assert.StartsWith(rule.Word + " ", e.Name));
    }

    [Fact]
    public void A_title_before_the_name_keeps_the_person()
    {
        var entity = Assert.Single(RuleArticle.Extract("The letter came from Senator Omar Said Bakri on Monday.").Entities);
        Assert.Equal(KindPerson, entity.Kind);
    }

    [Theory]
    [InlineData("Opposition leader Choi Jae Hwan spoke in Seoul on Monday. Choi said the vote was unfair.", "Choi Jae Hwan", "Choi", "Hwan")]
    // "Park" is a place word ("Velden Park"); before the given name's two syllables it is the family name.
    [InlineData("Park Min Jun arrived in Seoul on Monday. Park said the visit had been useful.", "Park Min Jun", "Park", "Jun")]
    public void A_korean_name_of_three_words_has_its_family_name_first(string text, string name, string family, string notForm)
    {
        var person = Assert.Single(RuleArticle.Extract(text).Entities, e => e.Kind == KindPerson);
        Assert.Equal(name, person.Name);
        Assert.Contains(family, person.Forms);
        Assert.DoesNotContain(notForm, person.Forms);
    }
}
