using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A person named before "'s" and a role or kin noun ("Karel Brandt's nephew Jonas Halvik") only says who the named person
/// is: the possessor takes no part in the act, and a possessor of that kind never speaks. Invented sentences; the dateline is
/// Sunday, July 28, 2019.
/// </summary>
public sealed class EventPossessorOfRoleTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Police arrested Karel Brandt's nephew Jonas Halvik on Saturday.", "17", "Jonas Halvik", "Karel Brandt")]
    [InlineData("Marta Oskarsen criticized Lena Varga's husband, Piet Aaldering, on Friday.", "11", "Piet Aaldering", "Lena Varga")]
    [InlineData("Senator Ivo Tamm met Governor Lise Tormund's son-in-law and adviser Teodor Marsk on Friday.", "04", "Teodor Marsk", "Lise Tormund")]
    public void The_possessor_of_a_named_role_takes_no_part(string sentence, string root, string party, string possessor)
    {
        var act = Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal));
        Assert.Contains(party, act.Participants);
        Assert.DoesNotContain(possessor, act.Participants);
    }

    [Theory]
    [InlineData("Tomas Vell gave an interview after his trial, in which he voiced no sorrow over his cousin's injuries and then mentioned clan loyalty.")]
    [InlineData("Tomas Vell held a press event after his 2017 arrest in which he felt no regret for his sister's killing and pointedly mentioned family pride.")]
    public void A_kin_noun_before_its_possessive_mark_does_not_speak(string sentence)
    {
        var quote = Assert.Single(Extract(sentence).Quotes, q => q.Cue == "mentioned");
        Assert.Equal("Tomas Vell", quote.Speaker);
    }
}
