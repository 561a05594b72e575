using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Reported-speech constructions, continued: where and when something was said as against what was said, documents and
/// sources cited, titles in quotation marks, passive cues and stances.
/// </summary>
public sealed partial class QuoteConstructionTests
{
    [Fact]
    public void Where_something_was_said_is_not_what_was_said()
    {
        var model = Extract("Governor Ana Ruiz said at a press conference that the roads would reopen.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("the roads would reopen", TextOf(model, quote));
    }

    [Fact]
    public void What_was_announced_by_an_agent_is_the_subject_and_the_agent_announced_it()
    {
        var model = Extract("The death of the painter Karel Brandt was announced on Friday by the Vella Institute.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Vella Institute", quote.Speaker);
        Assert.Equal("The death of the painter Karel Brandt", TextOf(model, quote));
    }

    [Fact]
    public void The_document_and_the_addressee_before_that_are_not_what_was_said()
    {
        var model = Extract("Ostrel Shipping said in a court filing to the Norland Trade Commission that the inquiry began in May.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("the inquiry began in May", TextOf(model, quote));
        Assert.Equal("Ostrel Shipping", quote.Speaker);
    }

    [Fact]
    public void A_participle_cue_has_its_subject_before_it_never_after()
    {
        var model = Extract("President Ana Ruiz has yet to concede, saying late on Friday after the count for Tomas Vell, \"I carried every district!\"");
        Assert.Equal("Ana Ruiz", Assert.Single(model.Quotes).Speaker);
    }

    [Fact]
    public void The_father_is_the_one_man_of_the_named_family()
    {
        var model = Extract("Judge Mira Holt sentenced Peter and Anna Kowal on Friday. The father said he would appeal.");
        Assert.Equal("Peter Kowal", Assert.Single(model.Quotes).Speaker);
    }

    // "the commissioner", "the archbishop": a role noun the text gave a named person speaks for that person.
    [Theory]
    [InlineData("Velden trade commissioner Karel Brandt announced Ostria was to join. The commissioner said, \"We have not yet agreed on the rules.\"", "Karel Brandt")]
    [InlineData("Velden archbishop Mira Holt led the mass. The archbishop said, \"We need to pray for the harbour.\"", "Mira Holt")]
    public void A_commissioner_or_an_archbishop_is_the_person_given_that_role(string paragraph, string speaker)
    {
        var model = Extract(paragraph);
        Assert.Contains(model.Quotes, q => q.Kind == QuoteDirect && q.Speaker == speaker);
    }

    [Fact]
    public void According_to_a_post_by_someone_cites_the_author_not_the_platform()
    {
        var model = Extract("According to a Facebook post by Mira Holt, director of the Velden festival, the statue came from the old hall.");
        Assert.Equal("Mira Holt", Assert.Single(model.Quotes).Speaker);
        // Sources cited by a newspaper are still the sources, not the newspaper.
        var cited = Extract("Ana Ruiz held a call with Tomas Vell, according to sources cited by the Velden Herald.");
        Assert.NotEqual("Velden Herald", Assert.Single(cited.Quotes).Speaker);
    }

    [Fact]
    public void A_plural_possessive_inside_an_apposition_after_according_to_stays_in_the_apposition()
    {
        var model = Extract("The agency director Dr. Osei Mensah Boateng spoke on Monday. According to Dr. Tomas Vell, formerly the director of the Velden States' Institute, the outbreak is over.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Tomas Vell", quote.Speaker);
        Assert.Equal("the outbreak is over", TextOf(model, quote));
    }

    [Fact]
    public void A_quotation_after_a_colon_is_the_pronoun_subjects_not_the_possessors_named_before_it()
    {
        var model = Extract("Tomas Vell, the Supreme Leader of Norvale, ordered three days of mourning. In his message, he honoured Karel Brandt's lifework: \"He was an example to us all.\"");
        var quote = Assert.Single(model.Quotes, q => q.Kind == QuoteDirect);
        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Theory]
    [InlineData("Officials listed 12 confirmed leaks along the Velden pipeline.", "confirmed")]
    [InlineData("Ana Ruiz demanded hearings into alleged bribes paid by the port.", "alleged")]
    [InlineData("Ana Ruiz now counts 120 pledged votes in the council.", "pledged")]
    public void A_past_form_between_a_number_possessive_or_preposition_and_its_noun_reports_nothing(string sentence, string word)
    {
        Assert.DoesNotContain(Extract(sentence).Quotes, q => q.Cue == word);
    }

    [Fact]
    public void A_that_clause_opening_with_an_adjunct_is_reported_and_a_that_object_is_not()
    {
        var model = Extract("Tomas Vell wrote that during the winter the harbour froze twice.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("during the winter the harbour froze twice", model.Text.Substring(quote.Start, quote.Length));
        Assert.Empty(Extract("Karel Brandt had said that at the harbour meeting.").Quotes);
    }

    [Theory]
    [InlineData("The council under Ana Ruiz launched a housing scheme called \"Homes For Velden\" last spring.")]
    [InlineData("Marchers loyal to Karel Brandt chanted the motto \"Velden Forward\" outside the town hall.")]
    [InlineData("Mira Holt opened a Harvest Day \"Festival Of Lights\" near the harbour.")]
    [InlineData("\"Green Harbour Now\" requires Tomas Vell to close the coal pier.")]
    public void A_title_in_quotation_marks_that_names_a_thing_is_no_quote(string sentence)
    {
        Assert.Empty(Extract(sentence).Quotes);
    }

    [Fact]
    public void Reported_content_holding_a_title_is_reported()
    {
        var model = Extract("Mira Holt said the dockers had painted the motto \"Ostrel Stands Firm\" on the cranes.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Mira Holt", quote.Speaker);
        Assert.StartsWith("the dockers had painted the motto", model.Text.Substring(quote.Start, quote.Length));
    }

    [Fact]
    public void A_title_case_sentence_beside_its_cue_is_still_a_quote()
    {
        Assert.Single(Extract("Karel Brandt told reporters, \"It Is Over For Us.\"").Quotes);
    }

    [Theory]
    [InlineData("Four bridges were closed and two reopened, according to investigators, most of whom work for the city.", "Four bridges were closed and two reopened")]
    [InlineData("The ferry left Ostrel at noon, according to harbour police, but it never reached Velden.", "The ferry left Ostrel at noon")]
    [InlineData("Karel Brandt later won, according to Velden Radio, the closest vote the town has seen.", "Karel Brandt later won, according to Velden Radio, the closest vote the town has seen")]
    public void A_source_cited_after_a_told_clause_is_cited_for_that_clause(string sentence, string claim)
    {
        // Not when the clause goes on after the source.
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => q.Cue == "according to");
        Assert.Equal(claim, model.Text.Substring(quote.Start, quote.Length));
    }

    [Fact]
    public void A_subject_before_a_cited_source_is_the_speaker_of_its_cue()
    {
        var model = Extract("Residents, according to Velden Radio, said the ferry sank at dawn.");
        Assert.Contains(model.Quotes, q => q.Cue == "said" && q.SpeakerText == "Residents" && model.Text.Substring(q.Start, q.Length) == "the ferry sank at dawn");
    }

    [Fact]
    public void A_document_after_the_reported_clause_says_it()
    {
        var model = Extract("Ferry crossings to Ostrel will resume in April, the report said.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("the report", quote.SpeakerText);
        Assert.Equal("Ferry crossings to Ostrel will resume in April", model.Text.Substring(quote.Start, quote.Length));
    }

    [Theory]
    [InlineData("Velden Radio reported in late 2018, 40 branches had shut within two years.", "40 branches had shut within two years")]
    [InlineData("The Norland Gazette reported in March 2018, the ferry line had been sold.", "the ferry line had been sold")]
    public void A_time_phrase_closed_by_a_comma_after_the_cue_is_not_what_was_said(string sentence, string content)
    {
        var model = Extract(sentence);
        Assert.Equal(content, TextOf(model, Assert.Single(model.Quotes)));
    }

    [Fact]
    public void A_place_phrase_closed_by_a_comma_opens_no_content() // a guard: only a time frames the content
    {
        Assert.DoesNotContain(Extract("Ana Ruiz testified in the Velden court, claiming the harbour was sold.").Quotes, q => q.Cue == "testified");
    }

    [Theory]
    [InlineData("The ferry, reported by the Velden Post as belonging to the navy, sank on Monday.", "belonging to the navy")]
    [InlineData("Several ministers were reported by the Velden Post to have visited the port on Monday.", "to have visited the port on Monday")]
    [InlineData("Tomas Vell was described by the Velden Post as a reckless driver.", "a reckless driver")] // guard: as before
    [InlineData("Tomas Vell was told by the Velden Post that his ferry licence had lapsed.", "his ferry licence had lapsed")]
    [InlineData("Dockers were warned by the Velden Post that the crane could topple in a storm.", "the crane could topple in a storm")]
    public void A_passive_cue_with_its_agent_reports_what_follows_as_that_or_the_infinitive_up_to_a_closing_comma(string sentence, string content)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("Velden Post", content), (quote.Speaker, TextOf(model, quote)));
    }

    // A verb of saying that seldom reports a clause of its own still names the unnamed speaker of the quotation before it.
    [Theory]
    [InlineData("\"We will keep the ferry running,\" the union informed its members.", "the union")]
    [InlineData("\"The old crane is still safe,\" port officials stressed.", "port officials")]
    public void A_cue_of_saying_after_a_quotation_names_an_unnamed_speaker(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract(sentence).Quotes).SpeakerText);

