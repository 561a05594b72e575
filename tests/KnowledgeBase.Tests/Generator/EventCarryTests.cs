using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// What a date told in one sentence lends the sentences after it, and what a lead lends the acts told after it. Invented
/// sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventCarryTests
{
    public static TheoryData<string, string> LeadAftermaths()
    {
        var rows = new TheoryData<string, string>();
        foreach (var row in KnowledgeBase.Generators.Extraction.Events.EventDating.LeadAftermaths) rows.Add(row.Example, row.Kind);
        return rows;
    }

    [Theory]
    [MemberData(nameof(LeadAftermaths))]
    public void The_past_of_the_one_a_death_pardon_or_sentence_befalls_takes_no_day_from_the_lead(string paragraphs, string kind) =>
        Assert.Equal(0, Assert.Single(RuleArticle.Extract(paragraphs).Events, e => e.Kind == kind).Date);

    public static TheoryData<string, string> PastVerdicts()
    {
        var rows = new TheoryData<string, string>();
        foreach (var row in KnowledgeBase.Generators.Extraction.Events.EventDating.PastVerdicts) rows.Add(row.Example, row.Kind);
        return rows;
    }

    [Theory]
    [MemberData(nameof(PastVerdicts))]
    public void A_passive_verdict_after_a_lead_that_is_no_court_step_takes_no_day_from_the_lead(string paragraphs, string kind) =>
        Assert.Equal(0, Assert.Single(RuleArticle.Extract(paragraphs).Events, e => e.Kind == kind).Date);

    [Theory]
    // After a court's step, a verdict told with no day of its own may be that day's.
    [InlineData("On Friday, a Velden court sentenced Pavel Dorn to six years in prison.\n\nHis brother, Tomas Dorn, was acquitted of fraud.", "ruling", 20190726)]
    // A verdict told in the active voice is the story's act.
    [InlineData("On Friday, the mayor of Velden, Anton Grell, opened a new ferry terminal.\n\nA jury in Ostrel convicted Lena Dorn of fraud.", "conviction", 20190726)]
    public void A_verdict_after_a_court_step_or_in_the_active_voice_keeps_the_lead_day(string paragraphs, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraphs).Events, e => e.Kind == kind).Date);

    [Theory]
    // A lent day is taken back too when the act follows the lead in its paragraph.
    [InlineData("Ilse Marr, a former mayor of Velden, died on Friday. She sued the Velden Council over her pension.", "lawsuit", 0)]
    // A rite held for the dead comes after the death; the lead's day may stand for it.
    [InlineData("Ilse Marr, a former mayor of Velden, died on Friday.\n\nMourners held a vigil for Marr in Ostrel.", "memorial", 20190726)]
    // The dead person named only after the act is its object: what others do to their memory may follow the death.
    [InlineData("Ilse Marr, a former mayor of Velden, died on Friday.\n\nIn a statement, the government criticized Marr's plan for a new harbour.", "criticism", 20190726)]
    // The case of someone else than the one pardoned is not the pardon's past.
    [InlineData("On Friday, the president of Norland pardoned Pavel Dorn.\n\nPolice arrested Tomas Vell at the border.", "arrest", 20190726)]
    // Nor is someone else's arrest the past of the one sentenced.
    [InlineData("On Friday, a Velden court sentenced Pavel Dorn to six years in prison.\n\nPolice arrested Tomas Vell at the border.", "arrest", 20190726)]
    // A verdict comes after the accusation and the search that built its case, a plea after the search that led to it.
    [InlineData("On Friday, a jury in Velden convicted Pavel Dorn of fraud.\n\nProsecutors accused Dorn of hiding money from the Velden tax office.", "accusation", 0)]
    [InlineData("Pavel Dorn pleaded guilty to fraud on Friday before a court in Velden.\n\nA police search of Dorn's office turned up forged ledgers.", "search", 0)]
    // Someone else's plea is not the past of the one convicted.
    [InlineData("On Friday, a jury in Velden convicted Pavel Dorn of fraud.\n\nTomas Vell pleaded not guilty to a charge of theft.", "plea", 20190726)]
    public void Only_the_past_of_that_one_is_kept_from_the_lead_day(string paragraphs, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraphs).Events, e => e.Kind == kind).Date);

    [Theory]
    // A date of a relative clause tells of its noun: it does not frame the next sentence.
    [InlineData("Mira Holt gained votes among farmers, who backed Karel Brandt in 2016. Holt also criticized the Velden Council.")]
    // So does one a participle right after a noun governs, after the clause's verb: "photos taken in 2016".
    [InlineData("Mira Holt showed the council photos taken in 2016. Holt also criticized the Velden Council.")]
    // A present perfect runs to now: a finished year told before does not date it.
    [InlineData("Tomas Vell left the Velden army in 2007. Vell has also criticized the Velden Council.")]
    // "once" before its verb tells a former time.
    [InlineData("On Friday, Karel Brandt quit the Velden Council. Brandt once criticized the Velland Party over its harbour plans.")]
    // The occasion "came after" or "follows" sets an act against came first, at a time the day told before does not give.
    [InlineData("On Friday, Mira Holt quit the Velden Council. Her move came after Karel Brandt criticized the Velland Party.")]
    [InlineData("On Friday, the Velden Council closed the harbour. The closure follows criticism of the harbour plans by the Velland Party.")]
    public void A_date_that_does_not_frame_its_sentence_lends_the_next_none(string paragraph) =>
        Assert.Equal(0, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal)).Date);

    [Theory]
    [InlineData("In 2017, Norland troops retook Kesk. Mira Holt criticized the Velden Council.")]
    // A present perfect of another clause, after a comma, is not the act's tense.
    [InlineData("In 2017, Norland troops retook Kesk. Mira Holt criticized the Velden Council, but the quarrel has faded since.")]
    // "once again" tells the act told again then, and "Once" opening a clause is a conjunction.
    [InlineData("In 2017, Norland troops retook Kesk. Mira Holt once again criticized the Velden Council.")]
    [InlineData("In 2017, Norland troops retook Kesk. Once the fighting ended, Mira Holt criticized the Velden Council.")]
    // "followed" in another verb's stretch, before "and", sets no occasion.
    [InlineData("In 2017, Norland troops retook Kesk. Mira Holt followed the fighting from Ostrel and criticized the Velden Council.")]
    public void A_framing_year_still_dates_the_simple_past_after_it(string paragraph) =>
        Assert.Equal(20170000, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal)).Date);

    [Theory]
    // "all three attacks", "both bombings": acts told before, counted again, are not of the day of the sentence counting them.
    [InlineData("Three bombs went off in Ostrel last week, killing eleven people.\n\nOn Tuesday, the Red Hand group said it carried out all three attacks.", "attack")]
    [InlineData("Two bombs went off in Ostrel last week, killing eleven people.\n\nOn Tuesday, the Red Hand group said it carried out both bombings.", "bombing")]
    public void Acts_counted_again_take_no_day_of_the_counting(string paragraphs, string kind) =>
        Assert.Equal(0, Assert.Single(RuleArticle.Extract(paragraphs).Events, e => e.Kind == kind).Date);

    [Fact]
    public void The_opening_sentence_day_is_the_lead_day_over_a_later_one_of_its_paragraph() =>
        Assert.Equal(20190722, Assert.Single(RuleArticle.Extract("On Monday, Karel Brandt joined the calls for a new inquiry. Tomas Vell crashed his truck into a bus in Ostrel on May 3.\n\nMira Holt criticized the Velden Council.").Events,
            e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal)).Date);

    [Theory]
    // A day between the subject and its past verb frames the sentence as one before the subject does.
    [InlineData("Heavy rain fell over Ostrel.\n\nPolice in Velden on March 4 arrested Tomas Vell at the harbour. Mira Holt criticized the Velden Council.", 20190304)]
    [InlineData("Heavy rain fell over Ostrel.\n\nThe Velden ferry was in March reported missing off Ostrel. Mira Holt criticized the Velden Council.", 20190300)]
    // A date before a noun names a thing, and lends the next sentence no day.
    [InlineData("Heavy rain fell over Ostrel.\n\nThe March 4 vote split the Velden Council. Mira Holt criticized the Velden Council.", 0)]
    public void A_day_before_its_clause_verb_frames_the_next_sentence(string paragraphs, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraphs).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal)).Date);

    [Theory]
    // A pluperfect is set before the year the sentence before gave: a month without a year falls in that year.
    [InlineData("In 2017, Norland and Estmark held talks in secret. Their envoys Tomas Vell and Mira Holt had met in March in Ostrel.", 20170300)]
    // A month told from the dateline stays the dateline's.
    [InlineData("In 2017, Norland and Estmark held talks in secret. Their envoys Tomas Vell and Mira Holt had met last March in Ostrel.", 20190300)]
    public void A_pluperfect_month_falls_in_the_year_its_paragraph_is_set_in(string paragraph, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Cameo == "040").Date);

    [Theory]
    // A yearless day later in the year the sentence before set goes on in that year.
    [InlineData("Soldiers of Norland seized Ostrel on November 3, 2016. Tomas Vell resigned as governor of Ostrel on November 9.", 20161109)]
    [InlineData("Soldiers of Norland seized Ostrel in October 2016. Tomas Vell resigned as governor of Ostrel in November.", 20161100)]
    // Not a day earlier in the year, one near the dateline, one told from it, nor one after another paragraph.
    [InlineData("Soldiers of Norland seized Ostrel on November 3, 2016. Tomas Vell resigned as governor of Ostrel on March 9.", 20190309)]
    [InlineData("Soldiers of Norland seized Ostrel on May 3, 2016. Tomas Vell resigned as governor of Ostrel on July 9.", 20190709)]
    [InlineData("Soldiers of Norland seized Ostrel on November 3, 2016. Tomas Vell resigned as governor of Ostrel last November.", 20181100)]
    [InlineData("Soldiers of Norland seized Ostrel on November 3, 2016.\n\nTomas Vell resigned as governor of Ostrel on November 9.", 20181109)]
    public void A_yearless_day_goes_on_in_the_year_its_paragraph_is_set_in(string paragraphs, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraphs).Events, e => e.Kind == "resignation").Date);

    [Theory]
    // A back reference dates the act it names again when it is the subject of the dated clause, or the date stands at it.
    [InlineData("A fire destroyed a warehouse in Ostrel. The fire started on Friday morning.", "fire", 20190726)]
    [InlineData("A fire destroyed a warehouse in Ostrel. Officials said the fire started on Friday.", "fire", 20190726)]
    [InlineData("A fire destroyed a warehouse in Ostrel. The fire on Friday left two guards hurt, officials said.", "fire", 20190726)]
    // Inside another phrase the date is that phrase's: the count, the decision.
    [InlineData("A fire destroyed a warehouse in Ostrel. On Friday officials said the number of people hurt in the fire rose to twelve.", "fire", 0)]
    [InlineData("A fire destroyed a warehouse in Ostrel. The decision on Friday to let the fire burn out drew protests.", "fire", 0)]
    public void A_back_reference_dates_the_act_only_as_the_subject_of_its_date(string paragraph, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Kind == kind).Date);

    [Theory]
    // An occurrence nobody did, told undated, is not the one a later sentence tells in a year long before the article.
    [InlineData("A fire destroyed a warehouse in Ostrel.\n\nIn 2011, a fire destroyed the old mill of the town.", "fire")]
    public void An_undated_occurrence_is_not_the_one_dated_years_before(string paragraphs, string kind)
    {
        var dates = RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == kind).Select(e => e.Date).ToArray();
        Assert.Contains(dates, d => d / 10000 != 2011);
    }
}
