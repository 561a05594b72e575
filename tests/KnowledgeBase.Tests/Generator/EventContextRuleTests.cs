using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Event rules that read beyond the trigger word: what a win is won in, whom an attack is laid to, who "the couple" are,
/// what a call is made to, and words given on the record. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventContextRuleTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Chile threatened Peru with sanctions on Monday.", "163")]
    [InlineData("Norway threatened Austria with an embargo on Monday.", "163")]
    public void What_a_threat_holds_out_is_the_threat_and_not_done(string sentence, string threatened)
    {
        var events = Extract(sentence).Events;
        Assert.Contains(events, e => e.Cameo == "130");
        Assert.DoesNotContain(events, e => e.Cameo == threatened);
    }

    [Theory]
    [InlineData("Chile threatened to cut off gas supplies to Peru on Monday.")]
    [InlineData("Canada threatened to withdraw its troops from Peru on Monday.")]
    public void The_country_a_threatened_act_is_aimed_at_is_the_threats_target(string sentence)
    {
        var threat = Assert.Single(Extract(sentence).Events, e => e.Cameo == "130");
        Assert.Equal("Peru", threat.Participants[^1]);
    }

    [Fact]
    public void Winning_votes_or_seats_is_an_election_and_winning_a_race_stays_a_win()
    {
        var model = Extract("Ana Ruiz won a majority of the votes in the northern province on Friday. Tomas Vell won the 400 m final on Saturday.");
        var election = Assert.Single(model.Events, e => e.Kind == "election");
        Assert.Equal(new[] { "Ana Ruiz" }, election.Participants.ToArray());
        var win = Assert.Single(model.Events, e => e.Kind == "win");
        Assert.Equal(new[] { "Tomas Vell" }, win.Participants.ToArray());
    }

    [Fact]
    public void A_back_reference_to_nothing_told_yet_leaves_the_act_to_be_told()
    {
        var model = Extract("The Norvale Herald called the election for Ana Ruiz after she won the northern district.");
        Assert.Single(model.Events, e => e.Kind == "election" && e.Participants.Contains("Ana Ruiz"));
    }

    [Fact]
    public void An_attack_laid_to_a_group_has_that_group_as_actor_and_the_killing_it_did_is_no_second_act()
    {
        var model = Extract("Last week a car bombing killed nine soldiers in Eastvale, an attack ascribed to the Rebel Front.");
        var bombing = Assert.Single(model.Events, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
        Assert.Equal("Rebel Front", bombing.Participants[0]);
        Assert.DoesNotContain(model.Events, e => e.Kind == "killing");
    }

    [Fact]
    public void The_two_parents_are_the_two_people_last_named_together()
    {
        var model = Extract("Judge Mira Holt sentenced Jan and Ewa Kowal on Friday. The court heard the case for a week. Holt spoke. The judge left. Holt returned. The hall closed. The lawyers met. The two parents were arrested in March 2018.");
        var arrest = Assert.Single(model.Events, e => e.Kind == "arrest");
        Assert.Equal(new[] { "Jan Kowal", "Ewa Kowal" }, arrest.Participants.OrderBy(p => p, System.StringComparer.Ordinal).Reverse().ToArray());
    }

    [Fact]
    public void Calling_someones_decision_a_name_is_no_telephone_call_and_calling_a_person_is()
    {
        foreach (var naming in new[] { "Prime Minister Tomas Vell called Ana Ruiz's decision reckless.", "Prime Minister Tomas Vell called Ana Ruiz a decent woman.", "Prime Minister Tomas Vell called Ana Ruiz \"humble and kind\"." })
            Assert.DoesNotContain(Extract(naming).Events, e => e.Cameo.StartsWith("04", System.StringComparison.Ordinal));
        var called = Extract("Prime Minister Tomas Vell called Ana Ruiz on Friday.");
        Assert.Single(called.Events, e => e.Cameo == "041");
    }

    [Fact]
    public void Words_said_in_a_statement_or_at_a_press_conference_are_a_statement_and_a_plain_said_is_not()
    {
        var model = Extract("Governor Ana Ruiz said at a press conference that the roads would reopen. Tomas Vell said the roads were closed.");
        var statement = Assert.Single(model.Events, e => e.Cameo == "010");
        Assert.Equal(new[] { "Ana Ruiz" }, statement.Participants.ToArray());
    }

    [Fact]
    public void Banning_a_company_is_an_embargo_and_banning_an_activity_an_administrative_sanction()
    {
        var company = Extract("Canada banned Ostrel Air from its airports on Monday.");
        var embargo = Assert.Single(company.Events, e => e.Kind == "ban");
        Assert.Equal("163", embargo.Cameo);
        Assert.Equal(new[] { "Canada", "Ostrel Air" }, embargo.Participants.ToArray());
        var activity = Extract("The government of Canada banned public gatherings on Monday.");
        Assert.Equal("172", Assert.Single(activity.Events, e => e.Kind == "ban").Cameo);
    }

    [Fact]
    public void An_object_pronoun_is_the_other_person_last_named()
    {
        var model = Extract("Canada accused Karel Brandt of smuggling in 2007 and imposed sanctions on him.");
        var sanction = Assert.Single(model.Events, e => e.Cameo == "163");
        Assert.Equal(new[] { "Canada", "Karel Brandt" }, sanction.Participants.ToArray());
    }

    [Fact]
    public void Criticism_by_a_party_has_that_party_criticize_the_one_the_sentence_is_about()
    {
        var model = Extract("Mayor Ana Ruiz closed the port on Monday despite criticism by the Freedonian trade minister and the Norvale Shipping Guild.");
        var criticism = Assert.Single(model.Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Norvale Shipping Guild", "Ana Ruiz" }, criticism.Participants.ToArray());
    }

    [Fact]
    public void A_gerund_with_an_object_is_no_event_noun()
    {
        Assert.DoesNotContain(Extract("Tomas Vell wept after hearing the news.").Events, e => e.Kind == "hearing");
    }

    [Fact]
    public void What_no_sign_shows_did_not_happen_and_a_fire_extinguisher_is_no_fire()
    {
        var model = Extract("Investigators saw no signs of an explosion at the Norvale warehouse. A guard carried a fire extinguisher to the Velden depot on Friday.");
        Assert.DoesNotContain(model.Events, e => e.Kind is "explosion" or "fire");
    }

    [Fact]
    public void Her_is_no_man_whose_given_name_says_he_is_one()
    {
        var model = Extract("The singer Ana Ruiz died on Friday. Critic David Holt wept after learning of her death.");
        Assert.All(model.Events.Where(e => e.Kind == "death"), e => Assert.DoesNotContain("David Holt", e.Participants));
        Assert.Contains(model.Events, e => e.Kind == "death" && e.Participants.Contains("Ana Ruiz"));
    }

    [Fact]
    public void Police_acting_are_the_police_force_the_article_names()
    {
        var model = Extract("The Norvale Police said a statue was stolen. Police arrested Karel Brandt on Friday.");
        var arrest = Assert.Single(model.Events, e => e.Kind == "arrest");
        Assert.Equal(new[] { "Norvale Police", "Karel Brandt" }, arrest.Participants.ToArray());
    }

    [Theory]
    [InlineData("On Thursday, Karel Brandt, a lawyer who served as Prime Minister of Canada for a decade, died.")]
    public void A_verb_after_an_appositive_has_the_subject_before_the_appositive(string sentence)
    {
        var death = Assert.Single(Extract(sentence).Events, e => e.Kind == "death");
        Assert.Equal(new[] { "Karel Brandt" }, death.Participants.ToArray());
        Assert.Equal(20190725, death.Date);
    }

    [Theory]
    [InlineData("Senator Ana Ruiz ended her bid for the nomination on Monday.", "withdrawal")]
    [InlineData("Senator Ana Ruiz ended her own presidential bid on Monday.", "withdrawal")] // four words to the bid
    [InlineData("Senator Ana Ruiz withdrew from the race on Monday.", "withdrawal")] // not 166, a withdrawal of troops or envoys
    [InlineData("Senator Ana Ruiz ran for Congress in 2018.", "election")]
    [InlineData("Senator Ana Ruiz lost the vote in 2014.", "election")]
    public void Standing_in_and_leaving_a_race_are_told_with_their_own_verbs(string sentence, string kind)
    {
        var found = Assert.Single(Extract(sentence).Events, e => e.Kind == kind);
        Assert.Equal("000", found.Cameo);
        Assert.Equal(new[] { "Ana Ruiz" }, found.Participants.ToArray());
    }

    [Fact]
    public void A_court_dismissing_a_lawsuit_rules_and_a_ruling_party_is_no_ruling()
    {
        var model = Extract("Judge Mira Holt dismissed the lawsuit of Ostrel Shipping on Monday. The ruling party of Norland met on Tuesday.");
        var ruling = Assert.Single(model.Events, e => e.Kind == "ruling");
        Assert.Equal("Mira Holt", ruling.Participants[0]);
        Assert.DoesNotContain(model.Events, e => e.Kind == "dismissal");
    }

    [Fact]
    public void Found_guilty_is_a_conviction_and_a_speech_delivered_a_statement()
    {
        var model = Extract("Karel Brandt was found guilty of fraud on Friday. Governor Ana Ruiz delivered a speech to the assembly on Saturday.");
        Assert.Equal(new[] { "Karel Brandt" }, Assert.Single(model.Events, e => e.Cameo == "116").Participants.ToArray());
        Assert.Equal(new[] { "Ana Ruiz" }, Assert.Single(model.Events, e => e.Cameo == "010").Participants.ToArray());
    }

    [Fact]
    public void Deaths_counted_in_words_are_an_event_with_nobody_named()
    {
        var death = Assert.Single(Extract("Two small children died in Velden on Friday.").Events, e => e.Kind == "death");
        Assert.Empty(death.Participants);
        // Deaths in an attack belong to the attack.
        Assert.DoesNotContain(Extract("Eight people died in the attack on Friday.").Events, e => e.Kind == "death");
    }

    [Fact]
    public void A_nationality_before_people_names_no_party()
    {
        var model = Extract("Two Canadian customs officers were convicted of fraud on Thursday.");
        Assert.DoesNotContain(model.Events, e => e.Participants.Contains("Canada"));
        // A crime named in a charge is no event of its own.
        Assert.DoesNotContain(Extract("Karel Brandt was found guilty of assault on Thursday.").Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Hosting_a_show_is_no_visit_and_withdrawing_warnings_no_withdrawal_of_troops()
    {
        var model = Extract("Karel Brandt hosted a radio show in Velden. The Norvale weather office withdrew its storm warnings on Monday.");
        Assert.DoesNotContain(model.Events, e => e.Cameo is "043" or "166" or "0874");
        var real = Extract("Canada withdrew its troops from Norway on Monday. President Ana Ruiz hosted Tomas Vell for talks on Friday.");
        Assert.Contains(real.Events, e => e.Cameo == "0874");
        Assert.Contains(real.Events, e => e.Cameo == "043");
    }

    [Fact]
    public void Attacking_an_investigation_is_criticism()
    {
        var model = Extract("President Ana Ruiz attacked the Senate investigation as a sham on Monday.");
        Assert.Contains(model.Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        Assert.DoesNotContain(model.Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_locating_a_name_and_the_domain_of_an_office_are_no_parties()
    {
        var model = Extract("Governor Ana Ruiz resigned as the governor of Canada on Monday. Karel Brandt was arrested at the Norvale District Court, Canada, on Friday.");
        Assert.All(model.Events, e => Assert.DoesNotContain("Canada", e.Participants));
        Assert.Contains(model.Events, e => e.Kind == "resignation");
    }

    [Fact]
    public void His_opening_the_sentence_is_the_person_told_before_not_the_one_named_after()
    {
        var model = Extract("Former president Karel Brandt was taken to hospital on Sunday.\n\nHis death was announced by his son Tomas Brandt on Monday.");
        var death = Assert.Single(model.Events, e => e.Kind == "death");
        Assert.Equal("Karel Brandt", death.Participants[0]);
        Assert.DoesNotContain("Tomas Brandt", death.Participants);
    }

    [Fact]
    public void Criticizing_an_act_by_someone_criticizes_its_author()
    {
        var model = Extract("President Ana Ruiz criticized the renaming of Toronto by the President of Canada Tomas Vell.");
        var criticism = Assert.Single(model.Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Ana Ruiz", "Tomas Vell" }, criticism.Participants.ToArray());
    }

    [Fact]
    public void A_state_of_emergency_named_as_a_noun_is_the_state_measure_of_the_country_it_is_in()
    {
        var ended = Assert.Single(Extract("On Sunday, the national state of emergency finally ended in Canada.").Events, e => e.Cameo == "0814");
        Assert.Equal(new[] { "Canada" }, ended.Participants.ToArray());
        var imposed = Assert.Single(Extract("Martial law imposed by President Karel Brandt in 1972 closed the newspapers.").Events, e => e.Cameo == "1724");
        Assert.Equal(new[] { "Karel Brandt" }, imposed.Participants.ToArray());
        Assert.Equal(19720000, imposed.Date);
        // "may declare a state of emergency": the verb tells it, and a modal verb tells nothing happened.
        Assert.DoesNotContain(Extract("President Karel Brandt said he may declare a state of emergency in Canada.").Events, e => e.Cameo.StartsWith("17", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_of_emergency_ends_after_a_long_modifier_between_the_noun_and_its_verb()
    {
        // "the state of emergency begun on 3 March over a flu outbreak ended": the verb that ends it comes nine words on.
        var model = Extract("On Sunday, the state of emergency begun on 3 March over a flu outbreak ended in Canada.");
        Assert.Contains(model.Events, e => e.Cameo == "0814");
        Assert.DoesNotContain(model.Events, e => e.Cameo == "1724");
    }

    [Fact]
    public void Troops_leaving_a_country_withdraw_from_it_and_pulling_out_of_a_country_cuts_ties_but_wishes_and_races_do_not()
    {
        var left = Assert.Single(Extract("Canadian troops left Norway in 2011.").Events, e => e.Cameo == "0874");
        Assert.Equal(new[] { "Canada", "Norway" }, left.Participants.ToArray());
        Assert.DoesNotContain(Extract("The Rebel Front wants foreign forces to leave Norway.").Events, e => e.Cameo == "0874");
        // "pulled out of Canada" cuts ties (16); "pulled out of the race" is a candidate leaving it.
        Assert.Contains(Extract("Ostrel Shipping pulled out of Canada on Monday.").Events, e => e.Cameo == "160");
        Assert.DoesNotContain(Extract("Ana Ruiz pulled out of the race for mayor on Monday.").Events, e => e.Cameo == "160");
    }

    [Fact]
    public void The_unnamed_attacker_is_the_culprit_the_article_names_later()
    {
        var model = Extract("On Sunday, a man with a knife ran into the square and began to stab people. Officers then shot him.\n\nThe attacker, identified as Karel Brandt, had been released from prison.");
        var stabbing = Assert.Single(model.Events, e => e.Kind == "stabbing");
        Assert.Equal(new[] { "Karel Brandt" }, stabbing.Participants.ToArray());
        var shooting = Assert.Single(model.Events, e => e.Kind == "shooting");
        Assert.Equal(new[] { "Karel Brandt" }, shooting.Participants.ToArray());
        Assert.Equal(20190728, shooting.Date);
    }

    [Fact]
    public void A_gunman_identified_later_shot_people_at_a_store_which_is_where_not_who()
    {
        var model = Extract("On Saturday, a gunman shot customers at an Ostrel Mart store in Velden.\n\nPolice identified the suspect as Karel Brandt, 34, of Norvale. Prosecutors charged the suspect in the shooting with armed robbery on Sunday.");
        var shooting = Assert.Single(model.Events, e => e.Kind == "shooting");
        Assert.Equal(new[] { "Karel Brandt" }, shooting.Participants.ToArray());
    }

    [Fact]
    public void A_sentence_opening_with_a_pronoun_keeps_the_person_in_focus()
    {
        var model = Extract("Former president Karel Brandt fell ill on Friday. His illness was announced by his son Tomas Brandt. He died in Velden on Sunday.");
        var death = Assert.Single(model.Events, e => e.Kind == "death");
        Assert.Equal(new[] { "Karel Brandt" }, death.Participants.ToArray());
    }

    [Fact]
    public void Criticizing_the_move_aims_at_whoever_made_the_move_the_article_opens_with()
    {
        var model = Extract("On Friday, President Karel Brandt ordered the closure of the Velden mine.\n\nThe Norvale Miners Union criticized the move on Saturday. Ana Ruiz spoke out against the decision via Facebook.");
        var union = Assert.Single(model.Events, e => e.Cameo == "111" && e.Participants.Contains("Norvale Miners Union"));
        Assert.Equal(new[] { "Norvale Miners Union", "Karel Brandt" }, union.Participants.ToArray());
        // "spoke out against" is a criticism, and the platform it is said on takes no part.
        var ruiz = Assert.Single(model.Events, e => e.Cameo == "111" && e.Participants.Contains("Ana Ruiz"));
        Assert.Equal(new[] { "Ana Ruiz", "Karel Brandt" }, ruiz.Participants.ToArray());
    }

    [Theory]
    [InlineData("On Friday, Karel Brandt met Mira Holt in Velden. Chile withdrew its troops from Peru on Saturday.\n\nThe Ostrel League opposed the withdrawal on Sunday.", "Chile")]
    public void Criticizing_an_act_of_a_kind_told_before_aims_at_whoever_did_it(string text, string doer)
    {
        var criticism = Assert.Single(Extract(text).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Ostrel League", doer }, criticism.Participants.ToArray());
    }

    [Fact]
    public void A_plan_is_no_act_done_to_criticize_the_act_after_it_is()
    {
        var model = Extract("Tomas Vell is to be sentenced in Velden next month. On Sunday, President Karel Brandt ordered the closure of the Velden mine.\n\nThe Norvale Miners Union criticized the decision on Tuesday.");
        Assert.Equal(new[] { "Norvale Miners Union", "Karel Brandt" }, Assert.Single(model.Events, e => e.Cameo == "111").Participants.ToArray());
    }

    [Fact]
    public void Condemning_the_attack_is_criticism_aimed_at_the_body_that_attacked_never_at_its_victim()
    {
        var model = Extract("The Ostrel Front attacked the Velden army base on Monday. Ana Ruiz condemned the attack on Tuesday.");
        var condemned = Assert.Single(model.Events, e => e.Cameo == "111");
        Assert.Equal(new[] { "Ana Ruiz", "Ostrel Front" }, condemned.Participants.ToArray());
        // A person named first in the act may be its victim: no target is made up.
        var victim = Extract("Karel Brandt was shot in Velden on Monday. Ana Ruiz condemned the attack on Tuesday.");
        Assert.Equal(new[] { "Ana Ruiz" }, Assert.Single(victim.Events, e => e.Cameo == "111").Participants.ToArray());
    }

    [Theory]
    [InlineData("The Ostrel Front attacked the Velden army base on Monday. The Norland Foreign Ministry characterized the attack as \"a serious violation of our sovereignty\".", "Norland Foreign Ministry|Ostrel Front")]
    [InlineData("Tomas Vell called Karel Brandt a clown and a liar.", "Tomas Vell|Karel Brandt")]
    [InlineData("Mayor Ana Ruiz called the new port deal \"null and void\" on Monday.", "Ana Ruiz")]
    [InlineData("Opposition leader Karla Venn called the tariff plan a \"cynical power grab\" on Monday.", "Karla Venn")] // the words a move is called by
    [InlineData("Tomas Vell called Mira Holt's apology a \"political maneuver\" on Monday.", "Tomas Vell|Mira Holt")]
    [InlineData("Mayor Ana Ruiz called the audit of her office a \"witch hunt\".", "Ana Ruiz")]
    [InlineData("Senator Jon Brandt called Governor Anja Kress a \"traitor to the farmers\".", "Jon Brandt|Anja Kress")]
    [InlineData("Karel Brandt described the raids on the depot as a \"dastardly act\".", "Karel Brandt")]
    public void Calling_or_describing_something_by_a_word_of_disapproval_is_criticism(string text, string participants)
    {
        var criticism = Assert.Single(Extract(text).Events, e => e.Cameo == "111");
        Assert.Equal(participants.Split('|'), criticism.Participants.ToArray());
    }

    [Theory]
    [InlineData("Ana Ruiz called the storm a disaster for the farmers.")]
    [InlineData("Ana Ruiz described Tomas Vell as a guiding force in science.")]
    [InlineData("Ana Ruiz called Tomas Vell on Monday to discuss the port.")]
    public void A_description_without_disapproval_is_no_criticism(string text) // guards: they held before the disapproval rows too
    {
        Assert.DoesNotContain(Extract(text).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_described_organization_is_the_one_the_article_names_most_not_the_last_name_that_fits()
    {
        var model = Extract("Ostrel Media lost its licence on Friday. Ostrel Media employs 900 people. Ostrel Media runs a station once owned by Velden Radio Group.\n\nPresident Karel Brandt threatened the network's licence.");
        var threat = Assert.Single(model.Events, e => e.Cameo.StartsWith("13", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Karel Brandt", "Ostrel Media" }, threat.Participants.ToArray());
    }

    [Fact]
    public void They_after_a_sentence_about_the_police_are_the_police_force_the_article_names()
    {
        var model = Extract("The Velden Police said it had opened an inquiry.\n\nPolice arrested a man on Friday. On Saturday they released him.");
        var release = Assert.Single(model.Events, e => e.Cameo == "0841");
        Assert.Equal(new[] { "Velden Police" }, release.Participants.ToArray());
    }

    [Fact]
    public void They_go_on_with_the_police_through_a_chain_of_sentences_opening_with_they()
    {
        var model = Extract("The Velden Police opened an inquiry on Monday.\n\nVelden Police arrested a man on Thursday. They questioned him for hours. On Saturday they released him.");
        var release = Assert.Single(model.Events, e => e.Cameo == "0841");
        Assert.Equal(new[] { "Velden Police" }, release.Participants.ToArray());
        Assert.Equal(20190727, release.Date);
    }

    [Fact]
    public void A_place_shut_down_is_what_the_closure_is_of()
    {
        var model = Extract("A plane crashed near Velden on Friday.\n\nVelden Airport was shut down for six hours while the runway was cleared.");
        var closure = Assert.Single(model.Events, e => e.Kind == "shutdown");
        Assert.Equal(new[] { "Velden Airport" }, closure.Participants.ToArray());
    }

    [Fact]
    public void A_description_heading_the_clause_is_the_organization_the_article_names_most_and_an_object_is_not()
    {
        var model = Extract("Ostrel Media lost its licence on Monday. Ostrel Media employs 900 people.\n\nThe network signed off and went off the air that night.");
        var closure = Assert.Single(model.Events, e => e.Kind == "closure");
        Assert.Equal(new[] { "Ostrel Media" }, closure.Participants.ToArray());
        var ordered = Extract("Ostrel Media lost its licence on Monday. Ostrel Media employs 900 people.\n\nThe last time President Karel Brandt ordered the network to shut down was in 1990.");
        Assert.DoesNotContain(ordered.Events, e => e.Participants.Contains("Ostrel Media"));
    }

    [Fact]
    public void Hiring_as_the_means_of_an_act_is_a_hiring_by_the_subject()
    {
        var model = Extract("Ostrel Motors answered the claims by hiring the accountants Vell Partners on Monday.");
        var hiring = Assert.Single(model.Events, e => e.Kind == "hiring");
        Assert.Equal(new[] { "Ostrel Motors", "Vell Partners" }, hiring.Participants.ToArray());
    }

    [Fact]
    public void Meeting_on_a_day_with_someone_is_a_meeting_and_meeting_expectations_is_not()
    {
        var meeting = Assert.Single(Extract("Ana Ruiz met on Tuesday with Karel Brandt at the port of Velden to discuss wages.").Events, e => e.Cameo.StartsWith("04", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Ana Ruiz", "Karel Brandt" }, meeting.Participants.Take(2).ToArray());
        Assert.DoesNotContain(Extract("Ostrel Motors met expectations on Monday with its results.").Events, e => e.Cameo.StartsWith("04", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_suspected_gunman_and_the_suspect_charged_are_the_culprit_the_article_names()
    {
        var model = Extract("On Friday, a man with a rifle fired on a crowd at the Velden fair. The suspected gunman later surrendered at a petrol station.\n\nPolice identified the suspect as Karel Brandt, 34, of Norvale.\n\nA judge charged the suspect in the attack with attempted murder.");
        Assert.Equal(new[] { "Karel Brandt" }, Assert.Single(model.Events, e => e.Kind == "surrender").Participants.ToArray());
        Assert.Equal(new[] { "Karel Brandt" }, Assert.Single(model.Events, e => e.Kind == "charge").Participants.ToArray());
    }
}