    // A quotation closed right before "according to" is the source's direct quote, reported once, not again as its claim.
    [Fact]
    public void A_quotation_before_according_to_is_one_direct_quote()
    {
        var model = Extract("\"The old pier can bear the cranes,\" according to harbour engineer Mira Holt.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("Mira Holt", "The old pier can bear the cranes"), (quote.Speaker, TextOf(model, quote)));
    }

    [Theory]
    [InlineData("Karel Brandt runs a firm called Velco, which builds cranes for the port.")]
    [InlineData("Mira Holt set up a stall in a square called the Old Market, near the harbour.")]
    [InlineData("The council set up a new unit (jokingly called Drain Busters) to clear the canals.")]
    [InlineData("Students attended a course at Velden Hall called \"Working Together\".")]
    public void A_naming_participle_after_what_a_verb_governs_names_it_and_reports_nothing(string sentence) =>
        Assert.Empty(Extract(sentence).Quotes);

    // "discussed X" tells a topic, not what was said, unless X names a stance held ("their hope to ...").
    [Theory]
    [InlineData("Mira Holt discussed her childhood in Velden with the Velden Post.", null)]
    [InlineData("In the interview, Karel Brandt discussed how he joined the Ostrel Rovers and his plans for the club.", null)]
    [InlineData("Karel Brandt and Mira Holt discussed their hope to reopen the ferry line.", "their hope to reopen the ferry line")]
    public void Discussing_a_topic_reports_nothing_but_a_stance_is_said(string sentence, string? content)
    {
        var model = Extract(sentence);
        if (content is null) Assert.Empty(model.Quotes);
        else Assert.Contains(model.Quotes, q => TextOf(model, q) == content);
    }

    // A list of three topics or more after "discussed" is what the gold takes as said (the tuning sets' convention); a comma
    // that opens a relative clause lists nothing.
    [Theory]
    [InlineData("On the radio, Mira Holt discussed her years in Ostrel, the ferry strike, and her hopes for the club.", "her years in Ostrel, the ferry strike, and her hopes for the club")]
    [InlineData("Karel Brandt discusses how he came to Velden, what a harbour master does and why the tolls rose.", "how he came to Velden, what a harbour master does and why the tolls rose")]
    [InlineData("Karel Brandt discussed the tram plan, which the council dropped in May, and its price.", null)]
    public void Discussing_a_list_of_topics_reports_the_list(string sentence, string? content)
    {
        var model = Extract(sentence);
        if (content is null) Assert.DoesNotContain(model.Quotes, q => q.Speaker == "Karel Brandt");
        else Assert.Contains(model.Quotes, q => TextOf(model, q) == content);
    }

    // The "and" of a relative clause closing with the comma before the cue joins its verbs, not the cue's subjects.
    [Fact]
    public void A_relative_clause_before_the_cue_coordinates_no_speakers()
    {
        var model = Extract("Marta Oskarsen, who teaches in Velden and coaches the Ostrel Rovers, said the tram line would close in May.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Marta Oskarsen", quote.Speaker);
    }

    // A word spelled like a cue with a relative clause after its comma is a noun ("show", "report"): no cue's words follow.
    [Theory]
    [InlineData("The Velden Post show, which airs at noon, follows two chefs around the harbour.")]
    [InlineData("The Ostrel Rovers report, which the league rejected, was filed in May.")]
    public void A_noun_spelled_like_a_cue_before_a_relative_clause_reports_nothing(string sentence) =>
        Assert.Empty(Extract(sentence).Quotes);

    [Theory]
    [InlineData("Karel Brandt called the plan \"a disaster for the harbour\".", "Karel Brandt")]
    [InlineData("The Velden Party called for an inquiry into the harbour sale.", "Velden Party")]
    [InlineData("Mira Holt criticised the sale and called the deal a disaster for the town.", "Mira Holt")]
    public void Calling_with_its_own_subject_still_reports(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract(sentence).Quotes, q => q.Cue == "called").Speaker);

