using System;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Trigger words read in their sentence: a candidate's rally is campaigning, goods sold out and a place taken over are no sale,
/// a plea in court and an appeal a court hears are no appeal to someone.
/// (The questioning and walk-out rows of event-phrases.tsv run their examples in EventRuleTests.)
/// </summary>
public sealed class EventTriggerSenseTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs, "a.txt");

    private static bool IsProtest(EventModel e) => e.Cameo.StartsWith("14", StringComparison.Ordinal);

    [Theory]
    [InlineData("Mira Halden, a hopeful for the governorship of Velden, held a rally in Ostria on Wednesday.")] // the name before an appositive
    [InlineData("Tomas Vell stayed away from the televised debate, holding rallies in Ostria instead.")] // a participle after a comma: the sentence's subject
    [InlineData("Late in the spring, Mira Halden toured the northern valleys, holding three rallies a day.")] // the subject after an opening phrase
    public void A_candidates_or_office_holders_rally_is_no_protest(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, IsProtest);

    [Fact]
    public void A_rally_held_by_activists_is_still_a_protest() =>
        Assert.Contains(Extract("Members of the Velden Farmers Union, angry at the fuel levy, held a rally in Ostria on Sunday.").Events, IsProtest);

    [Theory]
    [InlineData("Seats for the Ostria Philharmonic sold out within two hours on Monday.")]
    [InlineData("The Ostria Workers Party celebrated the anniversary of its takeover of Poland.")]
    [InlineData("Velden has been under army rule since a military takeover by General Karel Brandt in 2019.")]
    public void Goods_sold_out_and_power_over_a_place_seized_are_no_sale(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("061", StringComparison.Ordinal));

    [Fact]
    public void A_company_taken_over_is_still_a_sale() =>
        Assert.Contains(Extract("Velco Mining completed its takeover of Brandt Holdings on Monday.").Events, e => e.Cameo.StartsWith("061", StringComparison.Ordinal));

    [Theory]
    [InlineData("Governor Mira Halden put search and rescue teams on standby ahead of the Ostria floods.")]
    [InlineData("The Velden Coast Guard keeps search and rescue personnel on every island of the Ostria chain.")]
    public void A_trigger_word_joined_to_another_before_a_compound_head_names_no_event(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "search");

    [Fact]
    public void A_search_for_someone_is_still_an_event() =>
        Assert.Contains(Extract("The Velden Coast Guard launched a search for the fisherman Tomas Vell on Monday.").Events, e => e.Kind == "search");

    [Theory]
    [InlineData("The Velden mayor's office said Mayor Tomas Vell had cancelled his entire Friday schedule.")]
    [InlineData("Senator Mira Halden has cancelled all her upcoming public appearances, her office said on Monday.")]
    [InlineData("After the floods in Ostria, Governor Mira Halden cancelled events as she flew home.")]
    public void Ones_own_schedule_or_unnamed_events_called_off_are_no_cancellation(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "cancellation");

    [Fact]
    public void A_named_occasion_called_off_is_still_a_cancellation() =>
        Assert.Contains(Extract("Mayor Tomas Vell cancelled the Ostria harbour festival on Monday.").Events, e => e.Kind == "cancellation");

    [Theory]
    [InlineData("The trial of Karel Brandt in Ostria had been set for April before he changed his plea.")]
    [InlineData("Through his lawyer, Tomas Vell entered a guilty plea to two counts of arson in Velden on Monday.")]
    [InlineData("Prosecutors in Ostria said the plea deal with Mira Halden spared the harbour workers a long trial.")]
    [InlineData("Tomas Vell and Karel Brandt entered pleas of not guilty at the Velden court on Tuesday.")]
    public void A_plea_in_court_is_no_appeal(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Norland High Court hears appeals from six regional courts of Ostria.")]
    [InlineData("The Norland High Court heard the appeal of Ostrel Shipping against the harbour fine on Monday.")]
    public void An_appeal_a_court_hears_is_no_appeal_to_someone(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));

    [Fact]
    public void A_plea_to_someone_is_still_an_appeal() =>
        Assert.Contains(Extract("Mayor Ana Ruiz of Velden made a plea to Ostrel Shipping for more ferries on Monday.").Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));

    [Fact]
    public void Drones_or_software_deployed_show_no_force() =>
        Assert.DoesNotContain(Extract("The Ostrel Survey Group sailed to the bay and deployed underwater drones to map the wreck on Monday.").Events, e => e.Cameo.StartsWith("15", StringComparison.Ordinal));

    [Fact]
    public void Soldiers_deployed_are_still_a_show_of_force() =>
        Assert.Contains(Extract("Governor Mira Halden deployed the state guard to Ostria on Monday.").Events, e => e.Cameo.StartsWith("15", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Velden Police searched the Ostrel depot on Friday and, on investigation in its cellar, found three crates of rifles.")]
    [InlineData("The Velden Police entered the flat of Karel Brandt on Friday; upon investigation in the kitchen, they found a pistol.")]
    public void A_bare_inquiry_after_on_or_upon_is_the_looking_another_act_comes_of(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "investigation");

    [Fact]
    public void An_inquiry_released_pending_is_still_an_investigation() =>
        Assert.Contains(Extract("The Velden Police arrested Karel Brandt on Friday and released him on Saturday pending investigation.").Events, e => e.Kind == "investigation");
}
