using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "its" before an event noun names a body or a country, never a person: the act is its clause's subject's when that is
/// an organization or a country, even with a person named nearer ("a complaint from passenger Lena Varga ... its
/// inquiry"); a body named in a fronted phrase owns nothing. Invented sentences; the dateline is Sunday, July 28, 2019.
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

    [Theory]
    [InlineData("Following a complaint from the Velden Dockers Union, the Ostrel ministry opened its investigation on Tuesday.", "09", "Velden Dockers Union")]
    public void Its_is_not_a_body_named_in_a_fronted_phrase(string sentence, string root, string body)
    {
        var acts = Extract(sentence).Events.Where(e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal));
        Assert.DoesNotContain(acts, e => e.Participants.Contains(body));
    }
}
