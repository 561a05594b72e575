using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A weapon as the subject of a violent verb ("a drone struck", "shells hit"): the act happened, and the state whose adjective
/// or possessive stands before the weapon fired it ("a Russian drone", "Nigeria's warplanes"); an unowned weapon leaves the
/// doer out (the gold's convention for an unnamed perpetrator). Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventWeaponSubjectTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static bool IsForce(EventModel e) => e.Cameo.StartsWith("19", System.StringComparison.Ordinal) || e.Cameo.StartsWith("18", System.StringComparison.Ordinal);

    [Theory]
    [InlineData("A Russian drone struck a fuel depot outside Ostrel on Monday.", "Russia")]
    [InlineData("Turkish artillery shelled the hill village of Velmar on Friday.", "Turkey")]
    [InlineData("Nigeria's warplanes bombed a rebel camp near Dunmore on Saturday.", "Nigeria")]
    [InlineData("Russian jets pounded the outskirts of Ostrel on Monday.", "Russia")]
    public void A_states_weapon_as_the_subject_names_the_state_that_used_the_force(string sentence, string doer)
    {
        var act = Assert.Single(Extract(sentence).Events, IsForce);
        Assert.Equal(doer, act.Participants[0]);
    }

    [Theory]
    [InlineData("Two drones struck a fuel depot outside Ostrel on Monday.")]
    [InlineData("On Friday, mortars shelled the market square of Velmar.")]
    [InlineData("A gunman shot two guards outside Ostrel on Monday.")]
    public void An_unowned_weapon_as_the_subject_still_tells_the_act(string sentence)
    {
        var act = Assert.Single(Extract(sentence).Events, IsForce);
        Assert.Empty(act.Participants);
    }

    [Theory]
    [InlineData("Russian diplomats hit back at the critics of the treaty on Monday.")]
    [InlineData("A storm hit the coast near Ostrel on Monday.")]
    public void Other_subjects_are_no_weapon(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => IsForce(e) && e.Participants.Contains("Russia"));
}
