using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Acts a sentence names as belonging to another time than its own: the crime a legal step is taken for, the event an
/// anniversary remembers, deaths a speaker reports. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventTimeRuleTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static bool IsKilling(EventModel e) => e.Cameo.StartsWith("18", System.StringComparison.Ordinal);

    [Theory]
    [InlineData("On Friday, Karel Brandt was sentenced to life in prison for the murder of Mira Holt.")]
    [InlineData("Police arrested Karel Brandt on Friday for the killing of Mira Holt.")]
    [InlineData("On Friday, Karel Brandt was sentenced for Mira Holt's murder.")]
    [InlineData("Karel Brandt was arrested on Friday in connection with the stabbing of Mira Holt.")]
    public void The_crime_a_legal_step_is_taken_for_is_older_than_the_step_and_its_victim_takes_no_part_in_it(string sentence)
    {
        var events = Extract(sentence).Events;
        var crime = Assert.Single(events, IsKilling);
        Assert.Equal(0, crime.Date);
        Assert.Contains("Mira Holt", crime.Participants);
        var step = Assert.Single(events, e => e.Kind is "sentencing" or "arrest");
        Assert.Equal(20190726, step.Date);
        Assert.Equal(new[] { "Karel Brandt" }, step.Participants.ToArray());
    }

    public static System.Collections.Generic.IEnumerable<object[]> ReasonRows() =>
        KnowledgeBase.Generators.Extraction.Events.LegalReasons.ReasonPrepositions.Select(r => new object[] { r.Example, r.Step });

    // Whatever preposition names the crime a step is taken for, its victim is no party to the step.
    [Theory]
    [MemberData(nameof(ReasonRows))]
    public void The_victim_named_in_the_reason_of_a_legal_step_takes_no_part_in_it(string sentence, string step)
    {
        var events = Extract(sentence).Events;
        Assert.Contains(events, e => e.Kind == step);
        Assert.DoesNotContain(events, e => e.Kind == step && e.Participants.Contains("Mira Holt"));
    }

    [Fact]
    public void The_victim_of_the_attack_a_legal_step_is_taken_for_takes_no_part_in_the_step()
    {
        var step = Assert.Single(Extract("Karel Brandt was jailed on Thursday for the attack on Mira Holt.").Events, e => e.Kind == "sentencing");
        Assert.Equal(new[] { "Karel Brandt" }, step.Participants.ToArray());
    }

    [Fact]
    public void What_a_witness_testified_happened_takes_no_date_from_the_lead()
    {
        var events = Extract("A court in Velden jailed Karel Brandt on Thursday.\n\nIn the trial, Mira Holt testified she was attacked by Tomas Vell.").Events;
        var attack = Assert.Single(events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
        Assert.Equal(0, attack.Date);
    }

    [Fact]
    public void A_circumstance_after_despite_or_amid_is_dated_by_its_month_and_is_not_the_subjects_act()
    {
        var criticism = Assert.Single(Extract("Karel Brandt signed the order on Wednesday despite criticism by the Velden Farmers Union.").Events, e => e.Cameo == "111");
        Assert.Equal(20190700, criticism.Date);
        Assert.Equal("Velden Farmers Union", criticism.Participants[0]);
        Assert.DoesNotContain(Extract("Amid protests in Velden, Karel Brandt resigned on Friday.").Events, e => e.Cameo.StartsWith("14", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("More than 40 people have been arrested in Velden since the strikes began in June.", 20190000)]
    [InlineData("Police have arrested 40 people in Velden since June 3.", 20190000)]
    [InlineData("The Velden Front attacked Ostrel, the deadliest attack since a bombing in June.", 0)]
    public void A_date_since_opens_a_period_and_dates_an_act_outside_the_phrase_only_by_its_year_but_after_a_superlative_none(string sentence, int date)
    {
        var e = Assert.Single(Extract(sentence).Events);
        Assert.Equal(date, e.Date);
    }

    [Theory]
    [InlineData("The Velden Interior Ministry also announced that two crew members had been rescued.", 20190726)]
    [InlineData("The Velden Interior Ministry announced the ferry would be raised by the navy.", 20190726)]
    [InlineData("The Velden Interior Ministry had announced that the ferry was safe.", 0)]
    [InlineData("The Velden Interior Ministry previously announced that the ferry would be raised.", 0)]
    public void A_statement_takes_the_lead_day_whatever_the_tense_of_what_it_said_but_not_when_told_as_before(string sentence, int date) =>
        Assert.Equal(date, DateAfterLead("A ferry sank near Ostrel on Friday, killing six people.", sentence, "01"));

    [Theory]
    [InlineData("Mira Holt, the Velden interior minister, spoke to reporters on Wednesday. She also announced that two crew members had been rescued.", 20190724)]
    [InlineData("Mira Holt, the Velden interior minister, spoke to reporters on Wednesday. She had also announced that two crew members were rescued.", 0)]
    public void A_pluperfect_in_what_a_statement_reports_leaves_the_statement_the_paragraphs_day(string paragraph, int date) =>
        Assert.Equal(date, DateAfterLead("A ferry sank near Ostrel on Friday, killing six people.", paragraph, "010"));

    // The date of the one event of a CAMEO root that a paragraph after a lead of Friday tells.
    private static int DateAfterLead(string lead, string paragraph, string root) =>
        Assert.Single(Extract(lead + "\n\n" + paragraph).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal)).Date;

    [Theory]
    [InlineData("The opposition won the elections in 2008 with a large majority. Crowds gathered in the streets. Refusing to give up power, Brandt expelled the Norland ambassador.", 0)]
    [InlineData("The opposition won the elections in 2008 with a large majority. The ferry sank near Ostrel on Thursday. Crowds gathered in the streets. Refusing to give up power, Brandt expelled the Norland ambassador.", 20190726)]
    [InlineData("The opposition won the elections with a large majority. Crowds gathered in the streets. Refusing to give up power, Brandt expelled the Norland ambassador.", 20190726)]
    public void A_sentence_after_one_set_in_an_earlier_year_goes_on_in_that_year_and_takes_no_lead_day(string paragraph, int date) =>
        Assert.Equal(date, DateAfterLead("Velden President Karel Brandt resigned on Friday.", paragraph, "16"));

    [Theory]
    [InlineData("In 2011, the opposition won the elections with a large majority. Crowds gathered in the streets.\n\nRefusing to give up power, Brandt expelled the Norland ambassador.", 0)]
    [InlineData("In March 2011, the opposition won the elections with a large majority.\n\nRefusing to give up power, Brandt expelled the Norland ambassador.", 0)]
    // Only the paragraph right before sets the past; one between goes back to the story.
    [InlineData("In 2011, the opposition won the elections with a large majority.\n\nCrowds gathered in the streets of Ostrel.\n\nRefusing to give up power, Brandt expelled the Norland ambassador.", 20190726)]
    // An act of the kind the story told on its day is one of the story's acts ("expelled" after the expulsion of Friday).
    [InlineData("Brandt expelled Lena Vos from the party.\n\nIn 2011, the opposition won the elections with a large majority.\n\nBrandt expelled Tomas Vell from the party.", 20190726, "17", 1)]
    // A year inside the sentence, not opening it, names a thing of the past and sets no paragraph after it there.
    [InlineData("The opposition won the elections of 2011 with a large majority.\n\nRefusing to give up power, Brandt expelled the Norland ambassador.", 20190726)]
    public void A_paragraph_after_one_that_opens_with_an_earlier_year_goes_on_in_that_year(string paragraphs, int date, string root = "16", int which = 0) =>
        Assert.Equal(date, Extract("Velden President Karel Brandt resigned on Friday.\n\n" + paragraphs).Events.Where(e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal)).ElementAt(which).Date);

    [Theory]
    [InlineData("Around the league, June 2019", 20190600)]
    [InlineData("Around the league: June 2019", 20190600)]
    [InlineData("Floods in Ostrel in June 2019", 0)] // no separator: a headline about something in June, not a review of June
    [InlineData("Around the league, June 2019, part two", 0)] // the month does not end the headline
    [InlineData("Around the league, June 2018", 20180600)]
    public void A_headline_that_ends_with_a_month_dates_the_undated_acts_of_its_review_to_that_month(string headline, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.ExtractTitled(headline, "Velden police arrested the striker Karel Brandt. Brandt had previously played for Ostrel.").Events, e => e.Cameo.StartsWith("17", System.StringComparison.Ordinal)).Date);

    [Theory]
    [InlineData("Velden police arrested the 24 year old striker Karel Brandt.", 20190600)]
    [InlineData("Velden police arrested the striker Karel Brandt, 24 years old.", 20190600)]
    [InlineData("Velden police arrested the striker Karel Brandt over a ten year feud with his coach.", 20190600)]
    [InlineData("Velden police arrested the striker Karel Brandt one year later.", 0)] // the counted span places the act
    [InlineData("Velden police arrested the striker Karel Brandt years ago.", 0)]
    [InlineData("Velden police arrested the formerly unbeaten striker Karel Brandt.", 20190600)] // the adverb tells of the noun
    [InlineData("Velden police arrested his once loyal driver Karel Brandt.", 20190600)]
    [InlineData("Velden police formerly arrested the striker Karel Brandt.", 0)]
    // An opening "before" a definite occasion sets the act before one of the month's occasions; inside the sentence it tells another time.
    [InlineData("Before the start of the Ostrel cup, Velden police arrested the striker Karel Brandt.", 20190600)]
    [InlineData("Just before the final match of the season, Velden police arrested the striker Karel Brandt.", 20190600)]
    [InlineData("Velden police arrested the striker Karel Brandt before the final match of the season.", 0)]
    public void A_time_word_that_tells_of_a_noun_does_not_keep_the_headline_month_from_an_act(string text, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.ExtractTitled("Around the league, June 2019", text).Events, e => e.Cameo.StartsWith("17", System.StringComparison.Ordinal)).Date);

    [Fact]
    public void A_headline_month_dates_no_act_told_as_before_or_with_a_date_of_its_own()
    {
        var events = RuleArticle.ExtractTitled("Around the league, June 2019", "Velden police had arrested the striker Karel Brandt. Ostrel police arrested the coach Mira Holt in 2017.").Events;
        Assert.Contains(events, e => e.Date == 20170000);
        Assert.All(events, e => Assert.NotEqual(20190600, e.Date));
    }

    [Fact]
    public void The_older_crime_takes_no_date_from_the_lead_either()
    {
        var events = Extract("Velden police charged Karel Brandt with fraud on Friday.\n\nBrandt was also jailed for the stabbing of Mira Holt.").Events;
        Assert.Equal(0, Assert.Single(events, IsKilling).Date);
    }

    [Fact]
    public void A_crime_told_as_it_happens_keeps_the_day_of_its_clause()
    {
        var killing = Assert.Single(Extract("Karel Brandt killed Mira Holt in Velden on Friday.").Events, IsKilling);
        Assert.Equal(20190726, killing.Date);
        var found = Assert.Single(Extract("The murder of Mira Holt on Friday shocked Velden.").Events, IsKilling);
        Assert.Equal(20190726, found.Date);
    }

    [Fact]
    public void An_anniversary_dates_the_event_it_remembers_that_many_years_before_and_who_marks_it_did_not_do_it()
    {
        var remembered = Assert.Single(Extract("On Sunday, Velden marked the 25th anniversary of the Norland Army's bombing of its harbour.").Events, IsKilling);
        Assert.Equal(19940000, remembered.Date);
        Assert.Equal(new[] { "Norland Army" }, remembered.Participants.ToArray());
        var massacre = Assert.Single(Extract("Mira Holt laid flowers on Friday on the 30th anniversary of the 1989 bombing of Ostrel by the Norland Army.").Events, IsKilling);
        Assert.Equal(19890000, massacre.Date);
        Assert.DoesNotContain("Mira Holt", massacre.Participants);
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz told reporters that nine miners were confirmed killed in the collapse.")]
    [InlineData("Governor Tomas Vell said on Monday that two guards were reported killed in the raid.")]
    public void Whoever_reports_deaths_in_the_passive_did_not_kill(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => IsKilling(e) && (e.Participants.Contains("Ana Ruiz") || e.Participants.Contains("Tomas Vell")));

    [Fact]
    public void A_relative_clause_takes_no_date_from_the_main_clause_it_ends_in()
    {
        var events = Extract("Karel Brandt, who founded the Velden Rowing Club, retired on Friday.").Events;
        Assert.Equal(0, Assert.Single(events, e => e.Kind == "founding").Date);
        // A comma before a place or a preposition does not end it: the year is the relative clause's own.
        var firm = Extract("Ostrel Shipping, which was founded in Velden, Canada, in 1992, sold its ferries on Friday.").Events;
        Assert.Equal(19920000, Assert.Single(firm, e => e.Kind == "founding").Date);
    }

    [Fact]
    public void What_is_asked_to_be_done_in_a_passive_infinitive_is_not_told_but_what_is_to_be_done_is_planned()
    {
        Assert.DoesNotContain(Extract("Ostrel Shipping asked for the Velden court's decision to be overturned.").Events, e => e.Kind == "ruling");
        var planned = Assert.Single(Extract("Karel Brandt is to be sentenced by a Velden court in August.").Events, e => e.Kind == "sentencing");
        Assert.Equal(2, planned.Status);
        // "the first woman to be elected" was elected.
        Assert.Single(Extract("In 2018 Mira Holt became the first woman to be elected mayor of Velden.").Events, e => e.Kind == "election");
    }

    [Theory]
    [InlineData("Engineers in Velden spoke on Friday of the risk of a Norland flood.")]
    [InlineData("Ana Ruiz spoke of the danger of an attack on Velden by the Norland Army.")]
    [InlineData("The dam was built to reduce the risk of floods in Velden.")]
    public void What_is_foreseen_or_feared_has_not_happened(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind is "flood" || e.Cameo.StartsWith("18", System.StringComparison.Ordinal) || e.Cameo.StartsWith("19", System.StringComparison.Ordinal));

    // A measure someone faces has not been taken; charges faced have been brought.
    [Theory]
    [InlineData("Karel Brandt faces deportation to Peru after his visa expired.", "deportation")]
    [InlineData("Mira Holt is facing deportation to Chile over her visa.", "deportation")]
    [InlineData("Karel Brandt faces a mandatory life sentence for the murder of Ana Ruiz.", "sentencing")]
    [InlineData("Tomas Vell is facing a lengthy prison sentence in Velden.", "sentencing")]
    public void A_measure_someone_faces_has_not_been_taken(string sentence, string kind) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == kind);

    [Fact]
    public void In_a_reported_clause_his_is_first_its_own_subject_not_the_speaker()
    {
        var other = Assert.Single(Extract("Tomas Vell told reporters on Friday that Karel Brandt had announced his resignation.").Events, e => e.Kind == "resignation");
        Assert.Equal(new[] { "Karel Brandt" }, other.Participants.ToArray());
        var own = Assert.Single(Extract("Tomas Vell said on Friday that his resignation would follow.").Events, e => e.Kind == "resignation");
        Assert.Equal(new[] { "Tomas Vell" }, own.Participants.ToArray());
    }

    [Fact]
    public void Whoever_answers_an_outbreak_or_a_flood_did_not_cause_it_and_an_ongoing_one_began_before_the_answer()
    {
        var outbreak = Assert.Single(Extract("On Friday, the ongoing measles outbreak led Governor Ana Ruiz to close the Velden schools.").Events, e => e.Kind == "outbreak");
        Assert.Empty(outbreak.Participants);
        Assert.Equal(0, outbreak.Date);
        var flood = Assert.Single(Extract("The Velden Water Board opened the dams on Friday because of heavy flooding in Norland.").Events, e => e.Kind == "flood");
        Assert.DoesNotContain("Velden Water Board", flood.Participants);
    }

    [Fact]
    public void Two_acts_of_the_same_parties_on_dates_that_cannot_be_one_day_are_two_events()
    {
        var events = Extract("Canada sanctioned Norway in 1998 over its fishing fleet. In 2004, Canada sanctioned Norway once more.").Events;
        Assert.Equal(new[] { 19980000, 20040000 }, events.Where(e => e.Cameo == "163").Select(e => e.Date).OrderBy(d => d).ToArray());
        // A coarser date agrees with a finer one: told twice, one act, with the finer date.
        var once = Extract("Canada sanctioned Norway in March 2011. Canada sanctioned Norway on March 3, 2011 over its fishing fleet.").Events;
        Assert.Equal(20110303, Assert.Single(once, e => e.Cameo == "163").Date);
    }

    [Fact]
    public void A_person_dies_once_whatever_two_dates_the_article_gives()
    {
        var events = Extract("Tomas Vell died on Saturday in Velden. A statement from his family said on Sunday that Tomas Vell died on Friday night.").Events;
        Assert.Single(events, e => e.Kind == "death");
    }

    [Fact]
    public void An_interview_turn_is_the_speakers_words_and_tells_no_narrator_event()
    {
        var interview = Extract("Karel Brandt spoke with the Velden Post.\n\n((Velden Post)) Was Tomas Vell banned by the Velden Chess Federation?\n\n((Karel Brandt)) Yes. Ostrel Shipping sold its ferries to Velland Rail Company in 2015.").Events;
        Assert.DoesNotContain(interview, e => e.Cameo.StartsWith("06", System.StringComparison.Ordinal) || e.Cameo.StartsWith("17", System.StringComparison.Ordinal));
        Assert.Single(Extract("Ostrel Shipping sold its ferries to Velland Rail Company in 2015.").Events, e => e.Cameo.StartsWith("06", System.StringComparison.Ordinal));
    }

    [Fact]
    public void One_of_those_convicted_named_alone_is_the_same_conviction_but_another_judges_sentence_is_another()
    {
        Assert.Single(Extract("Ana Ruiz and Tomas Vell were convicted of fraud on Friday. Ruiz, convicted on two counts, plans an appeal.").Events, e => e.Cameo == "116");
        var sentences = Extract("Judge Mira Holt sentenced Karel Brandt and Jan Kowal in July. Another judge sentenced Kowal on Friday.").Events;
        Assert.Equal(2, sentences.Count(e => e.Kind == "sentencing"));
    }

    [Fact]
    public void A_flood_right_after_an_infinitives_to_is_the_verb_even_in_a_plan() =>
        Assert.DoesNotContain(Extract("The rebels planned to flood the valley below the Ostrel dam.").Events, e => e.Kind is "flood" or "storm");

    [Fact]
    public void A_party_named_to_compare_with_takes_no_part_and_a_closed_relative_clause_keeps_its_date()
    {
        var resignation = Assert.Single(Extract("Karel Brandt, unlike Ana Ruiz, resigned on Friday.").Events, e => e.Kind == "resignation");
        Assert.Equal(new[] { "Karel Brandt" }, resignation.Participants.ToArray());
        var death = Assert.Single(Extract("On Friday, Tomas Vell, who ran for governor in 2010, died in Norvale.").Events, e => e.Kind == "death");
        Assert.Equal(20190726, death.Date);
        var compared = Assert.Single(Extract("On Friday, Tomas Vell, who like Ana Ruiz ran for governor, died in Norvale.").Events, e => e.Kind == "death");
        Assert.Equal(new[] { "Tomas Vell" }, compared.Participants.ToArray());
    }

    [Theory]
    [InlineData("In August, the family tried to have Karel Brandt released from prison.")]
    [InlineData("Last year the union failed to have Karel Brandt dismissed by Ostrel Shipping.")]
    public void What_was_only_tried_or_failed_did_not_happen(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Participants.Contains("Karel Brandt"));

    [Fact]
    public void The_government_is_the_one_government_the_article_has_named()
    {
        var ban = Assert.Single(Extract("The Canadian government declared a state of emergency on Monday. The government banned travel between the islands.").Events, e => e.Cameo == "172");
        Assert.Equal(new[] { "Government of Canada" }, ban.Participants.ToArray());
        // With no government named, "the government" stands for nobody.
        Assert.DoesNotContain(Extract("Canada and Norway signed a pact on Monday. The government banned public gatherings on Tuesday.").Events, e => e.Cameo == "172");
    }

    [Fact]
    public void Every_item_a_list_of_demands_names_is_asked_for_not_done() =>
        Assert.DoesNotContain(Extract("The Canadian government met the strikers on Monday. Their demands include higher pay and the dismissal of Tomas Vell by the government.").Events, e => e.Kind == "dismissal");

    [Fact]
    public void Prohibiting_in_the_past_is_a_ban_and_a_rule_that_prohibits_is_none()
    {
        Assert.Single(Extract("The Canadian government prohibited public gatherings in Velden on Monday.").Events, e => e.Cameo == "172");
        Assert.DoesNotContain(Extract("The Velden charter prohibits public gatherings near Canada's border.").Events, e => e.Cameo == "172");
    }

    [Theory]
    [InlineData("Governor Ana Ruiz met Tomas Vell on Monday night, and she resigned the next morning.", "resignation", 20190723)]
    [InlineData("Tomas Vell was arrested on Wednesday. He was released the next morning.", "release", 20190725)]
    [InlineData("Tomas Vell was arrested on Wednesday. He was released the next day.", "release", 20190725)] // guard: as before
    public void The_next_day_or_morning_is_the_day_after_the_last_day_named_in_the_sentence_or_before_it(string paragraph, string kind, int date) =>
        Assert.Equal(date, Assert.Single(Extract(paragraph).Events, e => e.Kind == kind).Date);

    // The third paragraph goes back to the Wednesday of the second, not to the Friday of the lead.
    [Theory]
    [InlineData("Mira Holt criticized Tomas Vell the same day.", 20190724)]
    [InlineData("Earlier that day, Mira Holt criticized Tomas Vell.", 20190724)]
    [InlineData("That night, Mira Holt criticized Tomas Vell.", 20190724)]
    [InlineData("Earlier in the day, Mira Holt criticized Tomas Vell.", 20190724)]
    [InlineData("Later in the day, Mira Holt criticized Tomas Vell.", 20190724)]
    [InlineData("The next evening, Mira Holt criticized Tomas Vell.", 20190725)]
    public void That_day_and_the_same_day_are_the_last_day_named(string paragraph, int date) =>
        Assert.Equal(date, Assert.Single(Extract("Velden President Karel Brandt resigned on Friday.\n\nOn Wednesday, police arrested Tomas Vell.\n\n" + paragraph).Events, e => e.Cameo == "111").Date);

    [Fact]
    public void A_day_named_inside_a_quotation_is_not_the_day_that_day_goes_back_to()
    {
        var events = Extract("On Saturday, a fire broke out at the Ostrel docks.\n\nA nurse, Mira Holt, said \"We received the first patients this morning.\"\n\nThe Ostrel Port Authority closed the docks after the fire and reopened them later that day.").Events;
        Assert.DoesNotContain(events, e => e.Date == 20190728);
    }

    // The attack on Wednesday (July 24); the arrest told by a span counted after it, in a sentence of no date of its own.
    [Theory]
    [InlineData("Gunmen attacked a market in Velden on Wednesday.\n\nTwo days after the attack, police arrested Tomas Vell.", 20190726)]
    [InlineData("Gunmen attacked a market in Velden on Wednesday.\n\nPolice arrested Tomas Vell three days after the attack.", 20190727)]
    [InlineData("Gunmen attacked a market in Velden on Wednesday. Mira Holt resigned on Friday.\n\nThe day after the attack, police arrested Tomas Vell.", 20190725)]
    public void A_span_counted_after_an_occasion_told_before_counts_from_its_day(string paragraphs, int date) =>
        Assert.Equal(date, Assert.Single(Extract(paragraphs).Events, e => e.Kind == "arrest").Date);

    [Fact]
    public void A_span_counted_after_a_clause_counts_back_from_the_day_before() =>
        Assert.Equal(20190724, Assert.Single(Extract("On Friday, Velden mayor Mira Holt resigned. Holt quit her post two days after the Norland High Court convicted her brother.").Events, e => e.Kind == "conviction").Date);

    public static System.Collections.Generic.IEnumerable<object[]> RelativeDayRows() =>
        KnowledgeBase.Generators.Extraction.Events.DateResolver.RelativeDays.Select(r => new object[] { r.Example, r.Days });

    // Each row's example: an act on Wednesday (July 24), then one told by the row's phrase that many days after it.
    [Theory]
    [MemberData(nameof(RelativeDayRows))]
    public void Each_relative_day_row_dates_its_example_from_the_last_day_named(string example, int days)
    {
        var events = Extract(example).Events;
        Assert.True(events.Count >= 2, example + " => " + string.Join("; ", events.Select(e => e.Kind + "@" + e.Date)));
        Assert.All(events, e => Assert.Contains(e.Date, new[] { 20190724, 20190724 + days }));
        Assert.Contains(events, e => e.Date == 20190724 + days);
    }

    [Theory]
    [InlineData("Tomas Vell was released on Wednesday. Police arrested him in Velden the day before the vote.")]
    public void The_day_before_set_against_what_follows_is_not_told_from_the_last_day(string paragraph) =>
        Assert.Contains(Extract(paragraph).Events, e => e.Kind == "arrest" && e.Date != 20190723);

    public static System.Collections.Generic.IEnumerable<object[]> LocalDayRows() =>
        KnowledgeBase.Generators.Extraction.Events.DateResolver.LocalDays.Select(r => new object[] { r.Example, r.Date });

    // Each row's example: a weekday told in a local clock, the day after the dateline (Monday, July 29), not six days back.
    [Theory]
    [MemberData(nameof(LocalDayRows))]
    public void Each_local_day_row_reads_the_weekday_after_the_dateline_as_the_next_day(string example, int date) =>
        Assert.Equal(new[] { date }, RuleArticle.Dates(example));

    // The body found on Monday, local time, in an article of Sunday: that Monday (July 29); without the local clock, or for
    // another weekday, the last such day before the dateline.
    [Theory]
    [InlineData("Mira Holt was found dead in a Velden flat on Monday morning, local time.", 20190729)]
    [InlineData("Mira Holt was found dead in a Velden flat on Monday morning.", 20190722)]
    [InlineData("Mira Holt was found dead in a Velden flat on Thursday morning, local time.", 20190725)]
    public void A_weekday_told_in_a_local_clock_ahead_of_the_dateline_is_the_next_day(string sentence, int date) =>
        Assert.Equal(date, Assert.Single(Extract(sentence).Events, e => e.Kind == "death").Date);

    public static System.Collections.Generic.IEnumerable<object[]> OtherClockRows() =>
        KnowledgeBase.Generators.Extraction.Events.DateResolver.OtherClocks.Select(r => new object[] { r.Example, r.Date });

    // Each row's example: an act told on one day, then again in brackets in a world clock on the day before; the act keeps the first.
    [Theory]
    [MemberData(nameof(OtherClockRows))]
    public void Each_other_clock_row_leaves_the_day_in_its_brackets_to_the_day_before_them(string example, int date)
    {
        var events = Extract(example).Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(date, e.Date));
    }
}
