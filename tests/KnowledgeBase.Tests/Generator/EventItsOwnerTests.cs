using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "its" before an event noun names a body or a country, never a person: the act is the last organization's or country's
/// named before it, even with a person named nearer ("a complaint from passenger Lena Varga ... its inquiry"). Invented
/// sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventItsOwnerTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Velden Airways received a complaint from passenger Lena Varga on Monday and opened its inquiry into the delayed flight.", "09", "Velden Airways", "Lena Varga")]
    [InlineData("The Velden Medical Council wrote to surgeon Tomas Vell on Monday, a week after its criticism of the clinic.", "11", "Velden Medical Council", "Tomas Vell")]
    public void Its_act_belongs_to_the_body_named_before_it(string sentence, string root, string owner, string person)
    {
        var acts = Extract(sentence).Events.Where(e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal)).ToList();
        var act = Assert.Single(acts);
        Assert.Equal(owner, act.Participants.First());
        Assert.NotEqual(person, act.Participants.First());
    }
}
