using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Occasions and the words around them: who holds an election, who confers an office or an honour, what a planned verb
/// takes, and "May" as a month or a surname. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventOccasionTests
{
    // The storage layout's statuses (DataLayout is compiled into both the generator and the runtime library).
    private const int StatusOccurred = 1;
    private const int StatusPlanned = 2;

    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static EventModel Only(string sentence, string kind) => Assert.Single(Extract(sentence).Events, e => e.Kind == kind);

    [Theory]
    [InlineData("The province of Ontario staged a referendum election on Tuesday.", "Ontario", 20190723)]
    [InlineData("Voters in Portugal went to the polls in an election on Sunday.", "Portugal", 20190728)]
    [InlineData("Ohio conducted its mayoral election on Tuesday.", "Ohio", 20190723)]
    public void The_place_that_holds_an_election_takes_part_in_it(string sentence, string polity, int date)
    {
        var election = Only(sentence, "election");
        Assert.Equal(new[] { polity }, election.Participants.ToArray());
        Assert.Equal(date, election.Date);
    }

    [Fact]
    public void A_place_where_a_candidate_won_stays_the_place_and_a_region_that_elects_is_no_party()
    {
        var won = Only("Tomas Vell won the presidential election in Ohio on Sunday.", "election");
        Assert.Equal(new[] { "Tomas Vell" }, won.Participants.ToArray());
        Assert.DoesNotContain(Extract("Observers from Portugal monitored the election in Velden on Sunday.").Events, e => e.Kind == "election" && e.Participants.Contains("Portugal"));
        Assert.DoesNotContain(Extract("Rural districts of Ohio have backed Tomas Vell since he was elected in 2010.").Events, e => e.Kind == "election" && e.Participants.Contains("Ohio"));
    }

    [Theory]
    [InlineData("Karel Brandt was fired by Norvale Bank on Monday.", "dismissal", "Norvale Bank", "Karel Brandt")]
    [InlineData("Karel Brandt was awarded the Golden Lark Prize for his novels by the Velden Academy on Monday.", "award", "Velden Academy", "Karel Brandt")]
    [InlineData("Karel Brandt was appointed foreign minister by President Tomas Vell on Monday.", "appointment", "Tomas Vell", "Karel Brandt")]
    public void Who_confers_an_office_or_an_honour_in_a_passive_acts(string sentence, string kind, string actor, string target)
    {
        var occasion = Only(sentence, kind);
        Assert.Equal(new[] { actor, target }, occasion.Participants.ToArray());
    }

    [Theory]
    [InlineData("The Velden navy shot down a missile fired by the Ostrel Liberation Front on Monday.")]
    [InlineData("Two shells fired by the Ostrel Liberation Front hit a school in Velden on Monday.")]
    public void What_a_weapon_fires_is_an_attack_and_no_dismissal(string sentence)
    {
        var events = Extract(sentence).Events;
        Assert.DoesNotContain(events, e => e.Kind == "dismissal");
        Assert.Contains(events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal) && e.Participants.Contains("Ostrel Liberation Front"));
    }

    [Fact]
    public void A_noun_a_planned_verb_takes_is_still_to_come()
    {
        Assert.Equal(StatusPlanned, Only("Tomas Vell was planning to hold talks with Karel Brandt in Velden.", "discussion").Status);
        Assert.Equal(StatusOccurred, Only("Tomas Vell held talks with Karel Brandt in Velden.", "discussion").Status);
    }

    [Fact]
    public void A_planned_date_without_a_year_lies_ahead_of_the_dateline()
    {
        var election = Only("Portugal is set to hold a general election on 12 October.", "election");
        Assert.Equal((StatusPlanned, 20191012), (election.Status, election.Date));
    }

    [Theory]
    [InlineData("Portugal held a presidential election on May 5.", 20190505)]
    [InlineData("Portugal held a presidential election on 5 June.", 20190605)]
    public void A_month_named_May_is_no_modal_and_a_day_before_its_month_dates_the_event(string sentence, int date)
    {
        Assert.Equal(date, Only(sentence, "election").Date);
    }

    [Fact]
    public void The_month_may_opens_a_sentence_and_the_modal_still_makes_speculation()
    {
        var meeting = Assert.Single(Extract("On May 5, Tomas Vell met Karel Brandt.").Events);
        Assert.Equal(20190505, meeting.Date);
        Assert.Empty(Extract("Tomas Vell may meet Karel Brandt.").Events);
    }

    [Fact]
    public void A_verb_and_its_noun_coded_alike_in_one_sentence_are_one_act()
    {
        var signing = Assert.Single(Extract("Portugal and Spain signed a trade agreement on Monday.").Events);
        Assert.Equal("057", signing.Cameo);
    }

    [Fact]
    public void A_conviction_and_the_sentence_told_in_one_sentence_are_two_acts()
    {
        var legal = Extract("A jury convicted Karel Brandt of fraud, and he received a two-year prison sentence in 2016.").Events;
        Assert.Contains(legal, e => e.Kind == "conviction");
        Assert.Contains(legal, e => e.Kind == "sentencing" && e.Cameo == "116");
    }

    [Fact]
    public void Two_named_together_who_met_met_each_other_and_met_expectations_is_no_meeting()
    {
        var meeting = Only("Tomas Vell and Karel Brandt met on Monday.", "meeting");
        Assert.Equal(new[] { "Tomas Vell", "Karel Brandt" }, meeting.Participants.ToArray());
        Assert.DoesNotContain(Extract("Tomas Vell and Karel Brandt met expectations.").Events, e => e.Kind == "meeting");
    }

    [Fact]
    public void Two_named_together_who_will_meet_plan_to_meet_each_other()
    {
        var meeting = Only("Mira Holt and Karel Brandt will meet in Velden on Friday.", "meeting");
        Assert.Equal(new[] { "Mira Holt", "Karel Brandt" }, meeting.Participants.ToArray());
        Assert.Equal(StatusPlanned, meeting.Status);
        Assert.DoesNotContain(Extract("Mira Holt and Karel Brandt will meet expectations.").Events, e => e.Kind == "meeting");
    }

    [Fact]
    public void A_meeting_still_to_come_is_planned_and_dated_ahead_and_meeting_requirements_is_none()
    {
        var meeting = Only("Tomas Vell will meet Karel Brandt on Monday.", "meeting");
        Assert.Equal((StatusPlanned, 20190729), (meeting.Status, meeting.Date));
        Assert.DoesNotContain(Extract("The new ferries meet the requirements of the port.").Events, e => e.Kind == "meeting");
    }

    [Fact]
    public void Parties_named_together_hold_talks_with_each_other_and_unnamed_leaders_hold_none()
    {
        var talks = Only("Tomas Vell and Karel Brandt held talks in Velden on Monday.", "discussion");
        Assert.Equal(new[] { "Tomas Vell", "Karel Brandt" }, talks.Participants.ToArray());
        Assert.DoesNotContain(Extract("The two leaders held talks on Monday.").Events, e => e.Kind == "discussion");
    }

    [Fact]
    public void Who_takes_part_in_a_relative_clause_takes_no_part_in_the_main_clause()
    {
        var resignation = Only("Tomas Vell, who met Karel Brandt on Monday, resigned on Tuesday.", "resignation");
        Assert.Equal(new[] { "Tomas Vell" }, resignation.Participants.ToArray());
        var attack = Assert.Single(Extract("Ana Ruiz, who was attacked by Karel Brandt in Velden, died on Monday.").Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Karel Brandt", "Ana Ruiz" }, attack.Participants.ToArray());
    }

    [Theory]
    [InlineData("Ana Ruiz visited Portugal last Sunday.", 20190721)] // the dateline is a Sunday: "last Sunday" is a week before
    [InlineData("Ana Ruiz visited Portugal on Sunday.", 20190728)]
    [InlineData("Ana Ruiz visited Portugal in early June.", 20190600)]
    [InlineData("Ana Ruiz visited Portugal in late 2018.", 20180000)]
    [InlineData("Ana Ruiz visited Portugal in mid March.", 20190300)]
    [InlineData("Ana Ruiz visited Portugal in the summer of 2018.", 20180000)]
    [InlineData("Ana Ruiz visited Portugal during the first half of 2017.", 20170000)]
    public void Last_weekday_and_a_part_of_a_month_or_year_date_the_event(string sentence, int date)
    {
        Assert.Equal(date, Only(sentence, "visit").Date);
    }

    [Fact]
    public void A_funeral_is_for_whom_it_mourns()
    {
        Assert.Equal(new[] { "Ana Ruiz" }, Only("A funeral for Ana Ruiz was held in Velden on Friday.", "funeral").Participants.ToArray());
    }

    [Theory]
    [InlineData("Karel Brandt was killed in an Israeli airstrike in Gaza on Monday.", "Israel")]
    [InlineData("Karel Brandt was killed in a Russian raid near Velden on Monday.", "Russia")]
    public void A_passive_killing_in_a_violent_act_has_its_doer_from_the_act(string sentence, string doer)
    {
        var killing = Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal) || e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
        Assert.Equal(new[] { doer, "Karel Brandt" }, killing.Participants.ToArray());
    }

    [Fact]
    public void A_killing_in_an_attack_told_before_is_no_new_act_of_whoever_reports_it()
    {
        var article = Extract("Gunmen attacked a market in Velden on Monday. According to Mayor Ana Ruiz, six Portuguese nationals were killed in the attack.");
        Assert.DoesNotContain(article.Events, e => e.Participants.Contains("Ana Ruiz"));
    }

    [Fact]
    public void Words_said_in_a_statement_named_before_the_cue_are_a_statement_unless_the_cue_codes_an_act()
    {
        var statement = Only("On Saturday, in a brief statement, President Ana Ruiz said the port would reopen.", "statement");
        Assert.Equal(("010", 20190727), (statement.Cameo, statement.Date));
        Assert.DoesNotContain(Extract("In a statement, President Ana Ruiz blamed Karel Brandt for the delays.").Events, e => e.Cameo == "010");
    }

    [Theory]
    [InlineData("In his farewell speech, President Tomas Vell stressed the need for a new port.")]
    [InlineData("During a press conference on Monday, President Tomas Vell emphasized that the port would reopen.")]
    [InlineData("On a press conference in Velden, President Tomas Vell said the port would reopen.")]
    public void Plain_words_given_in_a_speech_or_a_press_conference_named_before_the_cue_are_a_statement(string sentence)
    {
        Assert.Equal("Tomas Vell", Assert.Single(Extract(sentence).Events, e => e.Cameo == "010").Participants[0]);
    }

    [Fact]
    public void A_principal_that_confirms_what_happened_makes_a_statement_and_an_expert_does_not()
    {
        var confirmed = Only("The Velden Port Authority confirmed on Monday that the harbour would stay closed.", "statement");
        Assert.Equal(("Velden Port Authority", 20190722), (confirmed.Participants[0], confirmed.Date));
        Assert.DoesNotContain(Extract("Professor Karel Brandt confirmed that the harbour would stay closed.").Events, e => e.Cameo == "010");
        Assert.DoesNotContain(Extract("The Velden Port Authority had not confirmed what caused the closure.").Events, e => e.Cameo == "010");
        Assert.DoesNotContain(Extract("The Norvale Senate confirmed Ana Ruiz as finance minister.").Events, e => e.Cameo == "010");
        Assert.DoesNotContain(Extract("Researchers at Velden University reran the Lisbon team's model and confirmed its findings.").Events, e => e.Cameo == "010");
    }

    [Fact]
    public void Set_with_an_object_is_an_act_done_and_set_to_is_a_plan()
    {
        Assert.Equal(StatusOccurred, Only("Ana Ruiz set a new world record in the 400 metres on Sunday.", "record").Status);
        Assert.Equal(StatusPlanned, Only("Ana Ruiz is set to visit Portugal on Tuesday.", "visit").Status);
    }

    [Fact]
    public void Members_of_a_body_who_met_with_nobody_named_met_among_themselves()
    {
        var meeting = Only("Foreign ministers of the European Union met in Brussels on Monday.", "meeting");
        Assert.Equal(new[] { "European Union" }, meeting.Participants.ToArray());
        Assert.Equal(20190722, meeting.Date);
        Assert.DoesNotContain(Extract("The new ferries of Ostrel Shipping met the requirements.").Events, e => e.Kind == "meeting");
    }

    [Fact]
    public void A_clause_about_a_place_after_where_has_its_own_time_and_parties()
    {
        var meeting = Only("Ministers of the African Union met in Niamey for a summit where on Sunday Ana Ruiz signed the treaty.", "meeting");
        Assert.Equal(new[] { "African Union" }, meeting.Participants.ToArray());
        Assert.Equal(0, meeting.Date);
        var shooting = Assert.Single(Extract("Tomas Vell visited Velden, where riots had broken out after the police shooting of Ana Ruiz.").Events, e => e.Kind == "shooting");
        Assert.DoesNotContain("Tomas Vell", shooting.Participants.ToArray());
    }

    [Fact]
    public void A_vessel_that_sinks_in_water_is_an_accident_that_covers_its_deaths_and_shares_that_sank_are_none()
    {
        var events = Extract("At least 20 people died when a ferry capsized off the coast of Italy on Sunday.").Events;
        Assert.Equal("sinking", Assert.Single(events).Kind);
        Assert.Empty(Extract("Shares of Ostrel Lines sank on Monday.").Events);
    }

    [Theory]
    [InlineData("During the award ceremony in Velden, Governor Karel Brandt praised the winners.")]
    [InlineData("On Friday during the award ceremony in Velden, Governor Karel Brandt praised the winners.")]
    public void An_occasion_in_a_phrase_opening_the_sentence_is_the_main_subjects(string sentence)
    {
        var ceremony = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == "ceremony");
        Assert.Equal(new[] { "Karel Brandt" }, ceremony.Participants.ToArray());
    }

    [Fact]
    // A guard: an unnamed subject ("police") gives the occasion no party.
    public void An_occasion_before_an_unnamed_subject_takes_no_one_named_after()
    {
        Assert.DoesNotContain(RuleArticle.Extract("During the funeral of Mira Holt, police arrested Tomas Vell.").Events, e => e.Kind == "funeral" && e.Participants.Contains("Tomas Vell"));
    }
}
