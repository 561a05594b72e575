using System.Linq;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Extraction.Events;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Occurrences nobody did (outbreaks, crashes, disasters) and relative dates such as "last week", on invented sentences
/// (the dateline of <see cref="RuleArticle"/> is Sunday, July 28, 2019).
/// </summary>
public sealed class OccurrenceRuleTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Fact]
    public void An_outbreak_with_nobody_named_is_still_an_event()
    {
        var model = Extract("A measles outbreak was confirmed on July 2.");
        var outbreak = Assert.Single(model.Events, e => e.Kind == "outbreak");
        Assert.Empty(outbreak.Participants);
        Assert.Equal(20190702, outbreak.Date);
    }

    [Fact]
    public void Mentions_of_one_occurrence_on_one_day_are_one_event_and_other_days_are_others()
    {
        var model = Extract("A measles outbreak was confirmed on July 2. The outbreak spread quickly. A second outbreak was confirmed on July 20.");
        var outbreaks = model.Events.Where(e => e.Kind == "outbreak").Select(e => e.Date).OrderBy(d => d).ToArray();
        Assert.Equal(new[] { 20190702, 20190720 }, outbreaks);
    }

    [Theory]
    // An election told once for a list of places is one election per place, with the same parties and day.
    [InlineData("The Velden Green Party held primaries in Utah, Maine and Ohio on Tuesday.", "Maine|Ohio|Utah")]
    [InlineData("On Tuesday the Velden Green Party held its primaries in the states of Utah, Maine, and Ohio.", "Maine|Ohio|Utah")]
    [InlineData("On Tuesday the Velden Green Party held primaries in the Canadian provinces of Ontario, Quebec and Manitoba.", "Manitoba|Ontario|Quebec")]
    // One place is one election.
    [InlineData("The Velden Green Party held primaries in Utah on Tuesday.", "Utah")]
    public void An_election_in_a_list_of_places_is_one_election_per_place(string sentence, string places)
    {
        var elections = Extract(sentence).Events.Where(e => e.Kind is "primary" or "election").ToList();
        Assert.Equal(places, string.Join("|", elections.Select(e => e.Place).OrderBy(p => p, System.StringComparer.Ordinal)));
        Assert.All(elections, e => Assert.Equal(("Velden Green Party", 20190723), (e.Participants.ToArray().FirstOrDefault(), e.Date)));
    }

    [Fact]
    public void A_town_and_its_state_are_one_place_not_a_list() =>
        Assert.Single(Extract("Mira Holt won the mayoral election in Austin, Texas on Tuesday.").Events, e => e.Kind is "primary" or "election");

    [Fact]
    public void Places_of_another_act_told_after_a_word_of_time_do_not_split_the_election() =>
        Assert.Single(Extract("Mira Holt became the Velden Green Party's candidate for the 2024 presidential election of Norland after winning its primaries in Utah and Maine.").Events, e => e.Kind == "election");

    [Fact]
    public void An_act_with_nobody_named_is_no_event()
    {
        Assert.DoesNotContain(Extract("The deal was criticized on Monday.").Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(20190728, 20190700)] // 15-21 July lies in July
    [InlineData(20190805, 20190800)] // 29 July - 4 August: four of its days lie in August
    [InlineData(20200106, 20200100)] // 30 December - 5 January: five of its days lie in January
    [InlineData(20190703, 20190600)] // 24-30 June lies in June
    public void Last_week_is_dated_to_the_month_most_of_its_days_lie_in(int published, int expected)
    {
        Assert.Equal(expected, DateResolver.LastWeek(published));
    }

    [Theory]
    [InlineData(20191101, 20191000)] // Monday 28 to Thursday 31 October: the dateline's own day is not earlier
    [InlineData(20191003, 20191000)] // Monday 30 September to Wednesday 2 October: two of three days in October
    [InlineData(20191002, 0)]        // Monday 30 September and Tuesday 1 October split evenly: no date
    [InlineData(20190725, 20190700)]
    public void Earlier_this_week_is_dated_to_the_month_most_of_its_past_days_lie_in(int published, int expected)
    {
        Assert.Equal(expected, DateResolver.EarlierThisWeek(published));
    }

    [Theory]
    [InlineData(20200922, 0, 20200900)] // "will vote this week" of Tuesday 22 September: 22 to 27 September
    [InlineData(20200929, 0, 20201000)] // Tuesday 29 September to Sunday 4 October: four of six days in October
    [InlineData(20200929, 1, 20201000)] // "later this week": 30 September to 4 October
    [InlineData(20200927, 0, 0)]        // a Sunday's "this week" may be the coming one
    public void The_rest_of_this_week_is_dated_to_the_month_most_of_its_days_lie_in(int published, int skip, int expected)
    {
        Assert.Equal(expected, DateResolver.RestOfWeek(published, skip));
    }

    [Theory]
    [InlineData("The Velden council will vote on the budget later this week.")]
    [InlineData("The Velden council will vote on the budget this week.")]
    public void The_rest_of_this_week_dates_only_a_plan(string sentence)
    {
        var mention = Assert.Single(DateResolver.Find(Tokenizer.Tokenize(sentence, 0, sentence.Length), 20200922));
        Assert.Equal((20200900, true), (mention.Packed, mention.Upcoming));
    }

    [Fact]
    public void Last_week_dates_its_own_clause_instead_of_the_day_the_sentence_before_gave()
    {
        var model = Extract("Yesterday, the Norvale Assembly voted to pass the bill. The vote follows the arrest of Jan Kowal by the Norvale Police Department last week.");
        var arrest = Assert.Single(model.Events, e => e.Cameo == "173");
        Assert.Equal(20190700, arrest.Date);
    }

    [Fact]
    public void A_government_named_with_its_country_acts_as_the_government_and_the_country_alone_as_the_country()
    {
        var model = Extract("The Canadian government closed the schools on Monday. Canada closed its border on Tuesday.");
        var closures = model.Events.Where(e => e.Kind == "closure").OrderBy(e => e.Date).ToArray();
        Assert.Equal(2, closures.Length);
        Assert.Equal("Government of Canada", closures[0].Participants[0]);
        Assert.Equal("Canada", closures[1].Participants[0]);
    }

    [Fact]
    public void A_government_modifying_the_events_own_noun_is_no_actor()
    {
        var model = Extract("The Canadian government shutdown began on Monday.");
        Assert.All(model.Events, e => Assert.DoesNotContain("Government of Canada", e.Participants));
    }

    [Fact]
    public void One_person_released_or_arrested_with_no_agent_named_is_still_an_event()
    {
        var model = Extract("Karel Brandt was released from prison in 2018. Ostrel Shipping was criticized in 2018.");
        var release = Assert.Single(model.Events, e => e.Cameo == "0841");
        Assert.Equal(new[] { "Karel Brandt" }, release.Participants.ToArray());
        Assert.Equal(20180000, release.Date);
        Assert.DoesNotContain(model.Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Deaths_counted_with_nobody_named_are_an_event_and_uncounted_talk_of_death_is_not()
    {
        Assert.Contains(Extract("At least 56 people died in the crush on July 7.").Events, e => e.Kind == "death" && e.Participants.Count == 0);
        Assert.DoesNotContain(Extract("The bishop warned against a culture of death.").Events, e => e.Kind == "death");
    }

    [Fact]
    public void Deaths_an_outbreak_caused_are_counted_apart_and_deaths_in_an_accident_are_the_accidents()
    {
        var model = Extract("The flu outbreak in Velden caused 40 deaths in October.\n\nA bus crash near Norvale resulted in 12 deaths on Friday.");
        var death = Assert.Single(model.Events, e => e.Kind == "death");
        Assert.Contains("flu outbreak", model.Text.Substring(death.Start, death.Length));
        Assert.Single(model.Events, e => e.Kind == "crash");
    }

    [Fact]
    public void An_occasion_whose_own_year_is_after_the_datelines_is_planned_in_that_year()
    {
        var election = Assert.Single(Extract("Ana Ruiz leads the polls for the 2020 Norvale election.").Events, e => e.Kind == "election");
        Assert.Equal(2, election.Status); // planned
        Assert.Equal(20200000, election.Date);
    }

    [Fact]
    public void An_occasion_already_told_named_again_in_a_background_phrase_is_no_new_event()
    {
        var model = Extract("Ana Ruiz died on Friday in Velden.\n\nHer brother Tomas Vell said Ruiz had fallen ill a week before her death.");
        Assert.Equal(new[] { "Ana Ruiz" }, Assert.Single(model.Events, e => e.Kind == "death").Participants.ToArray());
    }

    [Fact]
    public void A_background_occasion_of_someone_else_is_an_event_of_its_own()
    {
        var model = Extract("Governor Ana Ruiz resigned on Friday.\n\nThe post of deputy stands vacant following the resignation of Karel Brandt over the scandal.");
        Assert.Contains(model.Events, e => e.Participants.SequenceEqual(new[] { "Karel Brandt" }));
        Assert.Contains(model.Events, e => e.Participants.SequenceEqual(new[] { "Ana Ruiz" }));
    }

    [Fact]
    public void An_event_noun_modifying_another_noun_is_no_event_and_one_before_a_participle_is()
    {
        Assert.DoesNotContain(Extract("The Velden weather office issued a hurricane warning for Norvale on Monday.").Events, e => e.Kind == "storm");
        Assert.Contains(Extract("The Velden Supreme Court issued a ruling finding the ban unlawful on Monday.").Events, e => e.Kind == "ruling");
    }

    [Fact]
    public void A_death_announced_has_happened()
    {
        var death = Assert.Single(Extract("The Velden Space Agency announced the death of astronaut Karel Brandt on Friday.").Events, e => e.Kind == "death");
        Assert.Equal(1, death.Status); // occurred
    }

    [Fact]
    public void An_act_someone_is_to_undergo_is_planned()
    {
        var sentencing = Assert.Single(Extract("Karel Brandt is to be sentenced in Velden.").Events, e => e.Kind == "sentencing");
        Assert.Equal(2, sentencing.Status); // planned
    }

    [Fact]
    public void Killed_by_an_accident_is_no_assault_and_killed_by_a_virus_is_a_count_of_deaths()
    {
        Assert.DoesNotContain(Extract("Karel Brandt was involved in a traffic collision which killed Ana Ruiz in Velden.").Events, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
        var deaths = Extract("The virus has killed 40 people in Velden, officials said on Friday.").Events;
        Assert.Contains(deaths, e => e.Kind == "death");
        Assert.DoesNotContain(deaths, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
    }

    [Fact]
    public void What_is_founded_takes_part_in_the_founding_beside_its_founder()
    {
        var model = Extract("Jan Kowal founded the Norvale Unity Party in 2004.");
        var founding = Assert.Single(model.Events, e => e.Kind == "founding");
        Assert.Equal(new[] { "Jan Kowal", "Norvale Unity Party" }, founding.Participants.ToArray());
        Assert.Equal(20040000, founding.Date);
    }

    [Fact]
    public void A_body_founded_under_another_name_is_the_only_party_and_a_practice_established_is_no_founding()
    {
        // "founded in 1991 as the Ostrel Labour Party": the name it had then is the body itself.
        var founding = Assert.Single(Extract("The Velden Party was founded in 1991 as the Ostrel Labour Party.").Events, e => e.Kind == "founding");
        Assert.Equal(new[] { "Velden Party" }, founding.Participants.ToArray());
        // "the reading of the constitution established by the court": a practice, not a body coming into being.
        Assert.DoesNotContain(Extract("Karel Brandt said the bill was not enforceable under the current reading of the constitution established by the Supreme Court of Norland in 1973.").Events, e => e.Kind == "founding");
        Assert.Contains(Extract("Velland Air, established in 1992, flies to Norway.").Events, e => e.Kind == "founding");
    }

    [Fact]
    public void A_statement_takes_the_day_after_its_cue_and_never_a_day_it_reports()
    {
        var model = Extract("President Ana Ruiz announced this change by live television on Wednesday and again in a rally on Friday. Governor Tomas Vell announced that the port will reopen on Friday.");
        var statements = model.Events.Where(e => e.Cameo == "010").ToDictionary(e => e.Participants[0], e => e.Date);
        Assert.Equal(20190724, statements["Ana Ruiz"]);
        Assert.Equal(0, statements["Tomas Vell"]);
    }

    [Theory]
    [InlineData("Canada sanctioned Norway earlier in the month.", 20190700)]
    [InlineData("Canada sanctioned Norway earlier this year.", 20190000)]
    [InlineData("Canada sanctioned Norway in January of last year.", 20180100)]
    [InlineData("Canada sanctioned Norway in May of this year.", 20190500)]
    public void Periods_named_in_words_date_at_their_precision(string sentence, int date)
    {
        var sanction = Assert.Single(Extract(sentence).Events, e => e.Cameo == "163");
        Assert.Equal(date, sanction.Date);
    }

    [Theory]
    [InlineData("three days ago", 20190725)] // a day counted back from Sunday, July 28, 2019
    [InlineData("a week ago", 20190700)]     // a week back: its month
    [InlineData("two months ago", 20190500)]
    [InlineData("five years ago", 20140000)]
    public void A_span_ago_is_dated_back_from_the_dateline_at_the_precision_it_gives(string ago, int expected)
    {
        var model = Extract("Karel Brandt was released from prison " + ago + ".");
        var release = Assert.Single(model.Events, e => e.Cameo == "0841");
        Assert.Equal(expected, release.Date);
    }

    [Fact]
    public void A_month_and_its_year_may_have_a_comma_between_them()
    {
        var model = Extract("Karel Brandt was arrested in March, 2018, and released in May.");
        Assert.Equal(20180300, Assert.Single(model.Events, e => e.Cameo == "173").Date);
    }

    [Theory]
    [InlineData("On Tuesday, the ministry recalled the 2009 Velden outbreak.")]
    // A name in capitals between the year and the noun is a modifier, not the function word it spells.
    [InlineData("On Tuesday, the ministry recalled the 2009 US measles outbreak.")]
    public void A_year_modifying_an_event_noun_dates_it_over_the_sentences_other_dates(string sentence)
    {
        var model = Extract(sentence);
        Assert.Equal(20090000, Assert.Single(model.Events, e => e.Kind == "outbreak").Date);
    }

    [Fact]
    public void An_act_at_an_occasion_the_article_dated_has_the_occasions_date()
    {
        var model = Extract("The Norvale Senate held a hearing on the port deal on February 24.\n\nTomas Vell apologized to Ana Ruiz during the hearing.");
        Assert.Equal(20190224, Assert.Single(model.Events, e => e.Kind == "apology").Date);
    }

    [Fact]
    public void Then_goes_on_with_the_day_of_the_event_told_just_before()
    {
        var model = Extract("On Friday, Karel Brandt stabbed two people in Velden.\n\nOfficers then chased Karel Brandt and shot him.");
        Assert.Equal(20190726, Assert.Single(model.Events, e => e.Kind == "shooting").Date);
    }

    [Fact]
    public void An_act_told_later_without_a_time_of_its_own_takes_the_day_of_the_lead_and_background_does_not()
    {
        var model = Extract("On Friday, Tomas Vell stabbed three people at the Velden market.\n\nPolice officers surrounded the market. Officers arrested Tomas Vell near the river.\n\nTomas Vell had previously attacked Karel Brandt in Ostrel. Canada has attacked Norway.");
        Assert.Equal(20190726, Assert.Single(model.Events, e => e.Kind == "stabbing").Date);
        Assert.Equal(20190726, Assert.Single(model.Events, e => e.Kind == "arrest").Date);
        // A pluperfect tells an earlier time the article does not give: no day is made up for it.
        Assert.Equal(0, Assert.Single(model.Events, e => e.Participants.Contains("Karel Brandt")).Date);
        // A present perfect tells a time up to now, not the day of the lead.
        Assert.Equal(0, Assert.Single(model.Events, e => e.Participants.Contains("Norway")).Date);
    }

    [Fact]
    public void A_lead_with_no_event_still_gives_its_day_to_the_acts_told_after_it()
    {
        var model = Extract("Today, Ana Ruiz was named the new mayor of Velden.\n\nAna Ruiz met Tomas Vell at the town hall. Karel Brandt said in a statement, \"The people have spoken.\"");
        Assert.Equal(20190728, Assert.Single(model.Events, e => e.Cameo == "040").Date);
        // The tense of the quoted words is the speaker's, not the narrator's.
        Assert.Equal(20190728, Assert.Single(model.Events, e => e.Cameo == "010").Date);
    }

    [Fact]
    public void The_date_that_opens_a_sentence_frames_the_next_one_not_a_later_date_inside_it()
    {
        var model = Extract("On Saturday, Karel Brandt set fire to a barn in Velden, with losses counted on Monday. Police said Karel Brandt surrendered to officers.");
        Assert.Equal(20190727, Assert.Single(model.Events, e => e.Kind == "surrender").Date);
    }

    [Fact]
    public void Deaths_nobody_names_told_after_a_crash_belong_to_the_crash_and_after_an_outbreak_stay_an_event()
    {
        const string deaths = "\n\nAt least seven people died, officials said.";
        Assert.DoesNotContain(Extract("A bus crashed near Ostrel on Friday." + deaths).Events, e => e.Kind == "death");
        Assert.Contains(Extract("A measles outbreak spread in Ostrel in May." + deaths).Events, e => e.Kind == "death");
    }

    [Theory]
    // A verb in the simple past happened, whatever it tells about a thing still to come; "will meet" before it is still to come.
    [InlineData("Mayor Ana Ruiz met Karel Brandt in Velden to talk about the upcoming harbour vote.", 1)]
    [InlineData("Mayor Ana Ruiz will meet Karel Brandt in Velden to talk about the upcoming harbour vote.", 2)]
    public void A_past_act_told_before_something_upcoming_happened(string sentence, int status) =>
        Assert.Equal(status, Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith("04", System.StringComparison.Ordinal)).Status);
}