    [Theory]
    [InlineData("The Velden Post reported on Monday a government source, whom it did not name, said the ban would stay.|government source|the ban would stay")]
    [InlineData("The Velden Post reported that a government source said the ban would stay.|government source|the ban would stay")]
    [InlineData("The blog also reported its unnamed source claimed a third suspect fled.|unnamed source|a third suspect fled")]
    [InlineData("In May, a harbour official said that the ferry had sunk on Monday, the Velden Post reported.|harbour official|the ferry had sunk on Monday")]
    public void An_outlet_relaying_a_source_quotes_the_source_only(string example) // sentence|speaker|what the source said
    {
        var parts = example.Split('|');
        var model = Extract(parts[0]);
        Assert.Equal(new[] { parts[1] }, model.Quotes.Select(q => q.SpeakerText).ToArray()); // the outlet's quote is gone
        Assert.StartsWith(parts[2], model.Text.Substring(model.Quotes[0].Start));
    }

    [Theory]
    [InlineData("Karel Brandt said his brother had told him the mayor knew of the sale.", "Karel Brandt")]
    [InlineData("In the book, Mira Holt claims the mayor asked the minister for help.", "Mira Holt")]
    public void A_speaker_telling_what_another_said_keeps_the_claim(string sentence, string speaker) =>
        Assert.Contains(Extract(sentence).Quotes, q => q.Speaker == speaker);

