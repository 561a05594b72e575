using System.Linq;
using System.Threading;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Extraction.Events;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Extraction rules one sentence at a time, on invented names, so each rule is checked apart from
/// the gold sets (which score them all together).
/// </summary>
public sealed class ExtractionRuleTests
{
    // Sunday, July 28, 2019
    private const int Published = RuleArticle.Published;

    private static int[] Dates(string sentence) => RuleArticle.Dates(sentence);

    private static ArticleModel Extract(string paragraphs, string file = "a.txt") => RuleArticle.Extract(paragraphs, file);

    [Theory]
    [InlineData("The mayor died on July 2.", 20190702)]
    [InlineData("The storm hit on August 2.", 20180802)] // toward the past: a later day is last year's
    [InlineData("She is to leave office next month on August 2.", 20190802)]
    [InlineData("The vote will be held on July 2.", 20200702)] // toward the future: an earlier day is next year's
    [InlineData("He resigned on Wednesday.", 20190724)]
    [InlineData("His resignation is effective next Wednesday.", 20190731)]
    public void Dates_resolve_toward_the_past_unless_the_sentence_speaks_of_the_future(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Fact]
    public void A_capital_acting_stands_for_its_country()
    {
        var model = Extract("Canada and Freedonia met for talks. Ottawa criticized the Freedonian minister Jon Varga.");
        var criticism = Assert.Single(model.Events, e => e.Cameo == "111");
        Assert.Contains("Canada", criticism.Participants);
        Assert.DoesNotContain("Ottawa", criticism.Participants);
        Assert.Contains(model.Entities, e => e.Name == "Ottawa"); // the city stays an entity of its own
    }

    [Fact]
    public void Coordinated_subjects_all_take_part()
    {
        var model = Extract("Officers Jan Kowal and Piet Marek were convicted by the court on Thursday.");
        var conviction = Assert.Single(model.Events, e => e.Cameo == "116");
        Assert.Equal(new[] { "Jan Kowal", "Piet Marek" }, conviction.Participants.ToArray());
        Assert.Equal(20190725, conviction.Date);
    }

    [Fact]
    public void A_back_reference_dates_the_event_told_before_and_adds_none()
    {
        var model = Extract("The government of Canada was shut down. This shutdown started on July 2.");
        var shutdown = Assert.Single(model.Events, e => e.Kind == "shutdown");
        Assert.Equal(20190702, shutdown.Date);
    }

    [Fact]
    public void Media_and_towns_report_and_host_events_but_take_part_in_none()
    {
        var model = Extract("Protests against Governor Ana Ruiz filled the capital, San Juan, the BBC reported.");
        Assert.All(model.Events, e =>
        {
            Assert.DoesNotContain("San Juan", e.Participants);
            Assert.DoesNotContain("BBC", e.Participants);
        });
    }

    [Fact]
    public void An_unknown_single_word_after_a_descriptor_is_an_organization_and_keeps_its_own_name()
    {
        var model = Extract("Retailer Quarkmart and its branch Quarkmart Polska grew. UK-based retailer Quarkmart stated its intention to leave.");
        Assert.Contains(model.Entities, e => e.Name == "Quarkmart" && e.Kind == KnowledgeBase.Generators.EntityKind.Organization /* organization */);
    }

    [Fact]
    public void A_response_is_a_statement_and_a_possessive_makes_a_verb_form_a_noun()
    {
        var model = Extract("Foreign Minister Anna Berg responded by emphasizing that any peace agreement must include Canada. Critics fear conceding to Canada's demands.");
        var statement = Assert.Single(model.Events, e => e.Cameo == "010");
        Assert.Equal(new[] { "Anna Berg" }, statement.Participants.ToArray());
        Assert.DoesNotContain(model.Events, e => e.Cameo == "100");
    }

    // DataLayout.StatusPlanned (runtime storage), spelled out because the layout is internal to both assemblies.
    private const int Planned = 2;

    [Fact]
    public void The_following_day_is_the_day_after_the_last_day_the_article_named()
    {
        var model = Extract("On Wednesday, ministers of Canada met in Ottawa with Freedonia. In a press release issued the following day, the Freedonian Ministry of Trade denounced the conclusions of the meeting.");
        var denunciation = Assert.Single(model.Events, e => e.Cameo == "111");
        Assert.Equal(20190725, denunciation.Date);
    }

