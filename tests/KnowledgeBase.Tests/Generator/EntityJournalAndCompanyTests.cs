using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Names the world's lexicon holds because nothing in their words tells what they are: science journals and magazines
/// ("Scientific Reports", "National Geographic"), pollsters and fact-checkers ("Ipsos", "PolitiFact"), and companies whose
/// one-word names carry no organization head ("JetBlue", "GitLab"). The sentences are invented; the names are the world's.
/// </summary>
public sealed class EntityJournalAndCompanyTests
{
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;

    [Theory]
    [InlineData("Writing in Scientific Reports on Monday, biologists from Ostrel University argued that eels dream.", "Scientific Reports")]
    [InlineData("The eel study appeared in The Lancet Infectious Diseases on Tuesday, a week after the first.", "The Lancet Infectious Diseases")]
    [InlineData("Karel Brandt told National Geographic that the reef off Velden was dying.", "National Geographic")]
    [InlineData("A second paper, printed by Scientific American in May, found the same pattern in trout.", "Scientific American")]
    [InlineData("A survey of Velden voters by Ipsos found that most of them backed the plan.", "Ipsos")]
    [InlineData("The fact-checking site PolitiFact rated the claim of the mayor false on Friday.", "PolitiFact")]
    [InlineData("JetBlue cancelled forty flights out of Velden on Monday because of the storm.", "JetBlue")]
    [InlineData("GitLab said on Monday that it would hire two hundred engineers in Velden.", "GitLab")]
    public void A_journal_magazine_pollster_or_company_of_the_world_lexicon_is_one_organization(string text, string name)
    {
        Assert.Equal(KindOrganization, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }

    [Theory]
    [InlineData("Karel Brandt told National Geographic that the reef off Velden was dying.", "National")]
    [InlineData("The eel study appeared in The Lancet Infectious Diseases on Tuesday, a week after the first.", "The Lancet")]
    public void No_part_of_such_a_name_stands_alone(string text, string part)
    {
        Assert.DoesNotContain(RuleArticle.Extract(text).Entities, e => e.Name == part);
    }
}
