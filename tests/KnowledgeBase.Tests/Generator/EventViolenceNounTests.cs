using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Acts of violence told by a noun: a definite or dated act ("the attack", "Monday's bombing") names an act told before, but
/// when nothing violent was told before and its own clause says what harm it did, it is told here first; the harm its verb
/// tells is no second act; a town struck is where; a state's adjective before it names the doer. Invented sentences; the
/// dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventViolenceNounTests
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

    [Theory]
    [InlineData("Three guests were wounded in the shooting at the wedding.")]
    [InlineData("The shooting took place outside a bakery on Friday.")]
    [InlineData("Two porters died in last night's ambush, a hospital nurse told the press.")]
    public void A_definite_act_of_violence_that_took_place_or_harmed_people_is_told_first_when_none_was_told_before(string sentence)
    {
        var act = Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal) || e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
        Assert.Empty(act.Participants);
    }

    [Theory]
    [InlineData("The second attack was at a market in Velmar, killing four traders.")]
    [InlineData("A shooting at a bakery in Velmar on Friday, which left two dead, shocked the town.")]
    [InlineData("The first attack was at the Ostrel depot at about 10:40 (0840 UTC), which left nine guards dead.")]
    public void An_act_of_violence_whose_toll_follows_a_comma_is_told_first_when_none_was_told_before(string sentence)
    {
        var act = Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal) || e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
        Assert.Empty(act.Participants);
    }

    [Theory]
    [InlineData("He warned of a possible attack in Velmar, killing dozens.")]
    [InlineData("Officials fear an attack on the Ostrel depot, which could kill hundreds.")]
    public void A_feared_act_of_violence_with_a_toll_after_it_is_no_act(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal) || e.Cameo.StartsWith("18", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("Since the shooting occurred, the bakery has stayed shut.", 0)]
    [InlineData("A stray dog died when a bait packed with powder exploded on Monday. The killing took place in a pine wood.", 0)]
    [InlineData("Gunmen killed six soldiers in Mali on Monday. The attack took place near the border.", 1)]
    public void An_act_of_violence_said_to_take_place_after_a_time_word_or_after_harm_told_before_is_no_new_act(string paragraphs, int acts)
    {
        Assert.Equal(acts, Extract(paragraphs).Events.Count(e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal) || e.Cameo.StartsWith("18", System.StringComparison.Ordinal)));
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

    [Theory]
    [InlineData("An attack on Kharkiv killed four civilians.")]
    [InlineData("A car bombing near Gao killed six soldiers.")]
    public void An_act_of_violence_on_a_town_with_nobody_named_is_one_event(string sentence)
    {
        var act = Assert.Single(Extract(sentence).Events);
        Assert.StartsWith("1", act.Cameo, System.StringComparison.Ordinal);
        Assert.Empty(act.Participants);
    }

    [Theory]
    [InlineData("Israeli air strikes on Gaza killed ten people on Monday.", "Israel")]
    [InlineData("A Russian missile attack on Kyiv killed four civilians.", "Russia")]
    [InlineData("Turkish drone strikes killed five fighters in northern Iraq.", "Turkey")]
    public void A_states_adjective_before_an_act_of_violence_names_the_state_that_used_the_force(string sentence, string doer)
    {
        var act = Assert.Single(Extract(sentence).Events);
        Assert.Equal(doer, act.Participants[0]);
    }
}
