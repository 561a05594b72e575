using System;
using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Verbal and diplomatic acts told with constructions of their own (event-phrases.tsv): asking, encouraging or requesting
/// (appeals, CAMEO 02), contacting (04), praising and recognizing (05), lifting restrictions or sanctions (08), cutting ties
/// and designating a terrorist group (16), a statement released. Each with the look-alike that is no such act. Invented sentences.
/// </summary>
public sealed partial class VerbalEventRuleTests
{
    // Sunday, July 28, 2019
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs, "a.txt");

    private static bool Root(EventModel e, string root) => e.Cameo.StartsWith(root, StringComparison.Ordinal);

    [Fact]
    public void Asking_someone_to_act_is_an_appeal_and_a_question_or_a_reporters_request_is_none()
    {
        var appeal = Assert.Single(Extract("Senator Ana Ruiz asked Tomas Vell to resign on Monday.").Events, e => Root(e, "02"));
        Assert.Equal(new[] { "Ana Ruiz", "Tomas Vell" }, appeal.Participants.ToArray());
        foreach (var none in new[]
        {
            "Senator Ana Ruiz asked Tomas Vell whether he would run again.",
            "The Velden Herald asked two economists to explain the budget.",
            "Senator Ana Ruiz was asked to step aside by her party.",
            "Ana Ruiz did not ask Tomas Vell to resign.",
        })
            Assert.DoesNotContain(Extract(none).Events, e => Root(e, "02"));
    }

    // A round-up tells one pair's criticisms paragraph after paragraph: each verb in its own paragraph is another occasion.
    [Theory]
    [InlineData("Senator Ana Ruiz criticized Governor Tomas Vell over the harbour tax in May.\n\nIn a later radio interview, Ruiz criticized Vell for closing the ferry line.", 2)]
    [InlineData("Senator Ana Ruiz criticized Governor Tomas Vell over the harbour tax in May. In a radio interview, Ruiz criticized Vell for the tax.", 1)]
    [InlineData("On Monday, Senator Ana Ruiz criticized Governor Tomas Vell over the harbour tax.\n\nRuiz criticized Vell on Monday in a radio interview as well.", 1)]
    public void Criticism_told_by_its_verb_in_another_paragraph_is_another_occasion_unless_a_day_ties_them(string paragraphs, int count) =>
        Assert.Equal(count, Extract(paragraphs).Events.Count(e => Root(e, "111")));

    // A debate paragraph tells both sides' attacks: the two the other way round are the other's answer, another act; talks stay one.
    [Theory]
    [InlineData("During the debate, Senator Ana Ruiz criticized Governor Tomas Vell over the harbour tax. Vell slammed Ruiz for her votes on the ferry line.", "11", 2)]
    [InlineData("Mayor Lena Brandt praised Governor Tomas Vell for the bridge plan. Vell praised Brandt for her support in the council.", "05", 2)]
    [InlineData("Mayor Lena Brandt met Governor Tomas Vell in Ostrel on Monday. Vell met Brandt to discuss the bridge plan.", "04", 1)]
    public void An_act_done_to_another_told_the_other_way_round_is_another_act(string paragraph, string root, int count) =>
        Assert.Equal(count, Extract(paragraph).Events.Count(e => Root(e, root)));

    [Fact]
    public void Encouraging_someone_to_act_is_an_appeal_and_being_encouraged_is_none()
    {
        Assert.Single(Extract("Canada has been encouraging partners such as Norway to halt the ferries.").Events, e => Root(e, "02"));
        foreach (var none in new[] { "Senator Ana Ruiz was encouraged to drop out of the race by party leaders.", "Ana Ruiz was encouraged by the results of the vote." })
            Assert.DoesNotContain(Extract(none).Events, e => Root(e, "02"));
    }

    [Fact]
    public void Contacting_a_named_party_is_a_consultation_with_the_medium_that_contacts_and_being_contacted_is_none()
    {
        var contact = Assert.Single(Extract("The Velden Herald contacted Ostrel Shipping on Monday.").Events, e => Root(e, "04"));
        Assert.Equal(new[] { "Velden Herald", "Ostrel Shipping" }, contact.Participants.ToArray());
        Assert.DoesNotContain(Extract("Karel Brandt and Jan Kowal were both contacted by phone and gave no answer.").Events, e => Root(e, "04"));
    }

    [Fact]
    public void Praise_needs_a_named_party_and_recognition_a_state()
    {
        Assert.DoesNotContain(Extract("Karel Brandt praised the work of the fire service on Monday.").Events, e => Root(e, "05"));
        Assert.DoesNotContain(Extract("Mira Holt was recognized as the best player of the season.").Events, e => Root(e, "05"));
    }

    [Fact]
    public void A_restriction_or_sanction_lifted_is_eased_not_imposed()
    {
        var curfew = Extract("The government of Canada lifted the curfew on Monday.").Events;
        Assert.Single(curfew, e => e.Cameo == "081");
        Assert.DoesNotContain(curfew, e => Root(e, "17"));
        var sanctions = Extract("Canada lifted its sanctions on Norway on Monday.").Events;
        Assert.Single(sanctions, e => e.Cameo == "085");
        Assert.DoesNotContain(sanctions, e => Root(e, "16"));
        Assert.DoesNotContain(Extract("Canada may lift its sanctions on Norway next year.").Events, e => Root(e, "08"));
    }

    [Fact]
    public void Ties_cut_and_envoys_recalled_reduce_relations_and_cars_recalled_or_power_cut_do_not()
    {
        Assert.Single(Extract("Canada severed diplomatic ties with Norway on Monday.").Events, e => e.Cameo == "161");
        Assert.DoesNotContain(Extract("Ostrel Motors recalled 5,000 cars on Monday.").Events, e => Root(e, "16"));
        Assert.DoesNotContain(Extract("The storm cut power to 5,000 homes in Velden on Monday.").Events, e => Root(e, "16"));
    }

    [Fact]
    public void A_statement_released_is_a_statement_not_a_publication()
    {
        var events = Extract("The Velden Port Authority released a statement on Monday saying the port would reopen.").Events;
        Assert.Single(events, e => e.Cameo == "010" && e.Kind == "statement");
        Assert.DoesNotContain(events, e => e.Kind == "publication");
    }

    [Fact]
    public void A_claim_denied_is_a_denial_and_entry_or_funding_denied_is_none()
    {
        var denial = Assert.Single(Extract("The government of Canada denied the accusations of Ostrel Shipping on Monday.").Events, e => e.Cameo == "016");
        Assert.Equal(new[] { "Government of Canada", "Ostrel Shipping" }, denial.Participants.ToArray());
        foreach (var none in new[] { "Karel Brandt was denied entry to the tournament in 2017.", "The Velden Senate denied money for the harbour bridge twice." })
            Assert.DoesNotContain(Extract(none).Events, e => Root(e, "01"));
    }

    [Fact]
    public void A_claim_dismissed_is_rejected_and_charges_dismissed_by_a_judge_are_a_ruling()
    {
        var claims = Extract("The government of Norway dismissed the claims of Ostrel Shipping as groundless on Tuesday.").Events;
        Assert.Single(claims, e => Root(e, "12"));
        Assert.DoesNotContain(claims, e => e.Cameo == "000");
        var charges = Extract("Judge Mira Holt dismissed the charges against Tomas Vell on Friday.").Events;
        Assert.Single(charges, e => e.Kind == "ruling");
        Assert.DoesNotContain(charges, e => Root(e, "12"));
    }

    [Fact]
    public void A_press_conference_held_is_a_statement_and_a_subject_named_after_of_is_named()
    {
        var statement = Assert.Single(Extract("Mayor Ana Ruiz held a press conference in Velden on Monday.").Events, e => e.Cameo == "010");
        Assert.Equal(new[] { "Ana Ruiz" }, statement.Participants.ToArray());
        var refusal = Assert.Single(Extract("The government of Canada refused to renew the licence of Ostrel Shipping on Monday.").Events, e => Root(e, "12"));
        Assert.Equal(new[] { "Government of Canada", "Ostrel Shipping" }, refusal.Participants.ToArray());
    }

    [Fact]
    public void A_legislature_confirming_someone_appoints_them_and_a_death_confirmed_or_a_confirmation_withheld_does_not()
    {
        var appointment = Assert.Single(Extract("The Norvale Senate confirmed Tomas Vell as finance minister on Monday.").Events, e => e.Kind == "appointment");
        Assert.Equal(new[] { "Norvale Senate", "Tomas Vell" }, appointment.Participants.ToArray());
        Assert.Single(Extract("The Velden Assembly confirmed the nomination of Jan Kowal on Thursday.").Events, e => e.Kind == "appointment");
        foreach (var none in new[] { "The loss of the ship was confirmed by its owner, Ostrel Shipping.", "The Norvale Senate had not confirmed Karel Brandt by Friday." })
            Assert.DoesNotContain(Extract(none).Events, e => e.Kind == "appointment");
    }

    [Fact]
    public void A_negated_verb_phrase_tells_no_act()
    {
        Assert.DoesNotContain(Extract("Ana Ruiz had not asked Tomas Vell to resign.").Events, e => Root(e, "02"));
        Assert.DoesNotContain(Extract("Governor Ana Ruiz has not stepped down.").Events, e => e.Kind == "resignation");
    }

    [Fact]
    public void A_thing_declared_to_be_something_after_a_long_object_is_a_declaration()
    {
        const string text = "The Velden Health Office declared the outbreak of fever in the five northern districts of the province — the worst in years — to be an epidemic on Monday.";
        Assert.Single(Extract(text).Events, e => e.Cameo == "010" && e.Kind == "declaration");
    }

    [Fact]
    public void A_candidate_dropping_out_withdraws_and_a_student_dropping_out_does_not()
    {
        var withdrawal = Assert.Single(Extract("Senator Ana Ruiz dropped out of the race for mayor of Velden on Monday.").Events, e => e.Kind == "withdrawal");
        Assert.Equal(new[] { "Ana Ruiz" }, withdrawal.Participants.ToArray());
        Assert.Empty(Extract("Karel Brandt dropped out of college in 1998.").Events);
    }

    [Fact]
    public void Guilt_admitted_is_an_admission_and_a_patient_admitted_is_none()
    {
        Assert.Single(Extract("Karel Brandt admitted his guilt in the Velden fraud on Tuesday.").Events, e => e.Cameo == "015");
        Assert.DoesNotContain(Extract("Tomas Vell was admitted to Velden General Hospital on Friday.").Events, e => Root(e, "01"));
    }

    [Fact]
    public void What_a_legislature_votes_to_do_or_passes_is_done_and_what_it_fails_to_do_is_not()
    {
        Assert.Single(Extract("The Norvale Assembly voted to pass the \"Velden Harbour Reform Bill 2019\" on Thursday.").Events, e => e.Kind == "legislation");
        Assert.Single(Extract("The Norvale Assembly voted to extend the state of emergency until the end of March.").Events, e => e.Cameo == "1724");
        Assert.DoesNotContain(Extract("The Norvale Assembly failed to pass the budget bill on Friday.").Events, e => e.Kind == "legislation");
        Assert.Single(Extract("The Norvale Assembly passed a resolution to set new rules for the harbour on Monday.").Events, e => e.Kind == "legislation");
    }
}
