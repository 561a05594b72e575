using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Short wire constructions: a crowd told by its count ("Thousands protested"), an act vetoed, a building stormed.
/// Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventWireConstructionTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Thousands protested in Chile against the new tax on Saturday.", "14")]
    [InlineData("Hundreds were arrested in Peru after the march on Friday.", "17")]
    public void A_crowd_told_by_its_count_is_people_to_whom_an_act_is_done_or_who_do_it(string sentence, string root)
    {
        Assert.Contains(Extract(sentence).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal));
    }

    [Fact]
    public void What_a_country_vetoed_was_not_imposed()
    {
        var events = Extract("Austria vetoed sanctions against Norway on Monday.").Events;
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("16", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Storming_a_building_is_an_attack()
    {
        Assert.Contains(Extract("Gunmen stormed a bank in Velden on Monday, killing four guards.").Events, e => e.Cameo == "190");
    }

    [Fact]
    public void Fighting_is_armed_fighting_only_when_told_happening_or_between_sides()
    {
        Assert.Contains(Extract("Heavy fighting in Velden killed ten people on Monday.").Events, e => e.Cameo == "190");
        Assert.DoesNotContain(Extract("Ana Ruiz spent ten years fighting for a national holiday.").Events, e => e.Cameo == "190");
    }

    [Theory]
    [InlineData("The Norvale Assembly voted on Monday to impeach President Ana Ruiz.", "dismissal")]
    [InlineData("The Norvale Senate voted unanimously to acquit President Ana Ruiz.", "ruling")]
    public void A_vote_told_with_its_day_or_manner_before_to_still_decides_the_act(string sentence, string kind)
    {
        Assert.Contains(Extract(sentence).Events, e => e.Kind == kind && e.Participants.Contains("Ana Ruiz"));
    }

    [Fact]
    public void Armed_sides_that_exchange_fire_fight()
    {
        var clash = Assert.Single(Extract("Chile and Peru exchanged fire along the border on Monday.").Events);
        Assert.Equal("190", clash.Cameo);
    }
}
