using System;
using System.Linq;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Kinds of event news tells with constructions of their own (event-phrases.tsv, event-verbs.tsv): a contract awarded or
/// won, a court's finding told without "ruled", a verdict with the accused between its words, a case thrown out, a
/// retirement, a cancellation, hostages taken, a tribute paid, a resignation in protest. Each with the look-alike that is no such event. Invented sentences.
/// </summary>
public sealed class EventKindRuleTests
{
    // Sunday, July 28, 2019
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs, "a.txt");

    // The one event of the text that the test picks, with exactly these participants, actor first.
    private static EventModel One(string text, Func<EventModel, bool> pick, params string[] participants)
    {
        var picked = Assert.Single(Extract(text).Events, e => pick(e));
        Assert.Equal(participants, picked.Participants.ToArray());
        return picked;
    }

    [Fact]
    public void A_contract_awarded_is_an_agreement_and_a_prize_awarded_an_award()
    {
        const string contract = "The Norvale Rail Agency awarded Ostrel Shipping a contract for two ferries on Monday.";
        One(contract, e => e.Cameo == "057", "Norvale Rail Agency", "Ostrel Shipping");
        Assert.DoesNotContain(Extract(contract).Events, e => e.Kind == "award");
        Assert.Contains(Extract("The Velden Academy awarded Ana Ruiz its poetry prize on Tuesday.").Events, e => e.Kind == "award");
    }

    [Fact]
    public void A_contract_won_is_an_agreement_not_a_win()
    {
        var model = Extract("Ostrel Shipping won a contract with the Norvale Rail Agency on Monday.");
        Assert.Single(model.Events, e => e.Cameo == "057");
        Assert.DoesNotContain(model.Events, e => e.Kind == "win");
    }

    [Fact]
    public void Delegates_won_are_a_primary_and_delegates_behind_a_rival_no_win()
    {
        var model = Extract("Mira Holt earned 12 of the 20 delegates of the Velden Unity Party on Saturday.");
        Assert.Contains(model.Events, e => e.Kind is "primary" or "election" && e.Participants.Contains("Mira Holt"));
        Assert.DoesNotContain(model.Events, e => e.Kind == "win");
        var behind = Extract("Mira Holt had earned 200 delegates fewer than Karel Brandt by March.");
        Assert.DoesNotContain(behind.Events, e => e.Kind is "primary" or "election" or "win");
        var none = Extract("None of the other candidates of the Velden Unity Party earned delegates on Saturday.");
        Assert.DoesNotContain(none.Events, e => e.Kind is "primary" or "election" or "win");
    }

    [Theory]
    [InlineData("The Velden High Court found Karel Brandt guilty of fraud on Monday.", 1)]
    [InlineData("The Velden High Court found Karel Brandt not guilty of fraud on Monday.", 0)]
    public void Guilty_after_the_accused_is_a_conviction_and_not_guilty_none(string sentence, int convictions)
    {
        Assert.Equal(convictions, Extract(sentence).Events.Count(e => e.Cameo == "116"));
    }

    [Fact]
    public void A_court_that_finds_or_decides_rules_and_someone_else_who_finds_does_not()
    {
        One("The Velden High Court decided the curfew was unlawful on Monday. Police in Velden found a car on Tuesday.", e => e.Kind == "ruling", "Velden High Court");
    }

    [Fact]
    public void A_case_thrown_out_is_dismissed_and_a_first_pitch_thrown_out_is_nothing()
    {
        One("The Velden High Court threw out the case against Karel Brandt on Monday. Mayor Ana Ruiz threw out the first pitch on Tuesday.",
            e => e.Kind == "dismissal", "Velden High Court", "Karel Brandt");
    }

    [Fact]
    public void Retiring_from_a_post_is_a_retirement_and_a_retired_teacher_is_none()
    {
        var retirement = One("Judge Ana Ruiz retired in 2012. The retired teacher Tomas Vell spoke in Velden on Monday.", e => e.Kind == "retirement", "Ana Ruiz");
        Assert.Equal(2012_00_00, retirement.Date);
    }

    [Fact]
    public void A_cancellation_needs_who_cancelled_named_before_the_verb()
    {
        One("Mayor Ana Ruiz cancelled the Velden harbour festival on Monday. The ferry race was cancelled on Tuesday.", e => e.Kind == "cancellation", "Ana Ruiz");
    }

    [Theory]
    [InlineData("Governor Pell Amary, who heads the Norvale cabinet, later cancelled the spring parade in Velden.", "cancellation", "Pell Amary")]
    [InlineData("The Brenholt Cycling Union, which organises the tour, has postponed its opening stage.", "suspension", "Brenholt Cycling Union")]
    public void A_plan_called_off_by_the_clause_subject_past_an_adverb_or_a_relative_clause_is_its_cancellation(string sentence, string kind, string actor)
    {
        One(sentence + " The harbour concert was also cancelled on Friday.", e => e.Kind == kind, actor);
    }

    [Fact]
    public void Hostages_taken_by_unnamed_gunmen_are_abducted()
    {
        One("Gunmen took Karel Brandt hostage in Velden on Monday.", e => e.Cameo == "181", "Karel Brandt");
    }

    [Fact]
    public void Paying_tribute_to_someone_is_praise()
    {
        One("President Karel Brandt paid tribute to Tomas Vell on Monday.", e => e.Cameo == "051", "Karel Brandt", "Tomas Vell");
    }

    [Fact]
    public void A_refusal_or_an_investigation_needs_who_refuses_or_investigates_named_as_the_subject()
    {
        One("Karel Brandt and Tomas Vell, however, refused to hand over the ledgers.", e => e.Cameo.StartsWith("12", StringComparison.Ordinal), "Karel Brandt", "Tomas Vell");
        // "police were investigating": the name the sentence is "according to" is no party to it.
        Assert.DoesNotContain(Extract("Police were investigating the fire, according to Mayor Ana Ruiz.").Events, e => e.Cameo == "090");
        Assert.DoesNotContain(Extract("Mayor Ana Ruiz refused to comment on Monday.").Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void Someone_found_dead_died_and_a_man_found_dead_according_to_police_names_no_one()
    {
        One("Karel Brandt, the owner of Ostrel Shipping, was found dead on Wednesday in Velden.", e => e.Kind == "death", "Karel Brandt");
        Assert.DoesNotContain(Extract("The man was found dead at the scene, according to the Velden Police.").Events, e => e.Kind == "death" && e.Participants.Count > 0);
    }

    [Fact]
    public void Findings_published_are_the_publication_of_the_body_the_researchers_come_from()
    {
        One("In findings published in the Velden Journal on Monday, researchers from Ostrel University reported that eels sleep.", e => e.Kind == "publication", "Ostrel University");
        // A team that is itself a preposition's object is not the clause's subject.
        Assert.DoesNotContain(Extract("The water was confirmed by a team of scientists from Ostrel University and a report published Wednesday in Nature.").Events,
            e => e.Kind == "publication" && e.Participants.Contains("Ostrel University"));
    }

    [Fact]
    public void Findings_published_are_a_publication_whatever_the_finding_verb_and_whoever_the_scientists()
    {
        // The clause after the phrase may examine, establish or conclude rather than report; astronomers or neuroscientists
        // are researchers like any other.
        One("In findings published Tuesday in Harbour Zoology, biologists from the Marvik Institute examined how gulls steal food.", e => e.Kind == "publication", "Marvik Institute");
        One("In findings published Friday in the Norden Review, researchers from Ostrel University concluded that owls hear colours.", e => e.Kind == "publication", "Ostrel University");
    }

    [Fact]
    public void News_items_a_medium_publishes_are_no_publication_and_a_book_published_still_is()
    {
        // Stories or photos put out by papers are news, not a study's publication (the gold's discovery group).
        Assert.DoesNotContain(Extract("After the storm, the Velden Courier, Norden Today, Ostrel News and Harbour Weekly published stories on the accident.").Events, e => e.Kind == "publication");
        Assert.DoesNotContain(Extract("On Monday, the Velden Courier, Norden Today and Ostrel News published front-page photos of the burning depot.").Events, e => e.Kind == "publication");
        // A study whose subject is news, and a book, are still published.
        One("The Velden Media Institute published a study of news stories about floods on Monday.", e => e.Kind == "publication", "Velden Media Institute");
        One("Ostrel Press published a novel by Karel Brandt on Monday.", e => e.Kind == "publication", "Ostrel Press");
    }

    [Fact]
    public void Vehicles_that_collide_or_overturn_crash_and_a_court_that_overturns_rules()
    {
        Assert.Single(Extract("On Friday, a truck and a group of motorcycles collided near Velden.").Events, e => e.Kind == "crash");
        Assert.DoesNotContain(Extract("A bat collided with Ana Ruiz on her porch on Monday.").Events, e => e.Kind == "crash");
        Assert.Single(Extract("A bus carrying children overturned near Velden on Sunday.").Events, e => e.Kind == "crash");
        Assert.DoesNotContain(Extract("The Velden High Court overturned the conviction of Karel Brandt on Monday.").Events, e => e.Kind == "crash");
    }
    [Fact]
    public void A_law_signed_by_someone_is_legislation_and_a_pact_signed_a_signing()
    {
        One("The decree signed by President Karel Brandt closes the Velden harbour to tankers.", e => e.Kind == "legislation", "Karel Brandt");
        Assert.DoesNotContain(Extract("The pact signed by Karel Brandt and Mira Holt opens the Velden harbour.").Events, e => e.Kind == "legislation");
    }

    [Fact]
    public void An_act_signed_by_its_name_is_legislation_and_an_accord_by_its_name_a_signing()
    {
        One("Governor Mira Holt signed the Velden Clean Harbours Act on Thursday, ending tanker traffic in the bay.", e => e.Kind == "legislation", "Mira Holt");
        Assert.DoesNotContain(Extract("Governor Mira Holt signed the Velden Clean Harbours Act on Thursday, ending tanker traffic in the bay.").Events, e => e.Kind == "signing");
        Assert.DoesNotContain(Extract("Mira Holt signed the Velden Harbour Accord with Karel Brandt on Thursday.").Events, e => e.Kind == "legislation");
    }

    [Fact]
    public void A_party_nominating_a_candidate_is_an_election_step_with_party_and_candidate_and_a_judge_nominated_an_appointment()
    {
        One("The Velden Green Party nominated Mira Holt for president on Saturday.", e => e.Kind == "primary", "Velden Green Party", "Mira Holt");
        One("Mira Holt secured the nomination of the Velden Green Party on Saturday.", e => e.Kind == "primary", "Mira Holt", "Velden Green Party");
        One("President Mira Holt nominated Karel Brandt to the Velden High Court on Monday.", e => e.Kind == "appointment", "Mira Holt", "Karel Brandt");
    }

    [Fact]
    public void A_resignation_in_protest_is_a_resignation_and_no_protest_but_a_march_in_protest_is_one()
    {
        var resigned = Extract("Karel Brandt resigned in protest against the Velden port deal on Monday.").Events;
        Assert.Single(resigned, e => e.Cameo == "0831");
        Assert.DoesNotContain(resigned, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.DoesNotContain(Extract("Karel Brandt quit the Velden Party in protest on Monday.").Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Contains(Extract("Thousands of people marched in protest against the Velden port deal on Monday.").Events, e => e.Cameo == "140"); // guard
    }

    [Fact]
    public void A_cheap_shot_taken_is_no_shooting_but_a_shot_taken_at_someone_is_criticism()
    {
        Assert.DoesNotContain(Extract("Mayor Tomas Vell took a last cheap shot in a radio interview.").Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        One("Mira Holt took a parting shot at Karel Brandt on Monday.", e => e.Cameo == "111", "Mira Holt", "Karel Brandt"); // guard
        Assert.Contains(Extract("Police officers in Norvale shot Karel Brandt on Friday.").Events, e => e.Cameo == "193"); // guard
    }
}
