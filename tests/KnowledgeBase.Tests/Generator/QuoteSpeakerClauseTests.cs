using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Whose words a cue reports when clauses and appositions stand between the subject and the cue. Invented sentences;
/// the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteSpeakerClauseTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("Norvale Shipping, which opposes Tomas Vell, has stated the new dock will cost $40 million.")]
    [InlineData("Norvale Shipping, which has long opposed a plan of Velden Mayor Tomas Vell, has stated the new dock will cost $40 million.")]
    public void A_relative_clause_before_an_auxiliary_and_the_cue_holds_no_speaker(string sentence)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Norvale Shipping", quote.Speaker);
        Assert.Equal("the new dock will cost $40 million", TextOf(model, quote));
    }

    [Fact]
    public void An_apposition_describing_a_place_is_no_speaker_and_its_noun_is_no_cue()
    {
        var model = Extract("The governor of Ohio, a U.S. state, said the bridge would reopen.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("the bridge would reopen", TextOf(model, quote));
        Assert.NotEqual("United States", quote.Speaker);
        Assert.DoesNotContain(model.Events, e => e.Participants.Contains("United States"));
    }

    [Theory]
    [InlineData("The dispute between the two Norvalese states centers on the Velden river.")]
    [InlineData("On Friday, the Velden Party held primaries in the US states of Idaho and Maine.")]
    [InlineData("Under Ohio state law, Governor Ana Ruiz has until March 3 to publish the budget.")]
    [InlineData("The panel includes Velden businessman Karel Brandt and Ohio state representative Tomas Vell.")]
    public void States_after_a_determiner_or_a_number_and_a_name_is_the_noun_not_a_cue(string sentence)
    {
        var model = Extract(sentence);
        Assert.Empty(model.Quotes);
        Assert.DoesNotContain(model.Events, e => e.Cameo == "010");
    }

    [Theory]
    [InlineData("Norvale Shipping, a ferry operator based in Velden, states that the old pier was sold.", "Norvale Shipping")]
    [InlineData("Karel Brandt, the owner of the yard, warns that the crane is unsafe.", "Karel Brandt")]
    public void A_present_cue_after_an_apposition_has_the_name_before_it_for_subject(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract(sentence).Quotes).Speaker);

    [Fact]
    public void An_organization_speaks_through_its_website() =>
        Assert.Equal("Velden Harbour Authority", Assert.Single(Extract("The Velden Harbour Authority website warns that the pier is closed.").Quotes).Speaker);

    [Fact]
    public void A_name_opening_the_sentence_before_an_apposition_speaks_also_when_no_entity_is_made_of_it()
    {
        var model = Extract("Shipvault, a database listing merchant ships, states the ferry was sold in 2010.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Shipvault", quote.SpeakerText);
        Assert.Equal("the ferry was sold in 2010", TextOf(model, quote));
    }

    [Fact]
    public void States_before_what_is_stated_still_reports()
    {
        var model = Extract("Figures from the Velden ministry state about 12 thousand homes were flooded.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("about 12 thousand homes were flooded", TextOf(model, quote));
    }

    [Fact]
    public void A_person_speaks_for_the_phrase_after_of_also_across_a_possessive_and_an_ordinal()
    {
        var model = Extract("Councillor Ana Ruiz of Norvale's fourth Harbour Ward announced her resignation on Friday.");
        Assert.Equal("Ana Ruiz", Assert.Single(model.Quotes).Speaker);
        Assert.Equal(new[] { "Ana Ruiz" }, Assert.Single(model.Events, e => e.Cameo == "010").Participants.ToArray());
    }

    [Theory]
    [InlineData("Karel Brandt, of Velden Radio, stated, \"Mira Holt gave this town its library.\"")]
    [InlineData("Karel Brandt, one of Holt's two nephews, said: \"Mira Holt never missed a council meeting.\"")]
    public void A_quotation_opening_right_after_the_cue_holds_no_speaker_of_it(string sentence) =>
        Assert.Equal("Karel Brandt", Assert.Single(Extract(sentence).Quotes).Speaker);

    [Theory]
    [InlineData("On Monday, Director Karel Brandt of the Norland Institute of Health (NIH), announced a trial of four drugs was stopped early.")]
    [InlineData("Director Karel Brandt of the Norland Institute of Health (NIH) announced the trial would end.")]
    public void A_person_speaks_for_an_organization_whose_name_has_an_of_and_an_acronym_after_it(string sentence) =>
        Assert.Equal("Karel Brandt", Assert.Single(Extract(sentence).Quotes).Speaker);

    [Theory]
    [InlineData("Tomas Vell, chief engineer of the port, said the ministry had approved the crane.", "Tomas Vell", "the ministry had approved the crane")]
    [InlineData("Mira Holt, a professor at Velden University, said the harbour was unsafe.", "Mira Holt", "the harbour was unsafe")]
    [InlineData("The bridge will reopen on Monday, said Karel Brandt.", "Karel Brandt", null)]
    public void A_comma_closing_an_apposition_leaves_the_subject_before_the_cue(string sentence, string speaker, string? text)
    {
        // "said the hospital" reads as '..., said X' only after a clause told before the comma.
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(speaker, quote.Speaker);
        if (text is not null) Assert.Equal(text, TextOf(model, quote));
    }

    [Theory]
    [InlineData("Ana Ruiz, a Portugal-born chemist with the Velden Institute, said the water was clean.", "Ana Ruiz")]
    [InlineData("Tomas Vell, counsel for the families, told the inquiry the crane had failed.", "Tomas Vell")]
    [InlineData("Mira Holt, a nurse and the regional secretary of the Norvale Union, said the wards were full.", "Mira Holt")]
    public void The_person_an_apposition_before_the_cue_describes_speaks(string sentence, string speaker)
    {
        // Not a country, a role or a party named inside the apposition.
        Assert.Contains(Extract(sentence).Quotes, q => q.Speaker == speaker && q.Cue is "said" or "told");
        Assert.DoesNotContain(Extract(sentence).Quotes, q => q.Speaker is "Portugal" or "Norvale Union" or "Velden Institute");
    }

    [Fact]
    public void A_town_named_inside_the_subject_does_not_speak_and_a_town_that_is_the_subject_does()
    {
        var report = Assert.Single(Extract("Staff at a Lisbon clinic said the patient had recovered.").Quotes);
        Assert.Null(report.Speaker);
        Assert.Equal("Staff at a Lisbon clinic", report.SpeakerText);
        Assert.Contains(Extract("The city of Lisbon announced that the bridge would reopen.").Quotes, q => q.Speaker == "Lisbon");
    }

    [Fact]
    public void A_quotation_split_by_a_full_stop_keeps_its_speaker_after_the_cue()
    {
        var model = Extract("\"We waited for hours. Nobody came\", said Karel Brandt.");
        Assert.NotEmpty(model.Quotes);
        Assert.All(model.Quotes, q => Assert.Equal("Karel Brandt", q.Speaker));
    }

    [Theory]
    [InlineData("A notice on the Velden Council's site warned: \"The ferry timetable changes in June.\"")]
    [InlineData("The Velden Council's report stated that the ferry timetable would change in June.")]
    public void What_an_organizations_website_says_the_organization_says(string sentence)
    {
        var quote = Assert.Single(Extract(sentence).Quotes);
        Assert.Equal("Velden Council", quote.Speaker);
    }

    [Fact]
    public void A_document_after_the_cue_ending_the_sentence_says_the_quotation()
    {
        var model = Extract("\"The harbour will stay closed until spring,\" said the report.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("the report", "The harbour will stay closed until spring"), (quote.SpeakerText, TextOf(model, quote)));
    }

    [Theory]
    [InlineData("The mayor's associates insisted that Karel Brandt had resigned freely.", "associates")]
    [InlineData("Relatives said the victims had been warned.", "Relatives")]
    [InlineData("Her lawyers said the charges against Mira Holt were false.", "lawyers")]
    // "..., with officials saying ...": the phrase between "with" and the participle is its subject, not the sentence's.
    [InlineData("The Velden league fined the Ostrel Rovers on Monday, with officials saying the fine was for crowd trouble.", "officials")]
    public void An_unnamed_group_of_associates_or_relatives_speaks_not_the_person_it_speaks_about(string sentence, string speaker)
    {
        var quote = Assert.Single(Extract(sentence).Quotes);
        Assert.Equal((speaker, (string?)null), (quote.SpeakerText, quote.Speaker));
    }

    [Fact]
    public void Workers_of_a_country_speak_as_an_unnamed_group_not_as_the_country()
    {
        var quote = Assert.Single(Extract("Portuguese workers said the factory had closed without notice.").Quotes);
        Assert.NotEqual("Portugal", quote.Speaker);
    }

    [Theory]
    [InlineData("Tomas Vell was quoted as saying the new dock would cost $40 million.")]
    [InlineData("Tomas Vell was cited as saying that the new dock would cost $40 million.")]
    public void Who_is_quoted_as_saying_says_it(string sentence)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("Tomas Vell", "the new dock would cost $40 million"), (quote.Speaker, TextOf(model, quote)));
    }

    [Theory]
    [InlineData("Karel Brandt issued a statement saying the plan was dead.", "Karel Brandt")]
    [InlineData("On Friday, the Velden Harbour Board released a statement saying the plan was dead.", "Velden Harbour Board")]
    public void A_participle_after_a_statement_reports_the_words_of_who_issued_it(string sentence, string speaker)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal("the plan was dead", TextOf(model, quote));
    }

    [Theory]
    [InlineData("Karel Brandt told reporters the plan was dead.")]
    [InlineData("Karel Brandt told reporters today the plan was dead.")]
    [InlineData("Karel Brandt told the court the plan was dead.")]
    [InlineData("Karel Brandt told reporters in Velden on Monday that the plan was dead.")]
    public void Whom_something_is_told_is_no_part_of_what_is_told(string sentence)
    {
        var model = Extract(sentence);
        Assert.Equal("the plan was dead", TextOf(model, Assert.Single(model.Quotes)));
    }

    // A trailing attribution may name whom it was told: the clause before the comma is what was said.
    [Theory]
    [InlineData("The harbour cranes were fifty years old, Karel Brandt told reporters.", "Karel Brandt")]
    [InlineData("The harbour cranes were fifty years old, Karel Brandt told the Velden Post on Monday.", "Karel Brandt")]
    [InlineData("Karel Brandt runs the port. The harbour cranes were fifty years old, he told Wikinews.", "Karel Brandt")]
    [InlineData("The harbour cranes were fifty years old, Karel Brandt told reporters in Velden on Monday.", "Karel Brandt")]
    [InlineData("The harbour cranes were fifty years old, Karel Brandt said at a rally near the port.", "Karel Brandt")]
    public void A_trailing_attribution_may_name_its_addressee(string paragraph, string speaker)
    {
        var model = Extract(paragraph);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal("The harbour cranes were fifty years old", TextOf(model, quote));
    }

    [Theory]
    [InlineData("Ana Ruiz, a lawyer for Tomas Vell, told Velden Radio after the hearing.")] // an addressee with nothing said
    [InlineData("Karel Brandt told the press on Tuesday.")]
    [InlineData("Ana Ruiz posted a video on Facebook on Monday.")] // a thing posted, not words
    [InlineData("Nearly fifty fans showed up outside the Velden stadium.")] // came, and said nothing
    // Where, when or to whom it was said, with no words of its own; "observe" reports only a clause (watching is no statement).
    [InlineData("Karel Brandt wrote to the harbour office.")]
    [InlineData("Karel Brandt, the mayor, said via Twitter.")]
    [InlineData("Mayor Karel Brandt toured the pier on Sunday, observing the divers at work.")]
    public void A_cue_verb_with_no_words_after_it_reports_nothing(string sentence)
    {
        Assert.Empty(Extract(sentence).Quotes);
    }

    [Theory]
    [InlineData("\"The mine will close,\" Karel Brandt wrote on Facebook.")]
    [InlineData("\"The party accepts the order,\" the Velden Party informed the press.")]
    public void A_direct_quotes_cue_with_only_its_medium_or_addressee_after_it_reports_nothing_more(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Quotes, q => q.Kind != 1); // no indirect quote of "on Facebook", "the press"
    }

    [Theory] // guards of the rules above and of an object's end before a named clause
    [InlineData("Harbour analysts observed the quay was too short for the new ferries.", "the quay was too short for the new ferries")]
    [InlineData("Mira Holt claimed to have evidence of the bribe.", "to have evidence of the bribe")]
    [InlineData("Tomas Vell admitted to taking the money.", "to taking the money")]
    [InlineData("The Velden Port Office checked the hull, finding the ferry had a cracked keel.", "the ferry had a cracked keel")]
    [InlineData("Mira Holt announced the debate between Karel Brandt and Tomas Vell was cancelled.", "the debate between Karel Brandt and Tomas Vell was cancelled")]
    public void A_clause_an_infinitive_or_a_gerund_after_the_cue_is_still_reported(string sentence, string content)
    {
        var model = Extract(sentence);
        Assert.Equal(content, TextOf(model, Assert.Single(model.Quotes)));
    }

    [Fact]
    // A guard for the rule above: only a chunk that can be told something is an addressee.
    public void A_thing_promised_is_no_addressee()
    {
        var model = Extract("Ana Ruiz promised protests every week until Norland joined the treaty.");
        Assert.StartsWith("protests", TextOf(model, Assert.Single(model.Quotes)));
    }

    [Theory]
    [InlineData("Ostrel Music's brief statement yesterday read \"The tour of Norland is cancelled.\"", "Ostrel Music")]
    [InlineData("Ostrel Music's official statement said \"The tour of Norland is cancelled.\"", "Ostrel Music")]
    [InlineData("A statement from the Velden Harbour Board read: \"The tour of Norland is cancelled.\"", "Velden Harbour Board")]
    public void A_statement_that_reads_out_words_is_its_owners_and_no_official_speaks(string sentence, string speaker)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(speaker, quote.Speaker);
        Assert.StartsWith("The tour of Norland is cancelled", TextOf(model, quote));
    }

    [Fact]
    // A guard: "read" is a cue only after a document and before a quotation.
    public void Reading_a_book_aloud_is_no_quote()
    {
        Assert.Empty(Extract("Ana Ruiz read \"The Raven\" to the children of Velden on Monday.").Quotes);
    }

    [Theory]
    [InlineData("\"The plan is not dead. The cost was very low\", Tomas Vell continued.", "Tomas Vell")]
    [InlineData("Ana Ruiz talked of her first voyage. \"I was twelve. I had never seen the sea,\" she recalls.", "Ana Ruiz")]
    public void Going_on_or_recalling_after_a_quotation_names_its_speaker(string text, string speaker)
    {
        var quote = Assert.Single(Extract(text).Quotes, q => q.Kind == 1);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_quotation_that_is_its_whole_sentence_after_one_reporting_someones_words_is_theirs()
    {
        var model = Extract("Senator Ana Ruiz condemned the new tax on Twitter. \"The tax punishes every family in Velden.\"");
        var quote = Assert.Single(model.Quotes, q => q.Kind == 1);
        Assert.Equal("Ana Ruiz", quote.Speaker);
        // A guard: a quotation with its own cue keeps the speaker the cue names.
        var own = Extract("Ana Ruiz condemned the new tax on Twitter. \"It is a mistake,\" Tomas Vell said.");
        Assert.Equal("Tomas Vell", Assert.Single(own.Quotes, q => q.Kind == 1).Speaker);
    }

    [Fact]
    public void The_author_of_a_statement_cited_by_according_to_is_the_name_after_its_title()
    {
        var quote = Assert.Single(Extract("The mayor accepted the apology, according to a statement by the Presidential Spokesperson Karel Brandt.").Quotes);
        Assert.Equal("Karel Brandt", quote.Speaker);
    }

    [Theory]
    [InlineData("Chief Karel Brandt asked the embassy to waive her immunity. Councillor Mira Holt urged the same. The Velden Times declined the request and said the family had left on advice from the ministry.", "Velden Times")]
    [InlineData("The reports showed that Karel Brandt paid little tax. Mira Holt rejected the report on Monday and said she would publish her tax returns.", "Mira Holt")]
    public void A_cue_coordinated_with_a_verb_of_no_speech_takes_the_subject_of_its_own_sentence(string paragraph, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract(paragraph).Quotes, q => q.Cue == "said").Speaker);

    // "The Velden Post cited X as stating ...": the object of an active quoting verb says the words after "as" and the
    // participle, the outlet quotes nothing of its own; "quoted him as saying" is not the outlet's either.
    // "According to Ostrel College botanist Mira Holt, ...": the person closing the source phrase is the source.
    [Theory]
    [InlineData("The Velden Post cited the Ostrel Rowing Federation as stating the boats were unsafe.", "Ostrel Rowing Federation", "the boats were unsafe")]
    [InlineData("The Velden Post cited Karel Brandt, chief of the Velden Harbour Authority, as saying the pier was unsafe.", "Karel Brandt", "the pier was unsafe")]
    [InlineData("According to Ostrel College botanist Mira Holt, the orchids bloomed early.", "Mira Holt", "the orchids bloomed early")]
    public void The_one_cited_as_saying_and_the_person_closing_according_to_speak(string sentence, string speaker, string text)
    {
        var model = Extract(sentence);
        Assert.Equal((speaker, text), model.Quotes.Select(q => (q.Speaker, TextOf(model, q))).Single());
    }

    [Theory]
    [InlineData("The Velden Post cited the Ostrel Rowing Federation as stating the boats were unsafe, and claimed a second boat had sunk.")]
    [InlineData("The Velden Post reported the regatta. It cited the Ostrel Rowing Federation as stating the boats were unsafe, and claimed a second boat had sunk.")]
    public void A_cue_coordinated_after_the_citing_goes_on_with_the_outlet(string paragraph)
    {
        var model = Extract(paragraph);
        Assert.Contains(model.Quotes, q => q.Speaker == "Velden Post" && TextOf(model, q) == "a second boat had sunk");
    }

    [Fact]
    public void An_outlet_quoting_a_pronoun_as_saying_is_not_the_speaker() =>
        Assert.DoesNotContain(Extract("The Velden Post quoted him as saying the pier was unsafe.").Quotes, q => q.Speaker == "Velden Post");

    // "They" or "it" opening a sentence after one whose subject is a body and which names no person: the body speaks.
    [Theory]
    [InlineData("The Velden Harbour Authority closed the pier on Tuesday.\n\nThey said the wooden deck had rotted through.", "Velden Harbour Authority")]
    [InlineData("Velden Motors recalled the cars on Monday.\n\nIt said the wooden deck had rotted through.", "Velden Motors")]
    [InlineData("Mira Holt spoke on Monday. The Velden Harbour Authority closed the pier on Tuesday. They said the wooden deck had rotted through.", "Velden Harbour Authority")]
    // Guards: a person named in the sentence before, or a body that is no subject, leaves "they" unresolved.
    [InlineData("The Velden Harbour Authority hired Mira Holt as its engineer.\n\nThey said the wooden deck had rotted through.", null)]
    [InlineData("Storms damaged the pier of the Velden Harbour Authority.\n\nThey said the wooden deck had rotted through.", null)]
    [InlineData("The Velden Harbour Authority approved a new pier.\n\nCritics of it said the wooden deck had rotted through.", "Critics")]
    public void They_or_it_after_a_sentence_led_by_a_body_is_the_body(string paragraphs, string? speaker)
    {
        var model = Extract(paragraphs);
        var quote = model.Quotes.SingleOrDefault(q => TextOf(model, q) == "the wooden deck had rotted through");
        Assert.Equal(speaker, quote?.Speaker ?? quote?.SpeakerText);
    }

    [Theory]
    [InlineData("Karel Brandt, who had met Ana Ruiz in May, sent letters and said the house was sold.", "the house was sold")]
    [InlineData("Karel Brandt, who was called \"reckless\" by the police, sent his sister letters, and urged her to sell the house.", "to sell the house")]
    public void A_coordinated_cue_after_a_relative_clause_has_the_noun_it_describes_as_speaker(string sentence, string content)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q) == content);
        Assert.Equal("Karel Brandt", quote.Speaker);
    }

    [Theory]
    // Guards: a subject said again before the cue speaks.
    [InlineData("Karel Brandt, who was called \"reckless\" by the police, was arrested, and police said he was armed.", "police")]
    [InlineData("Mayor Karel Brandt closed the port after the firm sold some of its ships, which it said were too old, and he said the firm had lied.", "he")]
    public void A_subject_said_again_after_the_relative_clause_is_the_speaker(string sentence, string speakerText)
    {
        var model = Extract(sentence);
        Assert.Contains(model.Quotes, q => q.SpeakerText == speakerText);
    }

    [Theory]
    // Guards: the noun a relative clause describes is an object, an "of" phrase or a fronted place, not the cue's subject.
    [InlineData("Mira Holt talked about her brother Karel Brandt, who left the party in 2015, and pledged to hold a new vote.", "Karel Brandt")]
    [InlineData("Mira Holt of the Velden Trust, which gave the town a library, noted the books are found in other towns.", "Velden Trust")]
    [InlineData("Mira Holt of the Ostrel and Velden Harbour Trust, which gave the town a library, noted the books are found in other towns.", "Ostrel and Velden Harbour Trust")]
    [InlineData("In Velden, which was planning to vote on Tuesday, Mayor Karel Brandt postponed it, citing the storm.", "Velden")]
    public void A_noun_described_by_a_relative_clause_that_is_no_subject_does_not_speak(string sentence, string notSpeaker)
    {
        Assert.DoesNotContain(Extract(sentence).Quotes, q => q.Speaker == notSpeaker);
    }
}
