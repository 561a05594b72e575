using System.Linq;
using KnowledgeBase.Generators.Extraction.Events;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Which date an event takes: the year a day is given in words, the date that frames the next sentence, mentions that
/// are another occasion by their dates. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventDateRuleTests
{
    private const int Published = RuleArticle.Published;

    private static int[] Dates(string sentence) => RuleArticle.Dates(sentence);

    [Theory]
    [InlineData("The march was held on September 20 of this year.", 20190920)]
    [InlineData("The dam burst on March 3 of last year.", 20180303)]
    [InlineData("The dam burst in March of last year.", 20180300)]
    [InlineData("The dam burst in March of 2016.", 20160300)]
    [InlineData("The dam burst on March 3 of 2016.", 20160303)]
    public void A_day_or_month_with_its_year_in_words_is_one_date_of_that_year(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Theory]
    [InlineData("The mayor of Velden was stabbed last night.", 20190727)]
    [InlineData("The fire started this morning.", 20190728)]
    [InlineData("The council will vote tonight.", 20190728)]
    [InlineData("The river flooded earlier this week.", 20190700)]
    [InlineData("Police released the suspect the day before yesterday.", 20190726)]
    [InlineData("Police released the suspect a fortnight ago.", 20190700)]
    // A month shortened with a dot before its day or year.
    [InlineData("Police released the suspect on Sept. 25.", 20180925)]
    [InlineData("Police released the suspect on Jan. 5, 2017.", 20170105)]
    [InlineData("Police released the suspect in Dec. 2016.", 20161200)]
    // A day told by its ordinal alone: of the dateline's month, or the nearest month it can be.
    [InlineData("Police arrested the suspect on the 20th.", 20190720)]
    [InlineData("The mayor of Velden resigned on the 30th.", 20190630)]
    [InlineData("The council will vote on the 2nd.", 20190802)]
    public void Parts_of_the_dateline_day_and_week_are_read_from_it(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Fact]
    public void An_ordinal_before_a_noun_is_no_day() => Assert.Empty(Dates("The fire started on the 20th floor."));

    public static System.Collections.Generic.IEnumerable<object[]> CalendarSpanRows() =>
        DateResolver.CalendarSpans.Select(r => new object[] { r.Example, r.Date });

    // Each row's example against Sunday, July 28, 2019: a week or weekend dates to its month when its days lie in one, else to its year.
    [Theory]
    [MemberData(nameof(CalendarSpanRows))]
    public void Each_calendar_span_row_dates_its_example_from_the_dateline(string example, int packed) =>
        Assert.Equal(new[] { packed }, Dates(example));

    [Theory]
    [InlineData("The Velden council will review the budget in the next year.")]
    [InlineData("Mira Holt had left Velden the next month.")]
    public void A_next_span_after_the_is_not_told_from_the_dateline(string sentence) =>
        Assert.Empty(Dates(sentence));

    [Theory]
    [InlineData("The Velden council will vote on the budget next month, on August 3.", 20190803)]
    [InlineData("Rebels shelled the village of Marlow over the weekend, on Saturday.", 20190727)]
    public void A_day_named_right_after_a_span_is_its_only_date(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Fact]
    public void A_weekend_of_a_named_month_is_not_the_datelines() =>
        Assert.DoesNotContain(Dates("Rebels shelled Marlow in Velden on the last weekend of June."), d => d / 100 == 201907);

    [Theory]
    [InlineData("Karel Brandt is to be sentenced in March.", 20200300)]
    [InlineData("The Velden council will vote on the budget in early August.", 20190800)]
    [InlineData("The Velden council is to vote on the budget in July.", 20190700)]
    [InlineData("Karel Brandt was sentenced in March.", 20190300)]
    [InlineData("The Velden council voted on the budget in August.", 20180800)]
    public void A_month_without_its_year_is_read_ahead_in_a_sentence_about_what_is_to_come(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Theory]
    [InlineData("The Velden Border Guard Service said on Monday that it had arrested Lena Vos on Saturday.", 20190727)]
    [InlineData("The Velden Border Guard Service said on Monday that it arrested Lena Vos on Saturday.", 20190727)]
    [InlineData("The Velden police said on Monday that they had arrested Lena Vos.", 20190722)]
    public void A_reported_act_takes_its_own_day_over_the_day_of_saying(string sentence, int packed) =>
        Assert.Equal(packed, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == "arrest").Date);

    [Fact]
    public void A_planned_act_in_a_month_before_the_datelines_takes_next_years_month()
    {
        var model = RuleArticle.Extract("A court in Velden convicted Karel Brandt of fraud on Friday. Karel Brandt is to be sentenced in March.");
        Assert.Equal(20200300, Assert.Single(model.Events, e => e.Kind == "sentencing").Date);
    }

    [Theory]
    [InlineData("Ana Ruiz said she would be sworn in as mayor of Velden on March 3.", 20200303)]
    [InlineData("Ana Ruiz said she would be sworn in as mayor of Velden in February.", 20200200)]
    [InlineData("Ana Ruiz said she would be sworn in as mayor of Velden on July 20.", 20190720)]
    [InlineData("Ana Ruiz is to be sworn in as mayor of Velden in March.", 20200300)]
    public void A_plan_told_in_the_past_for_a_yearless_day_months_before_the_dateline_is_next_years(string sentence, int packed) =>
        Assert.Equal(packed, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == "inauguration").Date);

    [Theory]
    [InlineData("Mira Holt became mayor of Velden in 2015 and resigned on Friday.", "resignation", 20190726)]
    [InlineData("Karel Brandt was arrested in Velden on Monday and charged with murder on Wednesday.", "charge", 20190724)]
    [InlineData("Karel Brandt was arrested in Velden on Monday and charged with murder.", "charge", 20190722)] // guard: no date of its own
    public void A_verb_joined_by_and_with_its_own_date_after_it_does_not_take_the_first_verbs_date(string sentence, string kind, int packed) =>
        Assert.Equal(packed, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == kind).Date);

    [Theory]
    [InlineData("She spoke on the last night of the convention.")]
    [InlineData("The plan will be unveiled later this week.")]
    public void The_last_night_of_an_occasion_and_this_week_ahead_are_no_day(string sentence) => Assert.Empty(Dates(sentence));

    [Fact]
    public void A_date_in_a_relative_clause_does_not_frame_the_next_sentence()
    {
        var model = RuleArticle.Extract("Karel Brandt set fire to a barn in Velden on Saturday, after a feud which began on March 13. Police said Karel Brandt surrendered to officers.");
        Assert.Equal(20190727, Assert.Single(model.Events, e => e.Kind == "surrender").Date);
    }

    [Fact]
    public void A_mention_dated_years_before_the_article_is_another_occasion_than_the_undated_one_told_before()
    {
        var model = RuleArticle.Extract("Velden voted on Saturday. Ana Ruiz won with 9,000 votes. Ana Ruiz was first elected to the Velden council in 2001.");
        var elections = model.Events.Where(e => e.Kind == "election").Select(e => e.Date).OrderBy(d => d).ToArray();
        Assert.Contains(20010000, elections);
        Assert.True(elections.Length >= 2, string.Join(",", elections));
    }

    [Fact]
    public void A_date_after_until_ends_a_period_and_is_not_the_day_of_the_act()
    {
        var model = RuleArticle.Extract("Today, the Supreme Court of Velden issued a ruling on the closure of the port until October 14.");
        Assert.Equal(20190728, Assert.Single(model.Events, e => e.Kind == "ruling").Date);
    }

    [Theory]
    // Its sentence gives the statement no date of its own: the day of the paragraph's sentence that names one goes on.
    [InlineData("On Friday, President Karel Brandt of Velden visited the flooded town of Ostrel. He said the damage was severe. He stated that the army would rebuild the bridges.", 20190726)]
    // A month told as a background fact frames no statement.
    [InlineData("Velden's mines closed in March. President Karel Brandt stated that the army would rebuild the bridges.", 0)]
    // The date of the phrase that opens the sentence dates the statement after its comma.
    [InlineData("In a statement released on Monday, the Velden Port Authority announced the closure of the pier, saying \"The pier has been unsafe since March 2018.\"", 20190722)]
    public void A_statement_takes_the_day_of_its_opening_phrase_or_of_its_paragraph(string paragraph, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Cameo == "010").Date);

    [Fact]
    public void A_date_after_an_irregular_participle_is_the_date_of_the_reduced_relative_clause()
    {
        var model = RuleArticle.Extract("On Friday, police in Velden arrested Karel Brandt over the fire begun on June 3 at the harbour.");
        Assert.Equal(20190726, Assert.Single(model.Events, e => e.Kind == "arrest").Date);
    }

    [Theory]
    // A date closing an event noun's phrase in an object is the noun's: the opening day frames the verbs, and a verb joined after it by "and" is not reached.
    [InlineData("On Friday, the Velden council condemned the killing of Tomas Vell in January and demanded an inquiry.", "criticism", 20190726)]
    [InlineData("On Friday, the Velden council condemned the killing of Tomas Vell in January and demanded an inquiry.", "demand", 20190726)]
    [InlineData("On Friday, the Velden council condemned the killing of Tomas Vell in January and demanded an inquiry.", "killing", 20190100)]
    [InlineData("The Velden council condemned the killing of Tomas Vell in January and demanded an inquiry.", "demand", 0)]
    // A state's end named by its noun is not dated by a date told between the noun and the verb that ends it.
    [InlineData("On Friday, the state of emergency imposed by the Norvale Army on March 3 ended.", "end of state of emergency", 20190726)]
    [InlineData("On Saturday, the state of emergency declared on March 3 over the riots ended in Canada.", "end of state of emergency", 20190727)]
    public void A_date_of_another_occasion_named_in_the_sentence_does_not_date_the_act(string sentence, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == kind).Date);

    [Theory]
    [InlineData("On Friday, Governor Ana Ruiz of Velden resigned. Her resignation follows another scandal in April.")]
    [InlineData("On Friday, Governor Ana Ruiz of Velden resigned. Her resignation came after a scandal in April.")]
    public void A_date_after_follows_or_came_after_dates_the_earlier_occasion_not_the_act_before_the_verb(string paragraph) =>
        Assert.DoesNotContain(RuleArticle.Extract(paragraph).Events, e => e.Kind == "resignation" && e.Date == 20190400);

    [Theory]
    // A day on one side of "after" or "before" does not date the act on the other side.
    [InlineData("Mira Holt resigned after Karel Brandt criticized her on Tuesday.", "resignation", 0)]
    [InlineData("Mira Holt resigned after Karel Brandt criticized her on Tuesday.", "criticism", 20190723)]
    [InlineData("Mira Holt resigned on Friday after Karel Brandt criticized her.", "criticism", 0)]
    [InlineData("Before Mira Holt resigned on Friday, Karel Brandt criticized her.", "criticism", 0)]
    [InlineData("Karel Brandt criticized Mira Holt on Monday, before she resigned on Friday.", "resignation", 20190726)]
    // "two days after" counts back, "hours after" keeps the day, a year holds both sides.
    [InlineData("Karel Brandt visited Ostrel on Friday, two days after Mira Holt resigned.", "resignation", 20190724)]
    [InlineData("Karel Brandt visited Ostrel on Friday, a year after Mira Holt resigned.", "resignation", 20180000)]
    [InlineData("Karel Brandt visited Ostrel on Friday, hours after Mira Holt resigned.", "resignation", 20190726)]
    [InlineData("In 2015, Mira Holt was elected to the Velden council after Karel Brandt resigned.", "resignation", 20150000)]
    // "two days after" a noun phrase counts back the same way: the act it names is not the day the sentence gives.
    [InlineData("Karel Brandt visited Ostrel on Friday, two days after the resignation of Mira Holt.", "resignation", 20190724)]
    [InlineData("On Friday, two days after Mira Holt's resignation, Karel Brandt visited Ostrel.", "resignation", 20190724)]
    [InlineData("Karel Brandt visited Ostrel on Friday, a week before the resignation of Mira Holt.", "resignation", 0)]
    // In a sentence of no date of its own, from the day the sentence before gave.
    [InlineData("Karel Brandt visited Ostrel on Friday. The visit came two days after Mira Holt resigned.", "resignation", 20190724)]
    // "a week" there names no week of its own: the act a week back is dated by its month.
    [InlineData("Karel Brandt visited Ostrel on Friday. This comes a week after Mira Holt resigned.", "resignation", 20190700)]
    [InlineData("Mira Holt visited Ostrel on Friday. The visit came about one week after police arrested Karel Brandt in Velden.", "arrest", 20190700)]
    // So does a statement, whose speaker stands in the clause: "announced" there is two days before the resignation's Friday.
    [InlineData("On Friday, Mira Holt resigned as mayor of Velden. Her resignation came two days after Karel Brandt announced that the city was bankrupt.", "statement", 20190724)]
    // A new paragraph's "came ... after" counts back from the last day the article named, when it is recent.
    [InlineData("Yesterday, Mira Holt resigned as mayor of Velden.\n\nThe resignation came approximately one week after police arrested Karel Brandt in Ostrel.", "arrest", 20190700)]
    // "A few days" back: the month the days fall in.
    [InlineData("On Wednesday, Mira Holt resigned.\n\nThe resignation came a few days after police arrested Karel Brandt in Velden.", "arrest", 20190700)]
    [InlineData("Karel Brandt visited Ostrel on Friday. The visit came several days after Mira Holt resigned.", "resignation", 20190700)]
    // A day before an "-ing" participle ("on Friday announcing") frames the sentence after.
    [InlineData("Tomas Vell posted a message on Friday announcing he had quit the party. It came a week after Vell held talks with Karel Brandt in Ostrel.", "discussion", 20190700)]
    // A name set off by commas does not close the clause.
    [InlineData("Two workers were hurt after a truck crashed in Ostrel, Norland, at about 6 am this morning.", "crash", 20190728)]
    public void An_after_or_before_clause_has_its_own_time(string sentence, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == kind).Date);

    [Theory]
    [InlineData("Karel Brandt was elected in mid-2018.", 20180000)]
    [InlineData("In mid-July, Karel Brandt visited Ostrel.", 20190700)]
    [InlineData("The dam burst in mid-March 2017.", 20170300)]
    public void The_middle_of_a_year_or_a_month_written_as_one_word_dates_to_it(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Theory]
    [InlineData("In May, Karel Brandt pardoned Mira Holt. Holt had been convicted of fraud.", "conviction")]
    [InlineData("Karel Brandt was sentenced on Wednesday. Brandt had earlier pleaded guilty to fraud.", "plea")]
    [InlineData("In May, Karel Brandt pardoned Mira Holt. Holt had already been convicted of fraud.", "conviction")]
    public void A_sentence_in_the_pluperfect_does_not_go_on_with_the_date_of_the_sentence_before(string sentences, string kind)
    {
        var model = RuleArticle.Extract(sentences);
        Assert.Equal(0, Assert.Single(model.Events, e => e.Kind == kind).Date);
    }

    [Theory]
    [InlineData("The Velden Red Cross said it had delivered 9,000 doses of vaccine to Ostrel by July 22.", 20190700)]
    [InlineData("The Velden Red Cross delivered 9,000 doses of vaccine to Ostrel on July 22.", 20190722)] // guard: the day of the act
    [InlineData("By July 22, the Velden Red Cross had delivered 9,000 doses of vaccine to Ostrel.", 20190722)] // guard: a day that opens the sentence frames it
    public void A_total_reached_by_a_day_is_dated_by_its_month(string sentence, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo.StartsWith("07", System.StringComparison.Ordinal)).Date);

    [Theory]
    [InlineData("The Velden council is scheduled to vote tomorrow.", 20190729)]
    [InlineData("Mira Holt won the nomination at the party convention this past May.", 20190500)]
    public void Tomorrow_and_this_past_month_are_read_from_the_dateline(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Fact]
    public void Tomorrow_in_a_quotation_is_told_from_the_day_the_speaker_spoke() =>
        Assert.Empty(Dates("Mira Holt said, \"The council will vote tomorrow.\""));

    [Theory]
    [InlineData("Mira Holt resigned on Friday. Karel Brandt founded the Velden Front and orchestrated the bombings of 2001.", "founding", 0)]
    [InlineData("Mira Holt resigned on Friday. Karel Brandt criticized the 2016 decision of the Velden council.", "criticism", 0)]
    // guards: a year still to come is a plan talked of; a year after "in" is a date its own clause keeps
    [InlineData("Mira Holt resigned on Friday. Karel Brandt, who hopes to run in the 2020 election, criticized the decision.", "criticism", 20190726)]
    [InlineData("Mira Holt resigned on Friday. Karel Brandt, who was elected in 2017, criticized the decision.", "criticism", 20190726)]
    public void A_sentence_naming_an_earlier_year_does_not_go_on_with_the_day_before(string paragraph, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Kind == kind).Date);

    [Theory]
    [InlineData("Mira Holt resigned on Friday. Turnout in Velden was higher than in 2016, and Karel Brandt criticized the new rules.", "criticism", 20190726)]
    [InlineData("Mira Holt resigned on Friday. Turnout in Velden was higher than in 2016. Karel Brandt criticized the new rules.", "criticism", 0)]
    // guard: a deadline after "no later than" is the time the act is due by
    [InlineData("Mira Holt resigned on Friday. Karel Brandt is to visit Marlow no later than August 9.", "visit", 20190809)]
    public void A_time_compared_with_after_than_neither_dates_an_act_nor_frames_the_next_sentence(string paragraph, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Kind == kind).Date);

    [Theory]
    // Days counted from the last day named give a day; weeks and months its month; "a few days" its month when they lie in one.
    [InlineData("Mira Holt was attacked in Velden on Tuesday. Two days later, police arrested Karel Brandt.", 20190725)]
    [InlineData("Mira Holt was attacked in Velden on Friday. Police arrested Karel Brandt seven days earlier.", 20190719)]
    [InlineData("Mira Holt was attacked in Velden on July 2. A few days later, police arrested Karel Brandt.", 20190700)]
    [InlineData("Mira Holt was attacked in Velden on June 2. A month later, police arrested Karel Brandt.", 20190700)]
    // Years are counted from the year named last, in the sentence or the one before.
    [InlineData("Karel Brandt joined the Velden Party in 2011. Three years later, police arrested Karel Brandt.", 20140000)]
    [InlineData("Karel Brandt was elected to the Velden council in 2011 and was arrested three years later.", 20140000)]
    // "the following year", "the next month": the period after the year or month named last, in the sentence or the one before.
    [InlineData("Karel Brandt was elected to the Velden council in 2011; the following year, police arrested Karel Brandt.", 20120000)]
    [InlineData("Karel Brandt left the Velden Party in March 2011. The party chose a new chair and police arrested Karel Brandt the next month.", 20110400)]
    [InlineData("Karel Brandt left the Velden Party in December 2011. Police arrested Karel Brandt the following month.", 20120100)]
    [InlineData("Karel Brandt was elected to the Velden council on March 3, 2011. The following year, police arrested Karel Brandt.", 20120000)]
    [InlineData("Karel Brandt was elected to the Velden council on March 3, 2011, and was arrested the next month.", 20110400)]
    public void A_span_counted_later_or_earlier_is_told_from_the_last_date_named(string paragraph, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Kind == "arrest").Date);

    [Theory]
    [InlineData("Mira Holt began her protest in Velden on August 20, 2018. That September, thousands of students protested in Ostrel.", "protest", 20180900)]
    [InlineData("Mira Holt was elected mayor of Velden on March 3, 2012. Later that year, police arrested Mira Holt.", "arrest", 20120000)]
    // "that year" after a sentence that names a year for a thing: that year.
    [InlineData("The Velden rules were set in 2015.\n\nThe rules cite the 2009 Ostrel flood as an example. That year, the government of Tonga ordered the killing of 300,000 pigs.", "culling", 20090000)]
    public void That_year_that_month_or_that_September_is_told_in_the_date_named_last(string paragraph, string kind, int date) =>
        Assert.Contains(RuleArticle.Extract(paragraph).Events, e => e.Kind == kind && e.Date == date);

    [Fact]
    public void A_date_a_participle_before_the_trigger_governs_is_the_date_of_the_noun_it_follows() =>
        Assert.Equal(20190726, Assert.Single(RuleArticle.Extract("On Friday, a bridge built in June collapsed in Velden.").Events, e => e.Kind == "collapse").Date);

    [Theory]
    [InlineData("On Friday, Mira Holt resigned as mayor of Velden.\n\nTomas Vell, who was her deputy until December, criticized the decision.", 20190726)]
    [InlineData("On Friday, Mira Holt resigned as mayor of Velden.\n\nTomas Vell had criticized her.", 0)] // guard: the act itself told as before
    public void A_time_word_in_a_relative_clause_the_act_is_not_in_does_not_keep_the_act_from_the_lead_day(string paragraphs, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraphs).Events, e => e.Kind == "criticism").Date);

    [Fact]
    public void A_date_after_the_phrase_of_where_a_statement_was_made_is_the_statements() =>
        Assert.Equal(20190723, Assert.Single(RuleArticle.Extract("Mira Holt died in Velden on Tuesday.\n\nIn 2019 she won a seat on the council. The harbour master, Karel Brandt, announced on Twitter on Tuesday the pier would stay closed.").Events, e => e.Cameo == "010").Date);
    [Theory]
    // The occasion after "ahead of" or "prior to" is dated or still to come; the act told before it happened, on another day.
    [InlineData("On Friday, Mira Holt was elected mayor of Velden. Senator Ana Ruiz dropped out of the race ahead of the televised forum scheduled for August 3.")]
    [InlineData("On Friday, Mira Holt was elected mayor of Velden. Senator Ana Ruiz ended her campaign prior to the upcoming runoff on August 3.")]
    public void An_act_told_ahead_of_an_upcoming_occasion_happened_and_does_not_take_the_occasions_date(string paragraph)
    {
        var withdrawal = Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Kind == "withdrawal");
        Assert.Equal(1, withdrawal.Status); // occurred
        Assert.NotEqual(20190803, withdrawal.Date);
    }
    [Theory]
    // A body's founding told with no date of its own is background: no day from the sentence before, the lead or the headline.
    [InlineData("On Friday, Mira Holt was elected mayor of Velden. The Velden Party was founded by Karel Brandt.", 0)]
    [InlineData("On Friday, Mira Holt was elected mayor of Velden. She defeated Karel Brandt, who founded the Velden Party.", 0)]
    [InlineData("On Friday, Mira Holt was elected mayor of Velden. The Velden Party was founded by Karel Brandt in 2005.", 20050000)]
    public void A_founding_told_without_a_date_of_its_own_takes_none(string paragraph, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Kind == "founding").Date);
    [Fact]
    public void The_end_of_a_campaign_announced_has_happened_on_the_day_it_is_announced()
    {
        var withdrawal = Assert.Single(RuleArticle.Extract("On Friday, Senator Ana Ruiz announced the end of her campaign for mayor of Velden.").Events, e => e.Kind == "withdrawal");
        Assert.Equal(1, withdrawal.Status); // occurred
        Assert.Equal(20190726, withdrawal.Date);
        Assert.Equal(new[] { "Ana Ruiz" }, withdrawal.Participants.ToArray());
    }

    [Theory]
    [InlineData("In 2014 the king of Velden gave Karel Brandt the Star of the Sun for his work.", 20140000)]
    [InlineData("Mira Holt resigned as mayor of Velden on Friday, the Sun reported.", 20190726)]
    public void A_weekday_abbreviation_in_running_text_is_no_day(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Fact]
    public void An_honor_named_for_the_sun_keeps_the_year_it_was_given() =>
        Assert.Equal(20140000, Assert.Single(RuleArticle.Extract("Karel Brandt, a poet from Velden, died on Friday.\n\nHe was awarded the Star of the Sun, the top honour of his country, in 2014.").Events, e => e.Kind == "award").Date);

    [Theory]
    // A previous or earlier occasion is not dated by the day of its sentence nor of the sentence before.
    [InlineData("A court in Velden convicted Karel Brandt on Friday. The judge cited a previous ruling by the Supreme Court of Norland.", 0)]
    [InlineData("On Friday, the judge cited an earlier ruling by the Supreme Court of Norland.", 0)]
    // guard: a date after the noun is the earlier occasion's own
    [InlineData("A court in Velden convicted Karel Brandt on Friday. The judge cited a previous ruling by the Supreme Court of Norland in 2015.", 20150000)]
    public void A_previous_or_earlier_occasion_takes_no_day_of_the_story(string paragraph, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Kind == "ruling").Date);

    [Theory]
    // What is announced is a noun phrase: the month, year or "last month" that ends it is when it was announced.
    [InlineData("Senator Karel Brandt announced his resignation in March.", 20190300)]
    [InlineData("The Velden Party announced the plan last month.", 20190600)]
    [InlineData("Mira Holt entered the contest after Governor Karel Brandt announced his retirement in 2003.", 20030000)]
    // guards: a reported clause or a verb keeps its date; a bound of what is announced is no date of the saying
    [InlineData("Senator Karel Brandt announced the port would reopen in March.", 0)]
    [InlineData("President Karel Brandt announced plans to build a bridge in 2021.", 0)]
    public void A_date_ending_an_announced_noun_phrase_dates_the_statement(string sentence, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo == "010").Date);

    [Theory]
    // A day without its year that comes in the weeks after the dateline is the coming one, which dates no act done.
    [InlineData("A judge in Ostrel ordered that Mira Holt stay in jail until a bail hearing on August 5.", "ruling", 0)]
    [InlineData("On Thursday, Governor Mira Holt of Ostrel extended the regional lockdown to August 20.", "lockdown", 20190725)]
    // guards: a day before the dateline, and one with its year
    [InlineData("Karel Brandt died in Velden on July 2.", "death", 20190702)]
    [InlineData("Karel Brandt was arrested in Velden on August 30, 2018.", "arrest", 20180830)]
    public void An_upcoming_day_without_its_year_dates_no_act_that_happened(string sentence, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == kind).Date);

    [Fact]
    public void An_occasion_to_be_held_on_a_day_is_planned_on_that_day()
    {
        var model = RuleArticle.Extract("On Monday, Karel Brandt, a candidate in the council election to be held on August 9, spoke in Ostrel.");
        var election = Assert.Single(model.Events, e => e.Kind == "election");
        Assert.Equal(2, election.Status); // planned
        Assert.Equal(20190809, election.Date);
    }
    public static System.Collections.Generic.IEnumerable<object[]> SequelRows() => EventDating.Sequels.Select(r => new object[] { r.Example, r.Kind, r.Date });

    [Theory]
    [MemberData(nameof(SequelRows))]
    // guards: a counted span and a day given after the adverb date the act to the day
    [InlineData("Police in Velden arrested Karel Brandt on Monday. The Velden police released Karel Brandt two days later.", "release", 20190724)]
    [InlineData("Police in Velden arrested Karel Brandt on Monday. The Velden police later that day released Karel Brandt.", "release", 20190722)]
    // an adverb opening the sentence, before its comma, sets the whole sentence
    [InlineData("Police in Velden arrested Karel Brandt on Monday. Later, the Velden police released Karel Brandt.", "release", 20190700)]
    [InlineData("Police in Velden arrested Karel Brandt on Monday. Subsequently, a court in Velden released Karel Brandt.", "release", 20190700)]
    public void An_act_told_later_than_the_day_before_it_without_a_day_keeps_only_the_month(string paragraph, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Kind == kind).Date);
    public static System.Collections.Generic.IEnumerable<object[]> UndoingVerbRows() => EventBuilder.UndoingVerbs.Select(r => new object[] { r.Example, r.Kind });

    [Theory]
    [MemberData(nameof(UndoingVerbRows))]
    public void The_act_a_verb_overturns_upholds_or_appeals_is_older_than_its_day(string sentence, string kind) =>
        Assert.Equal(0, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == kind).Date);

    [Theory]
    [InlineData("Police in Velden shot Karel Brandt on Friday. Mira Holt, then the deputy mayor, was previously convicted of fraud.", "conviction", 0)]
    [InlineData("Police in Velden shot Karel Brandt on Friday. The officers then arrested Mira Holt.", "arrest", 20190726)] // guard
    public void A_then_before_a_title_tells_no_next_act(string paragraph, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(paragraph).Events, e => e.Kind == kind).Date);

    public static System.Collections.Generic.IEnumerable<object[]> NightRows() => EventDating.NightPhrases.Select(r => new object[] { r.Example, r.Kind, r.Date });

    [Theory]
    [MemberData(nameof(NightRows))]
    [InlineData("Rebels attacked the overnight train to Marlow.", "attack", 0)] // guard: before a noun it names a kind of thing
    public void An_act_done_in_the_night_with_no_day_of_its_own_takes_the_datelines(string sentence, string kind, int date) =>
        Assert.Equal(date, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == kind).Date);

    [Fact]
    public void A_pronoun_goes_on_with_no_day_of_an_act_still_to_come() =>
        Assert.Equal(20190723, Assert.Single(RuleArticle.Extract("The Velden council voted on Tuesday to elect Karel Brandt as mayor. Mira Holt is to step down tonight, with Brandt taking her place.\n\nShe criticized Tomas Vell in a speech.").Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal)).Date);
}
