using Xunit;

namespace KnowledgeBase.Tests.Generator;

// Offices named with what they govern or head: the title is no part of a place, "General" no title inside an agency's name.
public sealed partial class EntityConstructionTests
{
    [Theory]
    [InlineData("A young surgeon won a medal from the Governor of Velka Oblast this spring.", "Velka Oblast")]
    [InlineData("Marta Velez once ran for District Attorney of Corran County but lost the primary.", "Corran County")]
    public void A_title_of_a_place_a_place_word_ends_names_the_place_without_the_title(string text, string place)
    {
        var model = Extract(text);
        Assert.Contains(model.Entities, e => e.Name == place && e.Kind == KindPlace);
        Assert.DoesNotContain(model.Entities, e => e.Name.Contains(" of ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_organization_head_then_General_and_of_is_one_agency()
    {
        var model = Extract("The Directorate General of Coastal Aviation said the jet left the wet runway at dawn.");
        var agency = Assert.Single(model.Entities, e => e.Name == "Directorate General of Coastal Aviation");
        Assert.Equal(KindOrganization, agency.Kind);
        Assert.DoesNotContain(model.Entities, e => e.Kind == KindPerson);
    }
}
