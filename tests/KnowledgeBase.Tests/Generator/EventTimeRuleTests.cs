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
        var step = Assert.Single(events, e => e.Cameo.StartsWith("17", System.StringComparison.Ordinal));
        Assert.Equal(20190726, step.Date);
        Assert.Equal(new[] { "Karel Brandt" }, step.Participants.ToArray());
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
        var remembered = Assert.Single(Extract("Monday was the 40th anniversary of the Velden Front's takeover of Norland.").Events);
        Assert.Equal(19790000, remembered.Date);
        Assert.DoesNotContain(Extract("Ana Ruiz marked the anniversary of the bombing of Velden on Friday.").Events, e => e.Participants.Contains("Ana Ruiz"));
    }

    [Theory]
    [InlineData("Prime Minister Ana Ruiz said on Friday that twenty people have been confirmed killed.")]
    [InlineData("Governor Tomas Vell said on Monday that two guards were reported killed in the raid.")]
    public void Whoever_reports_deaths_in_the_passive_did_not_kill(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => IsKilling(e) && (e.Participants.Contains("Ana Ruiz") || e.Participants.Contains("Tomas Vell")));

    [Fact]
    public void A_relative_clause_about_a_person_takes_no_date_from_the_main_clause_after_it()
    {
        var events = Extract("Mira Holt, a Norland writer who has published over 300 papers, died on Monday.").Events;
        Assert.Equal(20190722, Assert.Single(events, e => e.Kind == "death").Date);
        Assert.All(events.Where(e => e.Kind == "publication"), e => Assert.Equal(0, e.Date));
    }

    [Fact]
    public void What_is_asked_to_be_done_in_a_passive_infinitive_is_not_told_but_what_is_to_be_done_is_planned()
    {
        Assert.DoesNotContain(Extract("Ana Ruiz called for the Velden ruling to be overturned.").Events, e => e.Kind == "ruling");
        var planned = Assert.Single(Extract("Karel Brandt is to be sentenced by a Velden court in August.").Events, e => e.Cameo.StartsWith("17", System.StringComparison.Ordinal));
        Assert.Equal(2, planned.Status);
    }

    [Theory]
    [InlineData("The agency warned of a possibility of coastal flooding in Velden on Friday.")]
    [InlineData("Governor Ana Ruiz said the Norland Army was capable of the attack on Velden.")]
    [InlineData("The dam was built to reduce the risk of floods in Velden.")]
    public void What_is_foreseen_feared_or_thought_possible_has_not_happened(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind is "flood" || e.Cameo.StartsWith("18", System.StringComparison.Ordinal) || e.Cameo.StartsWith("19", System.StringComparison.Ordinal));

    [Fact]
    public void In_a_reported_clause_his_is_first_its_own_subject_not_the_speaker()
    {
        var death = Assert.Single(Extract("Karel Brandt, a Norland mathematician, fell ill on Wednesday. Doctor Tomas Vell stated that Brandt developed a fever on Wednesday before his death on Saturday.").Events, e => e.Kind == "death");
        Assert.Equal(new[] { "Karel Brandt" }, death.Participants.ToArray());
        var own = Assert.Single(Extract("Tomas Vell said on Friday that his resignation would follow.").Events, e => e.Kind == "resignation");
        Assert.Equal(new[] { "Tomas Vell" }, own.Participants.ToArray());
    }

    [Fact]
    public void Whoever_answers_an_outbreak_or_a_flood_did_not_cause_it_and_an_ongoing_one_began_before_the_answer()
    {
        var outbreak = Assert.Single(Extract("On Friday, Governor Ana Ruiz declared a state of emergency in response to the ongoing measles outbreak.").Events, e => e.Kind == "outbreak");
        Assert.Empty(outbreak.Participants);
        Assert.Equal(0, outbreak.Date);
        var flood = Assert.Single(Extract("The Velden Water Board opened the dams on Friday because of heavy flooding in Norland.").Events, e => e.Kind == "flood");
        Assert.DoesNotContain("Velden Water Board", flood.Participants);
    }

    [Fact]
    public void Two_acts_of_the_same_parties_on_dates_that_cannot_be_one_day_are_two_events()
    {
        var events = Extract("Canada sanctioned Norway in 2007. Canada sanctioned Norway again in 2011.").Events;
        Assert.Equal(new[] { 20070000, 20110000 }, events.Where(e => e.Cameo == "163").Select(e => e.Date).OrderBy(d => d).ToArray());
        // A coarser date agrees with a finer one: told twice, one act.
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
        var interview = Extract("Karel Brandt spoke with Wikinews.\n\n((Wikinews)) Was Tomas Vell banned by the Velden Chess Federation?\n\n((Karel Brandt)) Yes. Ostrel Shipping sold its ferries to Velland Rail Company in 2015.").Events;
        Assert.DoesNotContain(interview, e => e.Cameo.StartsWith("06", System.StringComparison.Ordinal) || e.Cameo.StartsWith("17", System.StringComparison.Ordinal));
        Assert.Single(Extract("Ostrel Shipping sold its ferries to Velland Rail Company in 2015.").Events, e => e.Cameo.StartsWith("06", System.StringComparison.Ordinal));
    }

    [Fact]
    public void One_of_those_convicted_named_alone_is_the_same_conviction_but_another_judges_sentence_is_another()
    {
        Assert.Single(Extract("Ana Ruiz and Tomas Vell were convicted of fraud on Friday. Ruiz wept when convicted.").Events, e => e.Cameo == "116");
        var sentences = Extract("Judge Mira Holt sentenced Karel Brandt and Jan Kowal in July. Another judge sentenced Kowal on Friday.").Events;
        Assert.Equal(2, sentences.Count(e => e.Cameo.StartsWith("17", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_storm_or_a_flood_after_to_is_a_verb_not_the_weather() =>
        Assert.DoesNotContain(Extract("On Friday, hundreds of fans were to storm the Velden Arena.").Events, e => e.Kind is "storm" or "flood");
}
