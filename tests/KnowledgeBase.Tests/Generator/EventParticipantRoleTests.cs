using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Who takes part in an event and in which role: coordinated actors, the judges of an act who do not do it.
/// Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventParticipantRoleTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static EventModel Single(string text, string root) =>
        Assert.Single(Extract(text).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("The Velden Front and the Ostrel Brigade attacked Peru on Monday.", "19", new[] { "Velden Front", "Ostrel Brigade", "Peru" })]
    [InlineData("Karel Brandt and the Velden Party signed an agreement on Monday.", "05", new[] { "Karel Brandt", "Velden Party" })]
    [InlineData("Canada and the United Kingdom signed a trade agreement on Monday.", "05", new[] { "Canada", "United Kingdom" })]
    public void Actors_joined_by_and_the_act_together_first_first(string sentence, string root, string[] expected) =>
        Assert.Equal(expected, Single(sentence, root).Participants.ToArray());

    // A short form in brackets or a place phrase after the first name does not break the joining: both act.
    [Theory]
    [InlineData("The Brasko Coast Guard (BCG) and the Lindmark Navy began a joint search for a lost trawler on Friday.", "000", new[] { "Brasko Coast Guard", "Lindmark Navy" })]
    [InlineData("Researchers from Brennholm College (BC) in Ostrava and the Kesko Institute in Lima published the glacier survey on Monday.", "000", new[] { "Brennholm College", "Kesko Institute" })]
    [InlineData("Researchers from the University of Brennholm at Tarsk (UB Tarsk) in Oregon and the Kesko Institute in Maine published the glacier survey on Monday.", "000", new[] { "University of Brennholm at Tarsk", "Kesko Institute" })]
    [InlineData("Researchers from Brennholm College at Marnhill and the Kesko Institute published the glacier survey on Monday.", "000", new[] { "Brennholm College", "Kesko Institute" })]
    public void A_conjunct_described_by_a_short_form_or_a_place_still_acts(string sentence, string root, string[] expected) =>
        Assert.Equal(expected, Single(sentence, root).Participants.ToArray());

    [Theory]
    [InlineData("An Ostrelian, Karel Brandt, signed the lease on Monday.", "Ostrelia")]
    [InlineData("In Chile, the Velden Party signed the lease on Monday.", "Chile")]
    public void A_comma_joins_no_names_of_two_kinds(string sentence, string named) =>
        Assert.DoesNotContain(named, Single(sentence, "05").Participants);

    [Theory]
    [InlineData("Tomas Vell stabbed Ana Ruiz in Ostrel on Friday and was arrested.")]
    [InlineData("Tomas Vell shot Ana Ruiz outside a bar on Friday and was later detained.")]
    [InlineData("Tomas Vell attacked Ana Ruiz in Ostrel in 1990, but was arrested in 1991.")]
    public void A_passive_verb_joined_by_and_was_undergoes_the_shared_subject_not_the_first_verbs_object(string sentence) =>
        Assert.Equal(new[] { "Tomas Vell" }, Single(sentence, "17").Participants.ToArray());

    // A nationality describing a person named in apposition adds no country: the person holds the role.
    [Theory]
    [InlineData("Tomas Vell met the Peruvian president, Mira Holt, in Velden on Friday.")]
    [InlineData("Tomas Vell phoned the Peruvian foreign minister, Mira Holt.")]
    public void The_role_holder_named_in_apposition_is_the_party_not_the_state_its_nationality_names(string sentence) =>
        Assert.Equal(new[] { "Tomas Vell", "Mira Holt" }, Single(sentence, "04").Participants.ToArray());

    [Theory]
    [InlineData("Canada and Chile condemned the attack on Peru.")]
    [InlineData("Canada and the United Kingdom condemned the attack on Peru.")]
    public void Every_judge_of_an_act_is_no_party_to_it(string sentence) =>
        Assert.Equal(new[] { "Peru" }, Single(sentence, "19").Participants.ToArray());

    [Theory]
    [InlineData("Velden Police said on Monday a man had been arrested. On Tuesday Karel Brandt was shot dead by police.", "19", "Velden Police")]
    [InlineData("Karel Brandt was arrested by police on Monday. Velden Police said he was held in Ostrel.", "17", "Velden Police")]
    [InlineData("Ostrel Shipping was fined on Monday. Karel Brandt was sued by the company on Tuesday.", "11", "Ostrel Shipping")]
    [InlineData("Velden Police named the officer. The police shooting of Karel Brandt led to protests on Monday.", "19", "Velden Police")]
    public void A_doer_named_by_a_description_is_the_party_the_article_names_so(string text, string root, string doer) =>
        Assert.Equal(new[] { doer, "Karel Brandt" }, Single(text, root).Participants.ToArray());

    [Theory]
    [InlineData("Karel Brandt was pinned to the ground on Monday. Officers arrived and shot him dead.", "19")]
    [InlineData("Karel Brandt was driving the bus on Monday. Velden Police detained him for questioning.", "17")]
    [InlineData("Karel Brandt was driving the bus on Monday. Velden Police detained her at the depot.", "17", "Ana Ruiz")]
    public void An_object_pronoun_with_nobody_named_before_it_is_the_person_the_sentence_before_is_about(string text, string root, string person = "Karel Brandt") =>
        Assert.Contains(person, Single(text.Replace("Karel Brandt was", person + " was", System.StringComparison.Ordinal), root).Participants);

    // "her" before a noun is a possessive: "detained her brother" is not about her.
    [Fact]
    public void A_possessive_her_is_no_object_pronoun() =>
        Assert.DoesNotContain("Ana Ruiz", Single("Ana Ruiz was driving the bus on Monday. Velden Police detained her brother at the depot.", "17").Participants);

    // The sentence before is about the actor: "him" is the one other person it names; with two, nobody is guessed.
    [Theory]
    [InlineData("Petra Nilsen met Ivan Orr in Velden on Monday. She later criticized him over the border toll.", new[] { "Petra Nilsen", "Ivan Orr" })]
    [InlineData("Petra Nilsen met Ivan Orr and Tomas Vell on Monday. She later criticized him over the border toll.", new[] { "Petra Nilsen" })]
    public void An_object_pronoun_after_a_sentence_about_the_actor_is_the_other_person_it_names(string text, string[] expected) =>
        Assert.Equal(expected, Single(text, "11").Participants.ToArray());

    [Theory]
    [InlineData("Karel Brandt chased a thief on Monday. Later Karel Brandt shot him.", "19")]
    [InlineData("Velden Police arrested a man on Monday. On Tuesday, officers released him.", "08")]
    public void An_object_pronoun_after_a_sentence_about_no_other_named_person_is_nobody_named(string text, string root) =>
        Assert.DoesNotContain(Extract(text).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal) && e.Participants.Count(p => p == "Karel Brandt") != (root == "19" ? 1 : 0));

    [Theory]
    [InlineData("Mira Holt was stabbed on stage in Velden on Sunday.\n\nVelden Police arrested Karel Brandt on Monday.", new[] { "Karel Brandt", "Mira Holt" })]
    [InlineData("On Sunday evening in Ostrel, Wexshire, Portugal, a mass stabbing killed three people.\n\nVelden Police arrested Karel Brandt on Monday.", new[] { "Karel Brandt" })]
    public void An_assault_whose_doer_is_unnamed_was_done_by_the_one_person_the_article_arrests(string text, string[] expected) =>
        Assert.Equal(expected, Single(text, "18").Participants.ToArray());

    [Theory]
    [InlineData("Mira Holt was stabbed on stage in Velden on Sunday.\n\nVelden Police arrested Karel Brandt and Tomas Vell on Monday.", "Karel Brandt")]
    [InlineData("Mira Holt was stabbed by Ana Ruiz in Velden on Sunday.\n\nVelden Police arrested Karel Brandt on Monday.", "Karel Brandt")]
    [InlineData("Mira Holt was stabbed in Velden on Sunday.\n\nTomas Vell, a spokesperson for Velden Police, confirmed that two suspects were arrested.", "Tomas Vell")]
    public void Several_arrested_a_doer_named_or_a_speaker_leave_the_assault_as_told(string text, string notDoer) =>
        Assert.DoesNotContain(notDoer, Single(text, "18").Participants);

    [Fact]
    public void A_description_that_owns_the_doer_is_no_doer() =>
        Assert.DoesNotContain(Extract("Ostrel Shipping was fined on Monday. Karel Brandt was sued by the company's lawyers on Tuesday.").Events, e => e.Participants.Contains("Ostrel Shipping") && e.Cameo.StartsWith("11", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("Mira Holt, the mayor of Velden, demanded answers from Russia on Monday.", "10", new[] { "Mira Holt", "Russia" })]
    [InlineData("Karel Brandt appealed to Chile on Monday to release the prisoners.", "02", new[] { "Karel Brandt", "Chile" })]
    [InlineData("Karel Brandt urged residents of Chile to return to Peru on Monday.", "02", new[] { "Karel Brandt", "Chile" })]
    public void The_country_an_appeal_or_a_demand_asks_is_its_addressee(string sentence, string root, string[] expected) =>
        Assert.Equal(expected, Single(sentence, root).Participants.ToArray());

    [Fact]
    public void A_finite_subordinate_clause_and_the_clause_it_hangs_on_keep_their_own_parties()
    {
        var events = Extract("The prime minister of Canada pledged support for Chile, while Peru called for restraint.").Events;
        Assert.Equal(new[] { "Peru" }, Assert.Single(events, e => e.Cameo.StartsWith("02", System.StringComparison.Ordinal)).Participants.ToArray());
        Assert.DoesNotContain("Peru", Assert.Single(events, e => e.Cameo.StartsWith("03", System.StringComparison.Ordinal)).Participants);
    }

    [Theory]
    [InlineData("Karel Brandt was fined on Monday while taking part in a protest with the Velden Union.", "14", "Karel Brandt")]
    [InlineData("Recently Karel Brandt, a former mayor, as well as Mira Holt were convicted of fraud.", "11", "Karel Brandt")]
    public void A_clause_with_no_subject_of_its_own_or_a_list_keeps_the_parties_before(string sentence, string root, string named) =>
        Assert.Contains(named, Single(sentence, root).Participants);

    [Theory]
    [InlineData("Regarding Karel Brandt's visit, Mira Holt said she was pleased.", "04", "Karel Brandt")]
    [InlineData("After Karel Brandt's arrest, Mira Holt said she was pleased.", "17", "Karel Brandt")]
    [InlineData("Following the arrest of Karel Brandt, Mira Holt said she was pleased.", "17", "Karel Brandt")]
    public void An_act_with_its_party_in_a_phrase_opening_the_sentence_takes_none_from_the_main_clause(string sentence, string root, string party) =>
        Assert.Equal(new[] { party }, Single(sentence, root).Participants.ToArray());

    [Fact]
    public void An_act_in_an_opening_phrase_keeps_its_own_second_party() =>
        Assert.Equal(new[] { "Karel Brandt", "Tomas Vell" }, Single("After Karel Brandt's meeting with Tomas Vell, Mira Holt said she was pleased.", "04").Participants.ToArray());

    [Theory]
    // A platform named only as where the act is told is its channel, not a party.
    [InlineData("On Friday, Governor Mira Holt praised Karel Brandt on Twitter.")]
    [InlineData("On Friday, the Velden Rovers posted a match notice on the video platform YouTube.")]
    [InlineData("Before the strike, the Velden Dockers Union had some 2,000 followers on Facebook.")]
    public void A_platform_the_act_is_told_on_takes_no_part(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Participants.Contains("Twitter") || e.Participants.Contains("Facebook") || e.Participants.Contains("YouTube"));

    [Theory]
    [InlineData("On Friday, the Velden Party called on Facebook to remove the posts.", "02")]
    [InlineData("On Friday, Karel Brandt sued Facebook over the posts.", "11")]
    public void A_platform_that_acts_or_is_acted_upon_stays_a_party(string sentence, string root) =>
        Assert.Contains(Extract(sentence).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal) && e.Participants.Contains("Facebook"));

    [Theory]
    // An intent to cooperate is with someone: told with nobody else named, it is a plan of the actor's own.
    [InlineData("On Friday, Karel Brandt agreed to review the harbour accounts in Velden.")]
    [InlineData("On Friday, Governor Mira Holt pledged to rebuild the harbour of Velden.")]
    public void An_intent_with_nobody_else_named_is_no_event(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("03", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("On Friday, Karel Brandt agreed to meet Mira Holt in Velden.")]
    [InlineData("On Friday, the minister agreed to meet Mira Holt in Velden.")]
    public void An_intent_with_another_party_stays_an_event(string sentence) =>
        Assert.Contains(Extract(sentence).Events, e => e.Cameo.StartsWith("03", System.StringComparison.Ordinal));

    [Theory]
    // A country's name before a place noun or joined to "-based" says where a place or a group is; the country does not act.
    [InlineData("Karel Brandt accused the Velden Party of riots in two Mexico states on Monday.", "11", "Mexico")]
    [InlineData("The Velden Front attacked a police station in the Chile border town of Eastvale on Monday.", "19", "Chile")]
    [InlineData("On Monday, the Norway-based Velden Front claimed responsibility for the raid.", "01", "Norway")]
    public void A_country_that_only_says_where_a_place_or_a_group_is_takes_no_part(string sentence, string root, string country) =>
        Assert.DoesNotContain(country, Single(sentence, root).Participants);

    [Theory]
    [InlineData("The Velden Front attacked a Chile vessel on Monday.", "19", "Chile")]
    [InlineData("On Monday, protesters marched in two Peru cities, and Karel Brandt condemned Peru.", "11", "Peru")]
    public void A_country_that_owns_the_target_or_is_named_again_keeps_its_part(string sentence, string root, string country) =>
        Assert.Contains(country, Single(sentence, root).Participants);

    [Theory]
    [InlineData("In Velden, two officers were convicted of fraud on Friday.\n\nThe bank had hired officers Karel Brandt and Tomas Vell in 2015.")]
    [InlineData("In Velden, two Chilean police officers were found guilty on Friday of fraud.\n\nThe bank had hired officers Karel Brandt and Tomas Vell in 2015.")]
    public void A_counted_group_named_later_after_the_same_noun_is_the_group(string text) =>
        Assert.Equal(new[] { "Karel Brandt", "Tomas Vell" }, Single(text, "11").Participants.ToArray());

    [Fact]
    public void A_counted_group_is_no_pair_named_later_without_its_noun() =>
        Assert.DoesNotContain(Extract("In Velden, two officers were convicted of fraud on Friday.\n\nThe bank had hired Karel Brandt and Tomas Vell in 2015.").Events,
            e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal) && e.Participants.Contains("Karel Brandt"));

    [Theory]
    [InlineData("In Velden, two Chilean police officers were found guilty on Friday of fraud. Both on Friday received prison terms.\n\nThe bank had hired officers Karel Brandt and Tomas Vell in 2015.", "sentencing")]
    [InlineData("Karel Brandt and Tomas Vell were arrested on Monday. Both were convicted of fraud on Tuesday.", "conviction")]
    public void Both_alone_opening_a_sentence_is_the_group_the_sentence_before_names_or_counts(string text, string kind) =>
        Assert.Contains(Extract(text).Events, e => e.Kind == kind && e.Participants.SequenceEqual(new[] { "Karel Brandt", "Tomas Vell" }));

    [Theory]
    // A participle after a comma or "and" shares the main clause's subject; a venue named after "at" or "in" is not it.
    [InlineData("Mira Holt spoke at the Velden Council on Monday, meeting with Karel Brandt.")]
    [InlineData("Mira Holt gave a speech at the Velden Party congress on Monday, meeting with Karel Brandt.")]
    public void A_participle_clause_shares_the_main_subject_not_a_venue(string sentence) =>
        Assert.Equal(new[] { "Mira Holt", "Karel Brandt" }, Single(sentence, "04").Participants.ToArray());
    [Theory]
    // "he" or "she" in a time clause set before the main one, with no person named before it, is the main clause's subject.
    [InlineData("Tomas Vell won the Velden primary. Velden Radio said that, before she dropped out, Mira Holt led every survey.")]
    [InlineData("Tomas Vell won the Velden primary. On Wednesday, the same day that she dropped out, Mira Holt endorsed Karel Brandt.")]
    public void A_pronoun_in_a_fronted_time_clause_is_the_person_the_main_clause_opens_with(string text) =>
        Assert.Equal(new[] { "Mira Holt" }, Assert.Single(Extract(text).Events, e => e.Kind == "withdrawal").Participants.ToArray());

    [Theory]
    [InlineData("Karel Brandt said the plan was fair but denied on Monday that he had met Mira Holt.", "016")]
    [InlineData("Karel Brandt said the budget was fair and praised Mira Holt on Monday.", "051")]
    public void A_past_verb_coordinated_after_the_words_said_is_the_speakers(string sentence, string code) =>
        Assert.Equal(new[] { "Karel Brandt", "Mira Holt" }, Single(sentence, code).Participants.ToArray());

    [Theory]
    [InlineData("Mira Holt endorsed her former rival, Karel Brandt, on Monday.", "051")]
    // A meeting needs whom it is with named: a role noun with the name in apposition names him.
    [InlineData("Mira Holt met her counterpart, Karel Brandt, on Monday in Velden.", "04")]
    [InlineData("Mira Holt met the new president, Karel Brandt, on Monday.", "04")]
    [InlineData("Mira Holt met with her deputy, Karel Brandt, on Monday.", "04")]
    public void A_name_in_apposition_to_the_object_is_the_target(string sentence, string root) =>
        Assert.Equal(new[] { "Mira Holt", "Karel Brandt" }, Single(sentence, root).Participants.ToArray());

    [Theory]
    [InlineData("Mira Holt met the press, Ana Ruiz said on Monday.")]
    [InlineData("Mira Holt met her targets, and Ana Ruiz resigned on Monday.")]
    public void A_name_that_opens_another_clause_is_no_one_met(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("04", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("Karel Brandt was convicted on Monday of murdering Mira Holt.", "conviction")]
    [InlineData("A Velden jury convicted Karel Brandt of murdering Mira Holt on Monday.", "conviction")]
    [InlineData("Karel Brandt was charged on Monday with kidnapping Mira Holt.", "charge")]
    [InlineData("Karel Brandt was found guilty on Friday of torturing Mira Holt.", "conviction")]
    public void The_victim_of_the_crime_a_legal_step_is_for_takes_no_part_in_the_step(string sentence, string kind) =>
        Assert.Equal(new[] { "Karel Brandt" }, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    [Fact]
    public void The_crime_itself_keeps_its_victim() =>
        Assert.Contains(Extract("Karel Brandt was sentenced on Monday for killing Mira Holt.").Events,
            e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal) && e.Participants.Contains("Mira Holt"));

    [Theory]
    // Whoever reports a clause with a subject of its own takes no part in its act, whatever the cue ("said", "confirmed", "announced").
    [InlineData("Mira Holt, the mayor of Velden, confirmed that a man was detained on Monday.", "17", "Mira Holt")]
    [InlineData("The Velden Interior Ministry announced that police arrested two men on Monday.", "17", "Velden Interior Ministry")]
    // A clause joined by ", but" has its own parties.
    [InlineData("A protest took place in Velden on Monday, but Karel Brandt said it was small.", "14", "Karel Brandt")]
    public void Who_reports_or_follows_after_but_is_no_party_to_the_act(string sentence, string root, string reporter) =>
        Assert.DoesNotContain(reporter, Single(sentence, root).Participants);

    [Fact]
    public void Who_announces_what_her_own_body_will_do_takes_part_in_it() =>
        Assert.Contains("Mira Holt", Single("Mira Holt announced on Monday that her government would impose sanctions on Chile.", "16").Participants);

    public static System.Collections.Generic.IEnumerable<object[]> ReportingBodyRows() =>
        KnowledgeBase.Generators.Extraction.Events.EventRoles.ReportingBodies.Select(r => new object[] { r.Example, r.Kind, r.Parties });

    // "it" or "they" heading a reported clause is the body that reports, told by its nationality or after a time phrase.
    [Theory]
    [MemberData(nameof(ReportingBodyRows))]
    [InlineData("The Peru Police said on Monday it had arrested the leader of the Velden Front.", "arrest", new[] { "Peru Police", "Velden Front" })]
    public void A_pronoun_heading_a_reported_clause_is_the_body_that_reports(string sentence, string kind, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    // A relative clause set off by commas has its own parties: none of them is the next verb's subject, and the main
    // clause's parties take no part in the relative clause's act.
    [Theory]
    [InlineData("Karel Brandt, who wrote for the Velden Post as Tom Berg, died in Ostrel on Monday.", "death", new[] { "Karel Brandt" })]
    [InlineData("Peru's president, who visited Chile last week, criticized Bolivia on Friday.", "visit", new[] { "Peru", "Chile" })]
    [InlineData("Peru's president, who visited Chile last week, criticized Bolivia on Friday.", "criticism", new[] { "Peru", "Bolivia" })]
    public void A_relative_clause_set_off_by_commas_keeps_its_parties_to_itself(string sentence, string kind, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    // A subordinate clause that opens the sentence has its own parties: who the main clause after its comma names takes no
    // part in the subordinate clause's act.
    [Theory]
    [InlineData("When Mira Holt visited Ostrel on Monday, Jonas Ruhl criticized the trip.", "visit", new[] { "Mira Holt" })]
    [InlineData("After Ana Ruiz announced her resignation in May, Karel Brandt entered the contest.", "resignation", new[] { "Ana Ruiz" })]
    public void A_fronted_subordinate_clause_keeps_its_parties_to_itself(string sentence, string kind, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    // The country an apology is made to, and the one an envoy is recalled from, is the act's other party, not a place.
    [Theory]
    [InlineData("Peru apologized to Chile for the incident on Monday.", "055", new[] { "Peru", "Chile" })]
    [InlineData("Chile recalled its ambassador from Peru on Monday.", "161", new[] { "Chile", "Peru" })]
    public void The_country_addressed_by_an_apology_or_a_recall_takes_part(string sentence, string cameo, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Cameo == cameo).Participants.ToArray());

    [Theory]
    // A rank named by its state's adjective stands for the state: whom the meeting is with.
    [InlineData("Karel Brandt met the Chilean president in Velden on Monday.", "Karel Brandt|Chile")]
    [InlineData("Karel Brandt met the Norwegian prime minister in Velden on Monday.", "Karel Brandt|Norway")]
    public void An_office_holder_named_by_the_states_adjective_is_the_state_met(string sentence, string parties) =>
        Assert.Equal(parties.Split('|'), Single(sentence, "04").Participants.ToArray());

    [Theory]
    // Those deported named by their country ("citizens of Peru"): the country is whom the deportation is aimed at.
    [InlineData("Canada deported 40 citizens of Peru on Monday.", "Canada|Peru")]
    [InlineData("Canada warned Peru against closing the border on Monday.", "Canada|Peru")]
    public void A_country_acted_on_through_its_citizens_or_warned_takes_part(string sentence, string parties) =>
        Assert.Equal(parties.Split('|'), Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith("1", System.StringComparison.Ordinal)).Participants.ToArray());

    [Theory]
    // What is founded must be a named body: a bakery or rules are no founding of the article.
    [InlineData("Karel Brandt established a bakery in Chile in 1975.")]
    [InlineData("The Velden Council passed a resolution to establish new rules for the market.")]
    public void A_founding_whose_object_names_no_body_is_no_event(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "founding");

    [Fact]
    public void A_body_named_after_the_founded_noun_is_founded() =>
        Assert.Equal(new[] { "Karel Brandt", "Velden Trust" }, Assert.Single(Extract("Karel Brandt founded a charity called the Velden Trust in 2001.").Events, e => e.Kind == "founding").Participants.ToArray());
}
