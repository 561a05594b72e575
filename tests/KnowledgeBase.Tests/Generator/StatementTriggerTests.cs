using System.Linq;
using Xunit;
using KnowledgeBase.Tests.Helpers;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Statements made public without reported words ("issued a statement", "announced the name of the disease"), on
/// invented sentences; the dateline is Sunday, July 28, 2019. Each phrase row of event-phrases.tsv runs its own example
/// in EventRuleTests; these are the cases around the rows.
/// </summary>
public sealed class StatementTriggerTests
{
    [Fact]
    public void Issuing_a_statement_is_one_whoever_issues_it()
    {
        var statement = Assert.Single(RuleArticle.Extract("President Karel Brandt issued a brief statement at his office in Velden on Friday.").Events, e => e.Cameo == "010");
        Assert.Equal(new[] { "Karel Brandt" }, statement.Participants.ToArray());
        Assert.Equal(20190726, statement.Date);
    }

    [Fact]
    public void A_tweet_of_a_named_speaker_is_a_public_statement()
    {
        var events = RuleArticle.Extract("On Friday, the prime minister, Karel Brandt, tweeted: \"We are grateful to the firefighters of Velden.\"").Events;
        var statement = Assert.Single(events, e => e.Cameo == "010");
        Assert.Equal(new[] { "Karel Brandt" }, statement.Participants.ToArray());
        Assert.Equal(20190726, statement.Date);
    }