    [Fact]
    public void An_announced_resignation_is_planned_and_dated_by_its_effective_day_not_by_the_announcement()
    {
        var model = Extract("Governor Ana Ruiz announced her resignation on Wednesday. Chief of staff Tom Vela also announced his resignation effective next Wednesday, July 31.");
        var ruiz = Assert.Single(model.Events, e => e.Cameo == "0831" && e.Participants.Contains("Ana Ruiz"));
        Assert.Equal((Planned, 0), (ruiz.Status, ruiz.Date));
        var vela = Assert.Single(model.Events, e => e.Cameo == "0831" && e.Participants.Contains("Tom Vela"));
        Assert.Equal((Planned, 20190731), (vela.Status, vela.Date));
        // Each announcement is a statement of its own, dated by the sentence.
        Assert.Equal(20190724, Assert.Single(model.Events, e => e.Cameo == "010" && e.Participants.Contains("Ana Ruiz")).Date);
    }

    [Fact]
    public void What_protesters_call_for_is_a_protest_not_the_act_demanded()
    {
        var model = Extract("Protesters called for Ana Ruiz's resignation after the revelations.");
        var protest = Assert.Single(model.Events);
        Assert.Equal("1411", protest.Cameo);
        Assert.Equal(new[] { "Ana Ruiz" }, protest.Participants.ToArray());
    }

