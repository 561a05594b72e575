using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Which words keep an act told after the lead from the lead's day. Invented sentences; the dateline is Sunday, July 28,
/// 2019, and the lead tells of Friday, July 26.
/// </summary>
public sealed class EventLeadDayTests
{
    private const string Lead = "On Friday, Karel Brandt attacked Ana Ruiz, the mayor of Velden, at a concert.\n\n";

    [Theory]
    // "before" an audience places the act, it does not date it.
    [InlineData("Mira Holt gave a speech before an audience of students in Velden.", "010", 20190726)]
    // "first" after a determiner, or in a title, ranks a noun.
    [InlineData("Mira Holt, the First Lady of Velden, criticized Karel Brandt.", "11", 20190726)]
    [InlineData("Mira Holt criticized Karel Brandt in her first speech as mayor.", "11", 20190726)]
    // "before" an occasion, and "first" of a verb, still tell another time.
    [InlineData("Mira Holt criticized Karel Brandt before the concert.", "11", 0)]
    [InlineData("Mira Holt first criticized Karel Brandt.", "11", 0)]
    // A date of a relative clause the act is not in is that clause's, not the act's.
    [InlineData("Mira Holt also criticized the curfew of the Velden Council, which was imposed on Monday.", "11", 20190726)]
    [InlineData("Mira Holt, who was elected mayor on Monday, criticized Karel Brandt.", "11", 20190726)]
    // After a cue that follows the act, "would" or "had" is the tense of what was said, not the act's.
    [InlineData("Mira Holt criticized Karel Brandt, saying his budget would empty the harbour fund.", "11", 20190726)]
    [InlineData("Mira Holt criticized Karel Brandt and told reporters she had warned him twice.", "11", 20190726)]
    [InlineData("Mira Holt had criticized Karel Brandt, saying his budget would empty the harbour fund.", "11", 0)] // guard: the act's own tense
    // One of the act's own clause is the act's.
    [InlineData("Mira Holt criticized Karel Brandt on Saturday.", "11", 20190727)]
    public void An_act_told_after_the_lead_takes_its_day_unless_a_word_tells_another_time(string sentence, string cameo, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(Lead + sentence).Events, e => e.Cameo.StartsWith(cameo, System.StringComparison.Ordinal) && e.Participants.ToArray().FirstOrDefault() == "Mira Holt").Date);

    [Theory]
    // "That year", "the same year": the sentence goes on in the year named before, not on the lead's day.
    [InlineData("The rules cite the 2009 Ostrel flood as an example. That year's flood was the worst in decades. Mira Holt criticized the Velden Council.")]
    [InlineData("The rules cite the 2009 Ostrel flood as an example. The same year, the river burst its banks again. Mira Holt criticized the Velden Council.")]
    public void A_paragraph_set_in_that_year_does_not_go_on_on_the_lead_day(string paragraph) =>
        Assert.NotEqual(20190726, Assert.Single(RuleArticle.Extract(Lead + paragraph).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal) && e.Participants.ToArray().FirstOrDefault() == "Mira Holt").Date);

    public static TheoryData<string, string> BackgroundRows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var row in KnowledgeBase.Generators.Extraction.Events.EventDating.BackgroundRows) rows.Add(row.Example, row.EventKind);
        return rows;
    }

    [Theory]
    [MemberData(nameof(BackgroundRows))]
    public void An_act_told_as_background_takes_no_day_from_the_lead(string sentence, string kind) =>
        Assert.Equal(0, Assert.Single(RuleArticle.Extract(Lead + sentence).Events, e => e.Kind == kind).Date);

    public static TheoryData<string, string, int> OccasionYearRows()
    {
        var rows = new TheoryData<string, string, int>();
        foreach (var row in KnowledgeBase.Generators.Extraction.Events.EventDating.OccasionYearRows) rows.Add(row.Example, row.EventKind, row.Year);
        return rows;
    }

    [Theory]
    [MemberData(nameof(OccasionYearRows))]
    public void An_act_done_at_an_occasion_of_a_named_year_takes_that_year(string paragraph, string kind, int year) =>
        Assert.Equal(year * 10000, Assert.Single(RuleArticle.Extract(Lead + paragraph).Events, e => e.Kind == kind).Date);

    [Theory]
    // An occasion with its year that opens the sentence frames every act of it, in CAMEO or not; without the opener the lead's day holds.
    [InlineData("In the 2014 Ostria presidential election, Mira Holt lost the caucuses in Velden to Karel Brandt.", "primary", 20140000)]
    [InlineData("At the 2010 Ostria rowing championship, Mira Holt criticized Karel Brandt.", "criticism", 20100000)]
    [InlineData("At the virtual 2012 Ostria Greens convention, Mira Holt criticized Karel Brandt.", "criticism", 20120000)] // one modifier before the year
    // The phrase may open the clause after "that", or after a speaker's tag and its colon.
    [InlineData("Ana Ruiz said that during a 2014 trip to Ostria, Mira Holt refused to meet Karel Brandt.", "rejection", 20140000)]
    [InlineData("Reporter: At the 2010 Ostria rowing championship, Mira Holt criticized Karel Brandt.", "criticism", 20100000)]
    [InlineData("Mira Holt criticized Karel Brandt.", "criticism", 20190726)] // guard
    public void An_occasion_with_its_year_opening_the_sentence_dates_its_acts(string sentence, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(Lead + sentence).Events, e => e.Kind == kind && e.Participants.ToArray().FirstOrDefault() == "Mira Holt").Date);

    [Theory]
    // A word of sequence sets the act beside the occasion; an act in CAMEO is no act done at it.
    [InlineData("In 2005, Mira Holt moved to Ostria. She resigned after the 2016 race for mayor.", "resignation")]
    [InlineData("In 2005, Mira Holt moved to Ostria. She criticized the 2016 race for mayor.", "criticism")]
    public void An_occasion_set_beside_the_act_does_not_date_it(string paragraph, string kind) =>
        Assert.NotEqual(20160000, Assert.Single(RuleArticle.Extract(Lead + paragraph).Events, e => e.Kind == kind).Date);

    [Theory]
    // An act told as background keeps the date its own words give.
    [InlineData("Tomas Vell is accused of crossing the border and shooting Karel Moor on Thursday.", "shooting", 20190725)]
    [InlineData("On Saturday, Tomas Vell was convicted of crossing the border and shooting Karel Moor.", "shooting", 0)]
    // A relative clause whose sentence names a day tells of the story's days.
    [InlineData("Tomas Vell, who criticized Ana Ruiz on the day of the attack, was freed.", "criticism", 20190726)]
    // A news outlet's talk with a source keeps the day its own sentence gives.
    [InlineData("The Velden Courier interviewed Ana Ruiz on Saturday about her injuries.", "interview", 20190727)]
    public void An_act_told_as_background_keeps_only_its_own_date(string sentence, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(Lead + sentence).Events, e => e.Kind == kind).Date);

    [Theory]
    // A map legend's short lines above the lead end no sentence and tell no day: the lead below them does.
    [InlineData("\u2588\u2588 Velden Greens\n\n\u2588\u2588 Ostrel Union - 12 seats\n\n", 20190726)]
    [InlineData("", 20190726)] // guard: no legend
    public void A_legend_above_the_lead_is_not_the_lead(string legend, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(legend + Lead + "Mira Holt criticized Karel Brandt.").Events, e => e.Kind == "criticism").Date);
}
