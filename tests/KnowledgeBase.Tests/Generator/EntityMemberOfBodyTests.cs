using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "X of the Velden Fire Service said": a body speaks through a person of it, so a name with no given name the lexicon knows
/// before "of", a body's name and a speech verb is a person's; a name ending in a business-sector word ("Velden Mining")
/// that speaks is the firm's. Invented names.
/// </summary>
public sealed class EntityMemberOfBodyTests
{
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;

    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Fact]
    public void A_name_of_a_body_that_speaks_is_a_person_and_the_body_an_organization()
    {
        var model = Extract("Smoke rose over the port. Tarvi Oskanen of the Rogmark Harbour Authority said the building might collapse.");
        Assert.Equal(KindPerson, Assert.Single(model.Entities, e => e.Name == "Tarvi Oskanen").Kind);
        Assert.Equal(KindOrganization, Assert.Single(model.Entities, e => e.Name == "Rogmark Harbour Authority").Kind);
    }

    [Fact]
    public void A_firm_named_by_a_common_word_before_of_stays_an_organization()
    {
        var model = Extract("Velden Trading of the Ostrel Group said profits rose in the spring.");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Velden Trading" && e.Kind == KindPerson);
    }

    [Theory]
    [InlineData("Velden Mining said on Monday it would close the mine. Velden Mining employs 400 people.", "Velden Mining")]
    [InlineData("Ostrel Analytics said the poll margin was small. Ostrel Analytics polled 900 voters.", "Ostrel Analytics")]
    public void A_name_ending_in_a_business_sector_word_that_speaks_is_a_firm_not_a_person(string text, string name)
    {
        var firm = Assert.Single(Extract(text).Entities, e => e.Name == name);
        Assert.Equal(KindOrganization, firm.Kind);
    }
}