    // Who was asked or told and, after "on" or "about", the topic: nothing said is reported.
    [Theory]
    [InlineData("Karel Brandt asked me about my boat.")]
    [InlineData("Mayor Ana Ruiz urged the council on the future of the pier.")]
    [InlineData("The bank advised the ferry company on the sale of its ships.")]
    public void An_addressee_and_a_topic_report_nothing(string sentence)
    {
        Assert.Empty(Extract(sentence).Quotes);
    }

    [Fact]
    public void Advising_someone_to_act_reports_the_advice()
    {
        var model = Extract("Mayor Ana Ruiz advised residents to leave the coast.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("residents to leave the coast", TextOf(model, quote));
    }

    [Theory]
    [InlineData("Mira Holt told the Velden Post, a weekly paper, that the pier had rotted.", "the pier had rotted")]
    [InlineData("Karel Brandt told Velden Radio even one storm of that size could close the harbour.", "even one storm of that size could close the harbour")]
    [InlineData("Ana Ruiz told Norvale Radio News the inner dock and the old crane are unsafe.", "the inner dock and the old crane are unsafe")]
    [InlineData("Karel Brandt told a news conference that the ferries would run again.", "the ferries would run again")]
    [InlineData("Mira Holt told a rally in Ostrel the new pier would open in May.", "the new pier would open in May")]
    [InlineData("Ana Ruiz told a meeting of dock workers that the crane was unsafe.", "the crane was unsafe")]
    [InlineData("The ferries will run again, Mira Holt told a news conference.", "The ferries will run again")]
    [InlineData("Karel Brandt said at a briefing outside the town hall that the ferries would run again.", "the ferries would run again")]
    public void Whom_and_where_it_was_told_is_not_what_was_told(string sentence, string content) // a name, a gathering, a place
    {
        var model = Extract(sentence);
        Assert.Equal(content, TextOf(model, Assert.Single(model.Quotes)));
    }

    [Theory]
    [InlineData("Karel Brandt denied, though the mayor said the pier was sold.", "the pier was sold")]
    [InlineData("Velden Shipping maintained and repaired the cranes that the port said were unsafe.", "were unsafe")]
    public void A_conjunction_right_after_a_cue_opens_no_content(string sentence, string content)
    {
        var model = Extract(sentence);
        Assert.All(model.Quotes, q => Assert.Equal(content, TextOf(model, q)));
    }

    [Fact]
    public void A_place_after_a_trailing_cue_closed_by_a_comma_before_adding_leaves_the_clause_before_said()
    {
        var model = Extract("The crane is unsafe, Ana Ruiz said in Ostrel, adding that the dock would close.");
        Assert.Equal(new[] { "The crane is unsafe", "the dock would close" }, model.Quotes.Select(q => TextOf(model, q)).OrderBy(t => t, System.StringComparer.Ordinal).ToArray());
        Assert.All(model.Quotes, q => Assert.Equal("Ana Ruiz", q.Speaker));
    }
    // A view held is reported with "that" only: "deemed X false" judges an object, and a past participle after a noun describes it.
    [Fact]
    public void A_view_deemed_is_reported_after_that()
    {
        var model = Extract("The Norvale Harbour Board deemed that the new pier breaks the town charter.");
        Assert.Equal(("Norvale Harbour Board", "the new pier breaks the town charter"), (Assert.Single(model.Quotes).Speaker, TextOf(model, model.Quotes[0])));
    }

    [Theory]
    [InlineData("The harbour board deemed the report false and ordered a new inquiry.", 0)]
    [InlineData("Ana Ruiz said the cranes deemed unsafe would be removed on Monday.", 1)]
    public void A_view_deemed_without_that_reports_nothing(string sentence, int quotes)
    {
        Assert.Equal(quotes, Extract(sentence).Quotes.Count);
    }
}
