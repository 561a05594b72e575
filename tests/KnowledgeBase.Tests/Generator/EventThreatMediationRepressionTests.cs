using System;
using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Wire constructions whose CAMEO code is not the one their verb alone suggests (event-phrases.tsv, event-verbs.tsv): a vow of
/// revenge is a threat, not a pledge; a mediator mediates; tear gas fired at a crowd is repression, not war; people executed
/// are killed even when nobody is named; a confession is an admission and a charge denied by someone their denial. Each with
/// the look-alike that is no such act. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventThreatMediationRepressionTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static bool Root(EventModel e, string root) => e.Cameo.StartsWith(root, StringComparison.Ordinal);

    [Theory]
    [InlineData("Kenya vowed to retaliate against Uganda on Monday.")]
    [InlineData("Norway vowed revenge on Tuesday.")]
    [InlineData("Kenya said on Monday that it would retaliate against Uganda.")]
    public void A_vow_or_a_word_of_retaliation_is_a_threat_and_not_a_pledge(string sentence)
    {
        var events = Extract(sentence).Events;
        Assert.Contains(events, e => Root(e, "13"));
        Assert.DoesNotContain(events, e => Root(e, "03"));
    }

    [Theory]
    [InlineData("Kenya vowed to rebuild the bridge on Monday.")]
    [InlineData("Kenya said on Monday that it would respond to the letter.")]
    public void A_vow_or_a_word_of_something_else_is_no_threat(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => Root(e, "13"));
    }

    [Fact]
    public void A_mediator_between_sides_mediates_and_a_process_mediated_by_proteins_is_none()
    {
        var mediation = Assert.Single(Extract("Egypt mediated talks between Chile and Peru on Monday.").Events, e => e.Cameo == "045");
        Assert.Equal("Egypt", mediation.Participants[0]);
        Assert.DoesNotContain(Extract("The response is mediated by proteins in the blood.").Events, e => e.Cameo == "045");
    }

    // Each act with the look-alike that shares its verb and is no such act (nothing of the act's root is coded).
    [Theory]
    [InlineData("Norvale Police used water cannon against the crowd in Velden on Monday.", "Ostrel Shipping used water to cool the engines on Monday.", "175")]
    [InlineData("When the marchers pushed toward the ministry, riot police fired tear gas at them.", "The crowd tore down the fence on Monday.", "175")]
    [InlineData("Two prisoners were hanged in Velden on Monday.", "The plan was executed in Velden on Monday.", "1823")]
    [InlineData("Marta Oskarsen confessed to killing Tomas Vell in 2016.", "Karel Brandt confessed to reporters that he was tired.", "015")]
    public void An_act_is_coded_and_its_look_alike_is_not(string act, string lookAlike, string code)
    {
        Assert.Contains(Extract(act).Events, e => e.Cameo == code);
        Assert.DoesNotContain(Extract(lookAlike).Events, e => Root(e, code.Substring(0, 2)));
    }

    [Fact]
    public void A_charge_denied_by_someone_is_their_denial_and_entry_denied_is_none()
    {
        var denial = Assert.Single(Extract("The charges were denied by Karel Brandt on Monday.").Events, e => e.Cameo == "016");
        Assert.Equal(new[] { "Karel Brandt" }, denial.Participants.ToArray());
        Assert.DoesNotContain(Extract("Tomas Vell was denied entry by the guards on Monday.").Events, e => e.Cameo == "016");
    }

    [Theory]
    [InlineData("Ana Ruiz called the port deal \"lousy\" on Monday.")]
    [InlineData("Tomas Vell called the new tax \"scandalous\" on Monday.")]
    public void Calling_something_by_a_word_of_disapproval_is_criticism(string sentence)
    {
        Assert.Contains(Extract(sentence).Events, e => Root(e, "11"));
    }
}
