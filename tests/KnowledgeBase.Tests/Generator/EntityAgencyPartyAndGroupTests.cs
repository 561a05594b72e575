using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Government agencies, parties, armed groups, unions and international bodies the world's lexicon holds because the
/// words an article uses for them do not say what they are: a foreign acronym that spells no English initials ("YPG"),
/// a nickname ("Scotland Yard"), a one-word party name ("Fidesz"). The sentences are invented; the names are the world's.
/// </summary>
public sealed class EntityAgencyPartyAndGroupTests
{
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;

    [Theory]
    [InlineData("The YPG said on Monday that its fighters had left the village of Ostrel.", "People's Protection Units", "YPG")]
    [InlineData("Scotland Yard said two men had been arrested near the Velden docks on Friday.", "Metropolitan Police Service", "Scotland Yard")]
    [InlineData("The KMT lost two seats in the Velden county by-election on Saturday.", "Kuomintang", "KMT")]
    [InlineData("A spokesman for the AQAP claimed that the group had planted the bomb in Ostrel.", "al-Qaeda in the Arabian Peninsula", "AQAP")]
    [InlineData("The NRA spent two million dollars on advertising in the Velden race.", "National Rifle Association", "NRA")]
    public void An_acronym_or_nickname_of_the_world_lexicon_is_the_organization_it_names(string text, string name, string form)
    {
        var entity = Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name);
        Assert.Equal(KindOrganization, entity.Kind);
        // A form keeps the article read before it ("The YPG"), as the gazetteer matched it.
        Assert.Contains(entity.Forms.AsEnumerable(), f => f == form || f == "The " + form || f == "the " + form);
    }

    [Theory]
    [InlineData("Fidesz won a majority of the seats on the Velden county council on Sunday.", "Fidesz")]
    [InlineData("Peshmerga fighters retook the village of Ostrel after two days of shelling.", "Peshmerga")]
    [InlineData("The Tatmadaw denied on Tuesday that its soldiers had burned homes in Ostrel.", "Tatmadaw")]
    [InlineData("Sinn Féin called on Monday for a vote on the future of the Velden border crossing.", "Sinn Féin")]
    public void A_one_word_party_or_force_of_the_world_lexicon_is_an_organization(string text, string name)
    {
        Assert.Equal(KindOrganization, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }

    [Fact]
    public void The_full_name_and_the_acronym_written_apart_are_one_organization()
    {
        var article = RuleArticle.Extract("Members of the People's Protection Units were seen near Ostrel on Monday. The YPG denied the report.");
        var entity = Assert.Single(article.Entities, e => e.Name == "People's Protection Units");
        Assert.Contains(entity.Forms.AsEnumerable(), f => f.EndsWith("YPG", System.StringComparison.Ordinal));
        Assert.Equal("People's Protection Units", entity.Name);
    }
}
