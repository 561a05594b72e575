using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Whose clause a party stands in: the party an appositive describes, the parties of a relative clause, what an
/// allegation names and what "it" is. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventClauseRuleTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Fact]
    public void A_thing_that_dies_is_no_death_and_a_person_who_dies_is()
    {
        Assert.DoesNotContain(Extract("The Norvale Senate returned the proposal to a subcommittee, where it died.").Events, e => e.Kind == "death");
        Assert.DoesNotContain(Extract("The proposal, which died in committee, had been backed by Ana Ruiz.").Events, e => e.Kind == "death");
        var death = Assert.Single(Extract("Tomas Vell died on Friday.").Events, e => e.Kind == "death");
        Assert.Equal(new[] { "Tomas Vell" }, death.Participants.ToArray());
    }

    [Fact]
    public void One_of_a_group_the_sentence_does_not_name_is_no_one_named_before_it()
    {
        Assert.DoesNotContain(Extract("Karel Brandt began attacking guests at the hotel, and one of them died inside the hall.").Events, e => e.Kind == "death" && e.Participants.Contains("Karel Brandt"));
        var death = Assert.Single(Extract("Tomas Vell attacked Karel Brandt, and Brandt died inside the hall.").Events, e => e.Kind == "death");
        Assert.Equal(new[] { "Karel Brandt" }, death.Participants.ToArray());
    }

    [Theory]
    [InlineData("Tomas Vell was charged with fraud on Monday in relation to the dealings of the French ambassador.", "173", "France")]
    [InlineData("Tomas Vell was charged with fraud in connection with the investigation into the dealings of Karel Brandt.", "173", "Karel Brandt")]
    public void Who_the_reason_of_a_step_names_takes_no_part_in_the_step(string sentence, string code, string named)
    {
        var step = Assert.Single(Extract(sentence).Events, e => e.Cameo == code);
        Assert.DoesNotContain(named, step.Participants.ToArray());
    }

    [Fact]
    public void A_crime_named_in_an_allegation_is_no_event_told()
    {
        foreach (var sentence in new[]
        {
            "Tomas Vell answered allegations of sexual assault by a former aide, Ana Ruiz, on Friday.",
            "Ana Ruiz dismissed accusations of assault by Karel Brandt.",
        })
            Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith('1') && e.Cameo.Length == 3 && e.Cameo[1] is '8' or '9');
    }

    [Fact]
    public void The_parties_of_a_relative_clause_take_no_part_in_the_main_clause_event()
    {
        var appeal = Assert.Single(Extract("Karel Brandt urged an end to the tariffs, with which Ana Ruiz and Tomas Vell agreed.").Events, e => e.Cameo.StartsWith("02", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Karel Brandt" }, appeal.Participants.ToArray());
    }

    [Fact]
    public void A_verb_after_an_appositive_has_the_party_it_describes_as_subject_not_a_name_inside_it()
    {
        var found = Assert.Single(Extract("Mira Holt, the owner of Velden's Ostrel Shipping office, was discovered dead on Wednesday.").Events);
        Assert.Equal(new[] { "Mira Holt" }, found.Participants.ToArray());
        var died = Assert.Single(Extract("Karel Brandt, the chief engineer of Velden Motors' Ostrel plant, has died.").Events);
        Assert.Equal(new[] { "Karel Brandt" }, died.Participants.ToArray());
    }

    [Fact]
    public void A_list_of_names_before_the_verb_closes_no_appositive()
    {
        var signing = Assert.Single(Extract("Forty teachers, including Ana Ruiz, Tomas Vell, and Karel Brandt, signed a petition on Friday.").Events);
        Assert.Equal(new[] { "Ana Ruiz", "Karel Brandt", "Tomas Vell" }, signing.Participants.OrderBy(p => p, System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_participle_describing_its_noun_tells_no_act_but_a_detained_suspect_was_detained()
    {
        Assert.DoesNotContain(Extract("The Norvale Party now counts two elected officials in Velden.").Events, e => e.Kind == "election");
        Assert.DoesNotContain(Extract("Tomas Vell met the newly elected President Ana Ruiz in late July.").Events, e => e.Kind == "election");
        Assert.Single(Extract("Ana Ruiz was elected president on Friday.").Events, e => e.Kind == "election");
        var arrest = Assert.Single(Extract("The detained suspect's identity is restricted to Karel B. under Norvalese law.").Events, e => e.Kind == "arrest");
        Assert.Equal("173", arrest.Cameo);
    }

    [Fact]
    public void An_ing_form_taking_its_object_is_a_verb_and_one_named_as_an_object_is_the_event()
    {
        Assert.DoesNotContain(Extract("Karel Brandt, a retired Velden teacher, was hearing impaired from birth.").Events, e => e.Kind == "hearing");
        Assert.DoesNotContain(Extract("The Norvale Times expects hearing more details from Ana Ruiz.").Events, e => e.Kind == "hearing");
        Assert.Single(Extract("The burst pipe in Velden caused flooding and damage on Friday.").Events, e => e.Kind == "flood");
    }

    [Fact]
    public void A_document_quoted_makes_no_statement_and_a_venue_is_where_not_who()
    {
        foreach (var document in new[] { "The Fifth Amendment states: \"no person shall be held without trial.\"", "The Velden Charter states: \"the council meets in public.\"" })
            Assert.DoesNotContain(Extract(document).Events, e => e.Cameo == "010");
        var speech = Assert.Single(Extract("Tomas Vell gave a speech at Velden Arena on Friday.").Events, e => e.Cameo == "010");
        Assert.Equal(new[] { "Tomas Vell" }, speech.Participants.ToArray());
    }

    [Fact]
    public void Claims_as_a_noun_are_a_claim_of_responsibility_only_with_responsibility()
    {
        Assert.DoesNotContain(Extract("Karel Brandt rejected the Ruiz campaign's claims as baseless.").Events, e => e.Cameo == "015");
        Assert.Single(Extract("The Rebel Front's claims of responsibility for the bombing were confirmed on Monday.").Events, e => e.Cameo == "015");
    }

    [Fact]
    public void An_act_avoided_did_not_happen_but_an_escape_after_strikes_leaves_the_strikes()
    {
        Assert.DoesNotContain(Extract("Karel Brandt avoided a fraud conviction in Velden on Friday.").Events, e => e.Cameo == "116");
        Assert.Single(Extract("Dozens of Rebel Front fighters escaped after Norvalese airstrikes hit their camp on Friday.").Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_hospital_one_goes_to_is_where_not_who()
    {
        var visit = Assert.Single(Extract("Tomas Vell visited Ana Ruiz at Velden General Hospital on Friday.").Events, e => e.Cameo.StartsWith("04", System.StringComparison.Ordinal));
        Assert.DoesNotContain("Velden General Hospital", visit.Participants.ToArray());
    }

    [Fact]
    public void The_bodys_failures_and_a_sentence_being_served_are_no_events_and_imprisonment_is()
    {
        Assert.DoesNotContain(Extract("Tomas Vell had a cardiac arrest at home on Monday.").Events, e => e.Cameo == "173");
        Assert.DoesNotContain(Extract("Karel Brandt is serving a sentence of ten years in prison for fraud.").Events, e => e.Kind == "sentencing");
        var imprisoned = Assert.Single(Extract("Karel Brandt was imprisoned in 2018 for fraud.").Events, e => e.Cameo == "173");
        Assert.Equal(new[] { "Karel Brandt" }, imprisoned.Participants.ToArray());
    }

    [Fact]
    public void What_a_claim_asserts_is_not_told_as_having_happened()
    {
        Assert.DoesNotContain(Extract("Karel Brandt claimed he was unfairly jailed by Ana Ruiz and Tomas Vell in 2016.").Events, e => e.Cameo == "173");
        Assert.DoesNotContain(Extract("The Norvale Times claimed that Tomas Vell visited Ana Ruiz in Ostrel in 2018.").Events, e => e.Cameo.StartsWith("04", System.StringComparison.Ordinal));
        Assert.Single(Extract("The Rebel Front claimed responsibility for the bombing in Velden on Monday.").Events, e => e.Cameo == "015");
    }

    [Fact]
    public void Words_attacking_an_idea_or_a_person_on_a_topic_are_criticism_and_an_offensive_adjective_is_no_offensive()
    {
        foreach (var sentence in new[] { "Ana Ruiz attacked the tax plan of Tomas Vell as a gift to the rich.", "Ana Ruiz attacked Tomas Vell on cutting school budgets." })
        {
            var model = Extract(sentence);
            Assert.Single(model.Events, e => e.Cameo == "111");
            Assert.DoesNotContain(model.Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
        }
        Assert.DoesNotContain(Extract("Ana Ruiz said in Turkey that the remark was deeply offensive to many people.").Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
        var launched = Extract("Turkey launched an offensive against Syria on Monday.");
        Assert.Single(launched.Events, e => e.Cameo == "190");
        Assert.DoesNotContain(launched.Events, e => e.Kind == "launch");
    }

    [Fact]
    public void Agreeing_with_a_view_is_no_agreement_and_ruling_a_country_is_no_court_ruling()
    {
        foreach (var sentence in new[] { "Karel Brandt agreed with Ana Ruiz, adding that schools come first.", "Tomas Vell agreed and warned about delays." })
            Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("03", System.StringComparison.Ordinal));
        Assert.Single(Extract("Ostrel Shipping agreed with Velland Rail Company to open a depot in Velden.").Events, e => e.Cameo == "036");
        Assert.DoesNotContain(Extract("Tomas Vell ruled Ghana for twelve years.").Events, e => e.Kind == "ruling");
        Assert.Single(Extract("Judge Mira Holt ruled that the ban was unlawful.").Events, e => e.Kind == "ruling");
    }

    [Fact]
    public void A_treaty_cited_is_no_signing_and_one_told_with_its_year_or_its_making_is()
    {
        Assert.DoesNotContain(Extract("Ana Ruiz cited Article 12 of the Velden treaty on Friday.").Events, e => e.Cameo == "057");
        Assert.Single(Extract("Peru and Chile honoured the 1929 peace treaty.").Events, e => e.Cameo == "057");
    }

    [Fact]
    public void A_sentence_set_in_a_decade_takes_no_day_of_the_story()
    {
        var model = Extract("Ana Ruiz died in Velden on Friday. In the 1970s, she founded the Velden Film Studio.");
        Assert.Equal(20190726, Assert.Single(model.Events, e => e.Kind == "death").Date);
        Assert.Equal(0, Assert.Single(model.Events, e => e.Kind == "founding").Date);
    }

    [Fact]
    public void An_act_spoken_of_or_put_off_is_not_told_and_a_storms_dead_are_the_storms()
    {
        Assert.DoesNotContain(Extract("Norvale Gas published a plan on selling its ferries to Ostrel Power on Friday.").Events, e => e.Cameo == "061");
        Assert.DoesNotContain(Extract("The council asked Judge Mira Holt to postpone her ruling on the harbour until March.").Events, e => e.Kind == "ruling");
        var model = Extract("Typhoon Velda crossed the northern coast of the Philippines overnight into Wednesday, killing at least 20 people.");
        Assert.DoesNotContain(model.Events, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
        Assert.Single(model.Events, e => e.Kind == "storm");
    }

    [Fact]
    public void A_sentence_is_a_courts_only_where_courts_or_prison_are_spoken_of()
    {
        Assert.DoesNotContain(Extract("Ana Ruiz read the last sentence of the Velden report aloud on Tuesday.").Events, e => e.Kind == "sentencing");
        Assert.Single(Extract("Karel Brandt received a sentence of ten years in prison on Tuesday.").Events, e => e.Kind == "sentencing");
    }

    [Fact]
    public void A_relative_clause_dates_the_noun_before_its_comma_only()
    {
        var crash = Assert.Single(Extract("Inspectors from Velden examined the crash of the bus, which was bought in 1994.").Events, e => e.Kind == "crash");
        Assert.Equal(0, crash.Date);
        var outbreak = Assert.Single(Extract("The Velden outbreak, which began in 2004, closed two schools.").Events, e => e.Kind == "outbreak");
        Assert.Equal(20040000, outbreak.Date);
        Assert.DoesNotContain(Extract("Governor Ana Ruiz commuted the prison sentence of Karel Brandt last week.").Events, e => e.Kind == "sentencing");
    }

    [Theory]
    [InlineData("Tomas Vell said he would have died without the rope.")]
    [InlineData("Ana Ruiz would not have resigned without the scandal, Tomas Vell said.")]
    public void What_would_have_happened_did_not(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind is "death" or "resignation");

    [Theory]
    [InlineData("Doubts about Ana Ruiz's alleged secret payments grew in June.")]
    [InlineData("Karel Brandt ran an officially sanctioned world record for the Velden Athletics Federation.")]
    public void A_participle_between_a_possessive_or_adverb_and_its_noun_describes_the_noun(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo is "112" or "163");

    [Fact]
    public void A_death_sentence_is_a_sentencing_not_a_death_and_one_commuted_is_neither()
    {
        var sentencing = Assert.Single(Extract("A judge handed Tomas Vell a death sentence on Friday.").Events);
        Assert.Equal("116", sentencing.Cameo);
        Assert.Empty(Extract("Tomas Vell's death sentence was commuted in 2004.").Events);
    }

    [Fact]
    public void An_act_owned_by_someone_s_unnamed_relative_is_not_that_someone_s()
    {
        Assert.DoesNotContain(Extract("Tomas Vell rarely spoke about his cousin's death.").Events, e => e.Participants.Contains("Tomas Vell"));
        Assert.DoesNotContain(Extract("Ana Ruiz spoke of her husband's arrest on Friday.").Events, e => e.Participants.Contains("Ana Ruiz"));
    }

    [Fact]
    public void What_a_claim_says_a_named_party_did_is_not_told_as_done_but_an_occasion_it_names_is()
    {
        Assert.Empty(Extract("Ana Ruiz claimed Tomas Vell visited Velden in secret.").Events);
        Assert.Empty(Extract("On Monday, Karel Brandt claimed The Velden Front bombed the port.").Events);
        Assert.Contains(Extract("Karel Brandt claims Norvale Police blame the explosion on a gas leak.").Events, e => e.Kind == "explosion");
    }

    [Theory]
    [InlineData("Tomas Vell claimed to have met Ana Ruiz in Ostrel on Monday.", "meeting")]
    [InlineData("Tomas Vell claimed to have bought the rifle from Karel Brandt in Velden.", "sale")]
    [InlineData("Ana Ruiz claimed Karel Brandt was the last mayor to be elected without a party.", "election")]
    [InlineData("Ana Ruiz claimed Karel Brandt was the last mayor to be elected without a party and that he appointed his rivals to the council.", "appointment")]
    public void An_act_a_claim_asserts_deep_in_its_clause_or_in_its_infinitive_is_not_told_as_done(string sentence, string kind)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == kind);
    }

    [Theory]
    [InlineData("Gunmen attacked a bus near Ostrel, Portugal, on Sunday.", "190")]
    [InlineData("Police arrested nine fishermen in Ostrel, Portugal, on Sunday.", "173")]
    [InlineData("The Marva Hotel in the Portuguese capital, Lisbon, caught fire on Friday.", "000")]
    [InlineData("On Wednesday, doctors treating patients in Braga in Portugal's north released a report on the outbreak.", "010")]
    [InlineData("On Monday, a mass stabbing in Ostrel, Wexshire, Portugal killed three people.", "1823")]
    [InlineData("Mira Holt came before Ostrel Magistrates Court, Portugal on Monday, charged with two counts of fraud.", "173")]
    public void A_country_that_only_locates_a_town_takes_no_part(string sentence, string cameo)
    {
        // The act stays, with its unnamed doer left out.
        var told = Assert.Single(Extract(sentence).Events, e => e.Cameo == cameo);
        Assert.DoesNotContain("Portugal", told.Participants);
    }

    [Fact]
    public void A_body_whose_address_a_country_gives_acts_itself() =>
        Assert.Equal(new[] { "Assembly of Braga Region" }, Assert.Single(Extract("On Tuesday the Assembly of Braga Region (ABR), Portugal approved the budget.").Events).Participants.ToArray());

    [Fact]
    public void A_country_that_acts_keeps_its_part()
    {
        var attack = Assert.Single(Extract("Portugal attacked Spain on Monday.").Events);
        Assert.Equal(new[] { "Portugal", "Spain" }, attack.Participants.ToArray());
    }

    [Fact]
    public void Who_is_named_in_what_an_unnamed_speaker_alleged_is_no_party_to_the_allegation()
    {
        Assert.DoesNotContain(Extract("The mayor's aides alleged that Karel Brandt had taken bribes from the port.").Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        var named = Assert.Single(Extract("Tomas Vell alleged that Karel Brandt had taken bribes from the port.").Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Tomas Vell", "Karel Brandt" }, named.Participants.ToArray());
    }

    [Fact]
    public void Who_condemns_an_attack_did_not_carry_it_out()
    {
        Assert.DoesNotContain(Extract("Tomas Vell condemned the bombing of the Velden Mosque on Monday.").Events, e => e.Participants.Contains("Tomas Vell") && e.Cameo[0] == '1' && e.Cameo[1] is '8' or '9');
        var attack = Assert.Single(Extract("Tomas Vell denounced the attack on Karel Brandt.").Events, e => e.Cameo[0] == '1' && e.Cameo[1] is '8' or '9');
        Assert.Equal(new[] { "Karel Brandt" }, attack.Participants.ToArray());
    }

    [Fact]
    public void Who_claims_an_attack_carried_it_out()
    {
        var attack = Assert.Single(Extract("The Velden Front claimed the attack on Monday.").Events);
        Assert.Equal(new[] { "Velden Front" }, attack.Participants.ToArray());
    }

    [Fact]
    public void A_violent_noun_that_is_the_instrument_of_a_killing_is_the_killing_told_once()
    {
        var strike = Assert.Single(Extract("Karel Brandt led the Velden Front for a decade. He was killed last week by a Portuguese military airstrike in Spain.").Events);
        Assert.Equal(("195", "Portugal"), (strike.Cameo, strike.Participants[0]));
        Assert.Contains("Karel Brandt", strike.Participants);
    }

    [Fact]
    public void An_act_in_a_relative_clause_takes_its_parties_from_that_clause_and_its_noun_not_from_the_sentence_around_it()
    {
        // "a Velden mathematician who has published": the clause names no party of its own, and its noun is no name.
        var model = Extract("Karel Brandt, a Velden mathematician who has published over 300 papers, died on Monday.");
        Assert.Equal(new[] { "death" }, model.Events.Select(e => e.Kind).ToArray());
    }

    [Theory]
    [InlineData("Karel Brandt, the Canadian envoy for Austria, resigned on Friday.", "Karel Brandt")]
    [InlineData("Mira Holt took over as leader of the Norvale Party after Karel Brandt stepped down on Friday.", "Karel Brandt")]
    [InlineData("Mira Holt was sworn in on Friday following the resignation of Governor Karel Brandt.", "Karel Brandt")]
    [InlineData("Karel Brandt resigned from the Norvale Party on Friday.", "Karel Brandt|Norvale Party")] // guard: the body resigned from
    public void Who_resigns_acts_alone_with_only_the_body_resigned_from(string sentence, string parties)
    {
        var resignation = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == "resignation");
        Assert.Equal(parties.Split('|'), resignation.Participants.ToArray());
    }

    [Fact]
    public void It_opening_a_sentence_acts_for_the_organization_the_sentence_before_has_for_subject()
    {
        var founding = Assert.Single(Extract("Ostrel Air is an airline based in Germany. It was founded in 1992.").Events, e => e.Kind == "founding");
        Assert.Equal(new[] { "Ostrel Air" }, founding.Participants.ToArray());
        var appeal = Assert.Single(Extract("Ostrel Motors cut prices in May. It also urged Germany to lower taxes.").Events, e => e.Cameo.StartsWith("02", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Ostrel Motors", "Germany" }, appeal.Participants.ToArray());
        // A thing for subject before, and an "it" before the clause of its verb, stand for no party.
        Assert.DoesNotContain(Extract("The fire spread to the Velden plant of Ostrel Motors. It killed nine people.").Events, e => e.Participants.Contains("Ostrel Motors"));
        Assert.DoesNotContain(Extract("Ostrel Motors opened a factory in Germany. It was announced that the factory had been founded in 1990.").Events, e => e.Participants.Contains("Ostrel Motors") && e.Kind == "founding");
    }

    [Fact]
    public void The_party_is_the_latest_party_named_with_that_noun_not_the_organization_named_most()
    {
        var model = Extract("The Velden Party praised the Velden Party platform, and the Velden Party backed Tomas Vell. Ostrel Motors backed him too.\n\n"
            + "At the Norvale Party's convention on Saturday, the party nominated Ana Ruiz for president.");
        var nomination = Assert.Single(model.Events, e => e.Participants.Contains("Ana Ruiz"));
        Assert.Equal(new[] { "Ana Ruiz", "Norvale Party" }, nomination.Participants.OrderBy(p => p, System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void The_capitalized_office_heading_the_clause_is_its_holder_not_a_person_named_before_it()
    {
        var model = Extract("Prime Minister Ana Ruiz met ministers in Velden on Monday.\n\n"
            + "After Finance Minister Tomas Vell failed to cut taxes, the Prime Minister apologised to voters on Friday.");
        var apology = Assert.Single(model.Events, e => e.Cameo.StartsWith("05", System.StringComparison.Ordinal));
        Assert.Equal("Ana Ruiz", apology.Participants[0]);
    }

    [Fact]
    public void The_department_heading_the_clause_is_the_department_the_article_named()
    {
        var model = Extract("The Velden Department of Corrections runs nine prisons. Guards found an inmate injured on Friday.\n\n"
            + "The Department issued a statement on Saturday.");
        Assert.Contains(model.Events, e => e.Cameo.StartsWith("01", System.StringComparison.Ordinal) && e.Participants.FirstOrDefault() == "Velden Department of Corrections");
    }
}
