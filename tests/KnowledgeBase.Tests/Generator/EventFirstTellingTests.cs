using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A definite or dated act ("the attack", "Monday's bombing") names an act told before; when nothing violent was told before
/// and its own clause says what harm it did, it is told here first. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventFirstTellingTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("The attack in Mali killed six soldiers.", "19")]
    [InlineData("Monday's bombing in Kenya killed four policemen.", "18")]
    [InlineData("The ambush near the border left three soldiers dead in Chad.", "19")]
    public void A_definite_act_of_violence_that_did_harm_is_told_first_when_none_was_told_before(string sentence, string root)
    {
        var act = Assert.Single(Extract(sentence).Events);
        Assert.StartsWith(root, act.Cameo, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_definite_act_after_violence_told_before_names_it_again()
    {
        var events = Extract("Gunmen killed six soldiers in Mali on Monday. The attack in the north left the town in shock.").Events;
        Assert.Single(events, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal) || e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_ambush_is_an_attack()
    {
        var ambush = Assert.Single(Extract("Rebels from Mali ambushed an army convoy near Gao on Monday.").Events);
        Assert.Equal("190", ambush.Cameo);
    }
}