    [Fact]
    public void What_someone_asks_for_has_not_been_given()
    {
        var model = Extract("Karel Brandt died on Friday in Velden. His family asked for donations to the Velden Children's Fund, which supports sick children.");
        Assert.DoesNotContain(model.Events, e => e.Cameo.StartsWith("07", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_nomination_for_an_honour_is_no_appointment()
    {
        var model = Extract("Tomas Vell, a Velden singer, was nominated twice for a Grammy award.");
        Assert.DoesNotContain(model.Events, e => e.Kind == "appointment");
    }

    [Fact]
    public void A_succession_and_a_start_in_office_are_occurrences_outside_cameo()
    {
        var model = Extract("Ana Ruiz began serving as governor on January 2, 2017. Ana Ruiz is set to be replaced by Maria Mendes, the justice secretary.");
        Assert.Equal(20170102, Assert.Single(model.Events, e => e.Kind == "inauguration").Date);
        var succession = Assert.Single(model.Events, e => e.Kind == "succession");
        Assert.Equal(new[] { "Ana Ruiz", "Maria Mendes" }, succession.Participants.ToArray());
    }

    [Fact]
    public void Seats_won_are_an_election_and_a_seat_lost_there_shares_its_day()
    {
        var model = Extract("On Thursday, the Harbour Party netted an additional 66 seats. Ana Ruiz was defeated in Eastvale by a Harbour Party candidate. There were no Freedom Party candidates elected.");
        var election = Assert.Single(model.Events, e => e.Kind == "election");
        Assert.Equal(new[] { "Harbour Party" }, election.Participants.ToArray());
        Assert.Equal(20190725, election.Date);
        Assert.Equal(20190725, Assert.Single(model.Events, e => e.Kind == "defeat").Date);
    }

    [Fact]
    public void A_joint_announcement_is_one_statement_and_the_reported_subject_takes_part()
    {
        var model = Extract("On Thursday, retailer Quarkmart and retailer Zelmart Group announced their agreement over a sale. Commissioner Jon Varga announced Canada was to join.");
        var joint = Assert.Single(model.Events, e => e.Cameo == "010" && e.Participants.Contains("Quarkmart"));
        Assert.Contains("Zelmart Group", joint.Participants);
        var varga = Assert.Single(model.Events, e => e.Cameo == "010" && e.Participants.Contains("Jon Varga"));
        Assert.Contains("Canada", varga.Participants);
    }

    [Fact]
    public void Every_co_speaker_of_a_joint_announcement_takes_part_in_its_one_statement()
    {
        // Halvik's statement was told before; Tormund is named first by the announcement read from the cue itself.
        var model = Extract("Jonas Halvik announced on Monday that the union would hold a vote. On Wednesday, Ada Lindqvist and Jonas Halvik announced they were to draft six new rules on fishing quotas. Senator Piet Aaldering and former governor Lise Tormund announced their backing for the canal plan.");
        var joint = Assert.Single(model.Events, e => e.Cameo == "010" && e.Participants.Contains("Ada Lindqvist"));
        Assert.Contains("Jonas Halvik", joint.Participants);
        var backing = Assert.Single(model.Events, e => e.Cameo.StartsWith("01", System.StringComparison.Ordinal) && e.Participants.Contains("Piet Aaldering"));
        Assert.Contains("Lise Tormund", backing.Participants);
    }

    [Theory]
    [InlineData("Mayor Jon Varga said: \u201C{0}.\u201D")]
    [InlineData("\u201C{0},\u201D Mayor Jon Varga said.")]
    public void A_line_separator_inside_a_paragraph_is_white_space_and_the_quote_across_it_is_found(string sentence)
    {
        // U+2028 is a line break inside a paragraph (a soft return), not the end of one.
        const string quote = "The harbour will reopen\u2028before the first storms of the winter";
        var model = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, quote));
        var found = Assert.Single(model.Quotes);
        Assert.Equal("Jon Varga", found.Speaker);
        Assert.Equal(quote, model.Text.Substring(found.Start, found.Length));
    }

    [Fact]
    public void Words_inside_a_direct_quote_and_an_event_told_again_by_its_day_add_no_event()
    {
        var model = Extract("Senator Jon Varga said on Friday \"We made a plea to the governor once again.\" On Sunday, Ana Ruiz and Maria Mendes signed the Harbour Accord. With Sunday's signings, all but one of the members have signed on to the agreement.");
        Assert.DoesNotContain(model.Events, e => e.Cameo.StartsWith("02", System.StringComparison.Ordinal));
        Assert.Single(model.Events, e => e.Cameo.StartsWith("05", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_newspaper_states_but_makes_no_statement_event_and_is_no_party()
    {
        var model = Extract("The Harbour Herald states the ship was a freighter. Quarkmart's branch is too big for a single monolithic sale, according to the Eastvale Gazette.");
        Assert.DoesNotContain(model.Events, e => e.Participants.Contains("Harbour Herald") || e.Participants.Contains("Eastvale Gazette"));
        Assert.DoesNotContain(model.Events, e => e.Cameo == "061");
    }

    [Fact]
    public void Questioning_something_is_criticism_being_questioned_is_not()
    {
        var model = Extract("Senator Jon Varga and Senator Ana Ruiz both yesterday questioned the governor's power. Maria Mendes was also tested and questioned for hours.");
        var criticism = Assert.Single(model.Events);
        Assert.Equal(("111", 20190727), (criticism.Cameo, criticism.Date));
        Assert.Contains("Jon Varga", criticism.Participants);
        Assert.Contains("Ana Ruiz", criticism.Participants);
    }

    [Fact]
    public void An_announcement_to_journalists_is_reported_speech_of_the_titled_person_in_the_relative_clause()
    {
        var model = Extract("Ruiz was taken to the Eastvale Hospital, where Dr. Tomas Vela was met with applause upon announcing to journalists Ruiz remained alive.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Tomas Vela", quote.Speaker);
        Assert.Single(model.Events, e => e.Cameo == "010" && e.Participants.Contains("Tomas Vela"));
    }

    [Fact]
    public void Planning_to_join_is_an_intent_of_the_one_who_announced_it_and_selling_to_someone_is_a_sale()
    {
        var model = Extract("Canada previously announced it planned to join the Harbour Union. On Thursday, retailer Quarkmart and retailer Zelmart Group announced their agreement over selling Quarkmart's stores to Zelmart Group. Ana Ruiz won 41 pledged delegates while Tom Vela travelled selling socks.");
        var intent = Assert.Single(model.Events, e => e.Cameo == "030");
        Assert.Equal("Canada", intent.Participants[0]);
        var sale = Assert.Single(model.Events, e => e.Cameo == "061");
        Assert.Equal(new[] { "Quarkmart", "Zelmart Group" }, sale.Participants.ToArray());
    }
}
