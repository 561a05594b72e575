using System;
using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Steps of a criminal case and the acts around them read in their sentence: a complaint filed against someone in the passive,
/// a trial set for a later day, counts faced, the decision an appeal names, deaths in a road crash told by the driver's clause, bail refused. (The rows of event-phrases.tsv run their own examples in EventRuleTests.) Invented sentences.
/// </summary>
public sealed class EventLegalStepTests
{
    private const int StatusPlanned = 2;

    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs, "a.txt");

    [Fact]
    public void A_complaint_filed_against_him_in_the_passive_has_the_person_named_before_as_its_party()
    {
        var events = Extract("Tomas Vell stepped down as mayor of Corvel on Friday. On Wednesday a complaint had been filed against him over unpaid invoices.").Events;
        Assert.Contains(events, e => e.Cameo == "115" && e.Participants.SequenceEqual(new[] { "Tomas Vell" }));
    }

    [Fact]
    public void A_trial_set_for_a_later_month_is_planned_legal_action()
    {
        var e = Assert.Single(Extract("Dorin Maltsev remains in custody in Corvel, and his trial has been set for November.").Events, e => e.Kind == "trial");
        Assert.Equal("173", e.Cameo);
        Assert.Equal(StatusPlanned, e.Status);
    }

    [Fact]
    public void The_decision_an_appeal_names_is_no_new_ruling_nor_conviction()
    {
        var events = Extract("Dorin Maltsev appealed the conviction to the Velden High Court on Monday.").Events;
        Assert.Contains(events, e => e.Kind == "appeal" && e.Participants.Contains("Dorin Maltsev"));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("116", StringComparison.Ordinal));
    }

    [Fact]
    public void Deaths_after_a_driver_struck_others_are_a_crash_not_a_killing()
    {
        var events = Extract("Anton Brel was driving a delivery van on the wrong side of Route 9 near Corvel on Friday and hit two parked cars, killing a pedestrian.").Events;
        Assert.Contains(events, e => e.Cameo == "000" && e.Kind == "crash" && e.Participants.Contains("Anton Brel"));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal));
    }

    [Fact]
    public void A_truck_driven_into_a_crowd_is_still_an_attack()
    {
        var events = Extract("Anton Brel drove a stolen truck into a crowd of shoppers in Corvel on Friday, killing nine.").Events;
        Assert.DoesNotContain(events, e => e.Kind == "crash");
    }

    [Fact]
    public void Bail_refused_by_a_judge_is_a_ruling_on_the_accused() =>
        Assert.Contains(Extract("Anton Brel was refused bail by a Corvel judge on Sunday.").Events, e => e.Kind == "ruling" && e.Participants.Contains("Anton Brel"));

    [Fact]
    public void Counts_faced_by_two_people_told_before_are_a_charge_on_both()
    {
        var events = Extract("Anton Brel and Mira Holt were sentenced in Corvel on Friday. Specifically, both parents faced eleven counts of neglect and four counts of fraud.").Events;
        Assert.Contains(events, e => e.Cameo == "173" && e.Kind == "charge" && e.Participants.SequenceEqual(new[] { "Anton Brel", "Mira Holt" }));
    }

    [Fact]
    public void Felony_counts_someone_is_facing_are_a_charge() =>
        Assert.Contains(Extract("Dorin Maltsev is facing two felony counts of arson, prosecutors in Corvel said on Sunday.").Events, e => e.Cameo == "173" && e.Participants.Contains("Dorin Maltsev"));

    [Fact]
    public void Counts_one_could_face_or_a_recount_faced_are_no_charge()
    {
        Assert.DoesNotContain(Extract("Dorin Maltsev could face three counts of arson in Corvel.").Events, e => e.Cameo == "173");
        Assert.DoesNotContain(Extract("Dorin Maltsev faced a recount of the ballots in Corvel on Sunday.").Events, e => e.Cameo == "173");
    }

    public static System.Collections.Generic.IEnumerable<object[]> CrimeComplementRows() =>
        KnowledgeBase.Generators.Extraction.Events.LegalReasons.CrimeComplements.Select(r => new object[] { r.Example, r.Step });

    // Whoever the crime a finding, a plea or a charge names takes no part in the legal step: the accused alone does.
    [Theory]
    [MemberData(nameof(CrimeComplementRows))]
    public void Who_is_named_in_the_crime_of_a_legal_step_takes_no_part_in_it(string sentence, string step)
    {
        var events = Extract(sentence).Events;
        Assert.Contains(events, e => e.Kind == step && e.Participants.Contains("Karel Brandt"));
        Assert.DoesNotContain(events, e => e.Kind == step && e.Participants.Contains("Mira Holt"));
    }

    [Fact]
    public void The_court_named_after_by_still_convicts() =>
        Assert.Contains(Extract("Karel Brandt was convicted of taking bribes from Mira Holt by the Velden District Court on Friday.").Events,
            e => e.Kind == "conviction" && e.Participants.Contains("Velden District Court") && !e.Participants.Contains("Mira Holt"));

    // Who is named in the appositive that describes the accused before the verb takes no part in the legal step.
    [Theory]
    [InlineData("Karel Brandt, the founder of Ostrel Builders, was convicted of tax fraud in Velden on Friday.", "conviction", "Ostrel Builders")]
    [InlineData("Karel Brandt, a director of Ostrel Builders, was sentenced on Friday to eight years behind bars.", "sentencing", "Ostrel Builders")]
    [InlineData("Karel Brandt, formerly the chief executive of Ostrel Builders, pleaded guilty to tax fraud on Friday.", "plea", "Ostrel Builders")]
    public void Who_the_appositive_of_the_accused_names_takes_no_part_in_the_legal_step(string sentence, string step, string named)
    {
        var e = Assert.Single(Extract(sentence).Events, e => e.Kind == step);
        Assert.Contains("Karel Brandt", e.Participants);
        Assert.DoesNotContain(named, e.Participants);
    }

    // A vow to investigate is the investigation announced (planned), as the gold codes the act vowed, not a pledge (CAMEO 030).
    [Fact]
    public void A_vow_to_investigate_is_a_planned_investigation_not_a_pledge()
    {
        var events = Extract("The Norvale Senate vowed to probe the harbour accounts of Mayor Tomas Vell.").Events;
        Assert.Contains(events, e => e.Cameo == "090" && e.Status == StatusPlanned && e.Participants.Contains("Norvale Senate"));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
    }

    [Fact]
    public void A_vow_of_anything_else_is_still_a_pledge_made() =>
        Assert.Contains(Extract("The Norvale Senate vowed to support Mayor Tomas Vell.").Events, e => e.Cameo == "030" && e.Status != StatusPlanned);
}
