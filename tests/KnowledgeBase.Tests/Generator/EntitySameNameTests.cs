using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// One name, one entity within an article: a full name shown to be a person at one mention is that person where nothing
/// shows it (invented names).
/// </summary>
public sealed class EntitySameNameTests
{
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;

    [Theory]
    [InlineData("In 2016, the Velden Party ticket of Karel Castle for governor won 2,000 votes. Party leaders praised nominee Karel Castle on Monday.")]
    public void A_name_shown_to_be_a_person_once_is_that_person_at_every_mention(string text)
    {
        var named = RuleArticle.Extract(text).Entities.Where(e => e.Name == "Karel Castle").ToList();
        Assert.Equal(KindPerson, Assert.Single(named).Kind);
    }
}