    [Theory]
    // The act announced is the event, and a clause reported without "that" is a quote, not an object made public.
    [InlineData("Governor Ana Ruiz announced her resignation on Friday.")]
    [InlineData("President Karel Brandt declared a state of emergency on Friday.")]
    [InlineData("Tomas Vell announced his intention to negotiate with the miners.")]
    [InlineData("The Velden Wildlife Trust announced the aquarium was closing.")]
    public void An_act_announced_or_words_reported_are_no_statement_of_their_own(string sentence)
    {
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Kind is "announcement" or "declaration");
    }

    [Fact]
    public void An_act_the_cue_word_codes_is_the_statements_occasion_and_no_statement_besides()
    {
        var events = RuleArticle.Extract("Canada announced $25 million in aid to Peru on Friday.").Events;
        var offer = Assert.Single(events, e => e.Cameo == "033");
        Assert.Equal(new[] { "Canada", "Peru" }, offer.Participants.ToArray());
        Assert.DoesNotContain(events, e => e.Cameo == "010");
    }

    [Fact]
    public void An_acronym_in_capitals_opens_no_relative_clause_that_would_cut_off_the_opening_date()
    {
        var statement = Assert.Single(RuleArticle.Extract("On Friday, the Velden Health Organization (WHO) confirmed the find.").Events, e => e.Cameo == "010");
        Assert.Equal(20190726, statement.Date);
    }

    [Theory]
    [InlineData("Figures from Statistics Canada state that 300 people left.", false)]
    [InlineData("In her annual report, Governor Ana Ruiz stated she would stay.", true)]
    public void What_a_document_states_is_no_statement_by_its_author_but_a_person_stating_in_a_report_is(string sentence, bool statement)
    {
        Assert.Equal(statement, RuleArticle.Extract(sentence).Events.Any(e => e.Cameo == "010"));
    }

    [Theory]
    [InlineData("The Norvale Coast Guard issued warnings to fishing boats on Monday.", "Norvale Coast Guard")]
    [InlineData("A statement from Velden Wrestling said the show was cancelled.", "Velden Wrestling")]
    [InlineData("Velden Wrestling's statement said the tour would go on.", "Velden Wrestling")]
    public void Warnings_issued_and_words_a_statement_carries_are_statements_of_their_author(string sentence, string author)
    {
        var statement = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo == "010");
        Assert.Equal(new[] { author }, statement.Participants.ToArray());
    }

    [Fact]
    public void A_date_in_a_reduced_relative_clause_is_that_clauses_and_the_opening_date_is_the_statements()
    {
        var statement = Assert.Single(RuleArticle.Extract("On Friday, the Velden Port Authority announced the name of the ship first sighted two months ago.").Events, e => e.Cameo == "010");
        Assert.Equal(20190726, statement.Date);
    }

    [Theory]
    [InlineData("Professor Tomas Vell stated on Monday that the dam was unsafe.")]
    [InlineData("Karel Brandt, an analyst at Velden Bank, stated that the dam was unsafe.")]
    [InlineData("Ana Ruiz died on Monday, her son Tomas Vell announced.")]
    [InlineData("Actor Tomas Vell tweeted, \"She was a great friend of Velden.\"")]
    [InlineData("Norland astrophysicist Karel Brandt tweeted that Ana Ruiz \"was a warm soul.\"")]
    [InlineData("Speaking to the Velden Times, Karel Brandt, chief executive of Ostrel Shipping, stated the company would stay.")]
    [InlineData("In a Velden Times report in March, Karel Brandt, chief executive of Ostrel Shipping, stated the company would stay.")]
    [InlineData("In an interview, Governor Ana Ruiz announced that the dam would be rebuilt.")]
    // Words given to a news outlet ("Speaking to X", "In an X report", "In an interview") are an interview, no official statement.
    public void An_experts_a_relatives_or_an_interviews_words_are_quotes_but_no_statement_event(string sentence)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.NotEmpty(model.Quotes);
        Assert.DoesNotContain(model.Events, e => e.Cameo == "010");
    }

    [Theory]
    [InlineData("Writing for the court, Justice Mira Holt declared in the majority opinion, \"no law of Velden forbids the strike.\"")]
    [InlineData("Judge Karel Brandt stated in his ruling that the harbour lease of Velden was void.")]
    // A judge's words in a court's written opinion or ruling are the ruling, not a statement of the judge's.
    public void A_judges_words_in_a_courts_opinion_or_ruling_are_quotes_but_no_statement_event(string sentence)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.NotEmpty(model.Quotes);
        Assert.DoesNotContain(model.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void An_office_holders_words_are_a_statement_event()
    {
        Assert.Contains(RuleArticle.Extract("Governor Ana Ruiz stated that the dam was unsafe.").Events, e => e.Cameo == "010");
    }

    [Fact]
    public void An_address_given_at_an_organization_is_a_speech_with_it_as_a_party()
    {
        var events = RuleArticle.Extract("In her campaign, Ana Ruiz met many mayors, including giving an address at the Norvale Assembly.").Events;
        var speech = Assert.Single(events, e => e.Cameo == "010");
        Assert.Equal(new[] { "Ana Ruiz", "Norvale Assembly" }, speech.Participants.ToArray());
    }

    [Fact]
    public void A_country_named_just_before_called_for_is_who_appeals()
    {
        var appeal = Assert.Single(RuleArticle.Extract("Canada called for a cessation of fighting in Velden on Monday.").Events, e => e.Cameo.StartsWith("02", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Canada" }, appeal.Participants.ToArray());
    }

    [Fact]
    public void An_announcement_and_the_statement_of_its_cue_are_one_event()
    {
        // The cue verb read as an announcement and the statement its words make are one occasion, one event.
        var events = RuleArticle.Extract("On Wednesday, the Velden Wildlife Trust announced its selection of Mira Holt as the winner of its annual prize.").Events;
        Assert.Equal(20190724, Assert.Single(events, e => e.Cameo.StartsWith("01")).Date);
    }
    [Theory]
    // The quote names one speaker of a joined subject; every conjunct makes the statement.
    [InlineData("Authorities in Peru and Chile announced new restrictions on Friday.", "Peru Chile")]
    [InlineData("Police in Peru and the United Kingdom announced that 40 suspects were arrested.", "Peru|United Kingdom")]
    [InlineData("Firms including Arcon Group, Belvo Holdings and Dervo Minerals have announced plans to close their mines.", "Arcon Group|Belvo Holdings|Dervo Minerals")]
    public void Every_conjunct_of_a_joined_speaker_makes_the_statement(string sentence, string speakers)
    {
        var statement = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo == "010");
        var expected = speakers.Contains('|') ? speakers.Split('|') : speakers.Split(' ');
        Assert.Equal(expected.OrderBy(x => x), statement.Participants.Where(expected.Contains).OrderBy(x => x));
    }

    [Theory]
    // A place named before the speaker and a comma is where the speaker serves, no co-speaker.
    [InlineData("The mayor of Tarsk, Ana Ruiz, announced the closure of the bridge on Friday.", "Tarsk")]
    [InlineData("In Peru and Chile, President Karel Brandt announced new restrictions on Friday.", "Chile")]
    public void A_name_that_is_no_conjunct_of_the_speaker_makes_no_statement(string sentence, string notSpeaker)
    {
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Cameo == "010" && e.Participants.Contains(notSpeaker));
    }

    [Theory]
    // An announcement, a statement or speeches made or given are public statements, whoever makes them; the row's own
    // example runs in EventRuleTests.
    [InlineData("On Friday, Mayor Ana Ruiz made her official announcement in a short video for her volunteers.", "Ana Ruiz")]
    [InlineData("On Friday, Governor Tomas Vell made a brief statement outside the Velden courthouse.", "Tomas Vell")]
    [InlineData("Governor Tomas Vell and Senator Karel Brandt both gave speeches in Norvale on Friday.", "Karel Brandt|Tomas Vell")]
    public void An_announcement_or_a_statement_made_and_speeches_given_are_statements(string sentence, string speakers)
    {
        var statement = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo == "010");
        Assert.Equal(speakers.Split('|'), statement.Participants.OrderBy(x => x).ToArray());
        Assert.Equal(20190726, statement.Date);
    }

    [Theory]
    // A false statement made to investigators is a lie, told of a charge; an announcement expected is none yet.
    [InlineData("Pavel Oskar was charged on Friday with making a false statement to investigators in Velden.")]
    [InlineData("The Ostrel Shipping Company is expected to make an announcement on Friday.")]
    public void A_false_statement_or_an_announcement_expected_is_no_statement_made(string sentence)
    {
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Cameo == "010" && e.Status == 1);
    }

    [Theory]
    // Words a statement or press release reads out are its issuer's statement; a sign or a letter that reads is none.
    [InlineData("\"Karel Brandt was loved by everyone who worked with him,\" reads an Ostrel Rail press release.", "Ostrel Rail")]
    [InlineData("Velco Mining released a statement on Friday which read, \"The tunnel at Brask will stay closed until the spring.\"", "Velco Mining")]
    public void Words_a_statement_reads_out_are_its_issuers_statement(string sentence, string issuer)
    {
        var statement = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo == "010");
        Assert.Equal(issuer, statement.Participants[0]);
    }

    [Fact]
    public void A_sign_that_reads_is_no_statement()
    {
        Assert.DoesNotContain(RuleArticle.Extract("\"No entry after dark for visitors,\" read a sign of the Velden Harbour Board at the gate.").Events, e => e.Cameo == "010");
    }

    [Fact]
    public void The_statement_that_reads_is_the_one_told_before()
    {
        var events = RuleArticle.Extract("On Friday, the Velden Harbour Board released a statement saying the pier was safe. \"No boats were damaged in the storm,\" read the statement.").Events;
        Assert.Single(events, e => e.Cameo == "010");
    }

    [Fact]
    public void A_speakers_statement_on_another_day_is_another_occasion()
    {
        var events = RuleArticle.Extract("On Monday, Governor Tomas Vell announced the Brask bridge would close for repairs. On Thursday, Vell announced the repairs were done and the bridge was open again.").Events;
        Assert.Equal(new[] { 20190722, 20190725 }, events.Where(e => e.Cameo == "010").Select(e => e.Date).OrderBy(d => d).ToArray());
    }

    [Theory]
    // Undated, or dated within the day told before, the second statement may be the same occasion: one event.
    [InlineData("On Monday, Governor Tomas Vell announced the Brask bridge would close for repairs. Vell later announced the repairs would take a month.")]
    [InlineData("On July 22, Governor Tomas Vell announced the Brask bridge would close for repairs. In July, Vell announced the repairs would take a month.")]
    public void A_speakers_second_statement_undated_or_within_the_first_day_is_the_same_occasion(string text)
    {
        Assert.Single(RuleArticle.Extract(text).Events, e => e.Cameo == "010");
    }
}
