using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Who says what when the attribution is a pronoun for an unnamed group, a phrase between the cue and what was said, or
/// a clause around the words. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteAttributionTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    // "said they believe X": the pronoun is the speaker, whose belief is part of what was said; one quote, not two.
    [Theory]
    [InlineData("The Velden Coast Guard said it believes the leak began at the pier.", "it believes the leak began at the pier")]
    [InlineData("Mira Holt told reporters she believed the mayor was innocent.", "she believed the mayor was innocent")]
    [InlineData("The ministry said on Monday that it still expects a decision this year.", "it still expects a decision this year")]
    public void A_belief_of_the_speakers_pronoun_inside_what_was_said_is_no_second_quote(string sentence, string content)
    {
        var model = Extract(sentence);
        Assert.Equal(content, TextOf(model, Assert.Single(model.Quotes)));
    }

    // A participle's quotation in a sentence whose own cue comes first is that sentence's speaker's, not the speaker of the
    // sentence before (the quotation is read before the sentence's reported speech).
    [Theory]
    [InlineData("Karel Brandt said the plan was good. Mira Holt rejected his plan, saying she would act as a \"referee on the floor\".", "Mira Holt")]
    [InlineData("Karel Brandt said the plan was good. Mira Holt said she would not take the vaccine, claiming it turns people into \"modified humans\".", "Mira Holt")]
    [InlineData("Karel Brandt said the plan was good. Mira Holt said the bridge was old, adding, \"It will be replaced next year.\"", "Mira Holt")]
    [InlineData("\"The bridge is old,\" Karel Brandt said, adding, \"It will be replaced next year.\"", "Karel Brandt")]
    public void A_participles_quotation_is_its_own_sentences_speakers(string paragraph, string speaker)
    {
        var model = Extract(paragraph);
        // The quotation, a direct quote or a phrase inside the participle's report, is not Karel Brandt's, who spoke before.
        static bool Quoting(QuoteModel q, ArticleModel m) => q.Kind == 1 || TextOf(m, q).Contains('"');
        Assert.All(model.Quotes.Where(q => Quoting(q, model)), q => Assert.Equal(speaker, q.Speaker));
        Assert.Contains(model.Quotes, q => Quoting(q, model));
    }

    [Fact] // a guard: an outlet that relays ("according to") does not speak for the pronoun's own cue
    public void A_pronouns_cue_after_according_to_is_still_its_own_quote()
    {
        var model = Extract("Karel Brandt runs the port. According to the Velden Post, he describes himself as a centrist.");
        Assert.Contains(model.Quotes, q => q.Cue == "describes" && q.Speaker == "Karel Brandt");
    }

    // Coordinated subjects each say the words (the gold codes one quote per speaker), also in a list of three with or without
    // the comma before "and"; examples after "including" stand for the subject that speaks.
    [Theory]
    [InlineData("Karel Brandt, Mira Holt and Tomas Vell said the plan would fail.", "Karel Brandt|Mira Holt|Tomas Vell")]
    [InlineData("Norway, Chile, and Kenya have pledged that the bridge would be paid for.", "Chile|Kenya|Norway")]
    [InlineData("Velden firms including Ostrel Shipping, Velden Motors, Norvale Bank, and Holt Foods announced plans to leave the country.", "Holt Foods")]
    [InlineData("Mira Holt is a critic of Mayor Karel Brandt, and her aides have alleged that the vote was rigged.", "")] // two clauses, no list
    public void Each_of_coordinated_subjects_says_the_words(string sentence, string speakers)
    {
        var named = Extract(sentence).Quotes.Select(q => q.Speaker).Where(n => n is not null).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(speakers, string.Join("|", named));
    }

    // "They" opening a sentence right after one whose subject is an unnamed group of people, and which names no person,
    // is that group.
    [Theory]
    [InlineData("Residents of Velden protested on Monday. They said the wooden deck had rotted through.", "Residents")]
    [InlineData("The foreign ministers of Velden and Ostrel met in Norvale on Monday.\n\nOn Tuesday, they said the wooden deck had rotted through.", "foreign ministers")]
    [InlineData("Two officers were jailed on Monday. They told reporters the wooden deck had rotted through.", "Two officers")]
    // A sentence between led by such a "they" passes the group on; a person named before it still stops it.
    [InlineData("Dock workers gathered outside the port on Monday. They marched to the town hall. They said the wooden deck had rotted through.", "Dock workers")]
    [InlineData("The dock workers met in Ostrel on Monday. They voted to strike. They called on Chile to close the pier, and said the wooden deck had rotted through.", "dock workers")]
    [InlineData("Mira Holt met dock workers on Monday. They marched to the town hall. They said the wooden deck had rotted through.", null)]
    // Guards: a person named in the sentence before, or a group that is no subject, leaves "they" unresolved.
    [InlineData("Residents of Velden met Mira Holt on Monday. They said the wooden deck had rotted through.", null)]
    [InlineData("Mira Holt met residents of Velden on Monday. They said the wooden deck had rotted through.", null)]
    [InlineData("Residents of Velden protested on Monday. Officials said they thought the wooden deck had rotted through.", "Officials")]
    public void They_after_a_sentence_led_by_an_unnamed_group_is_the_group(string paragraphs, string? speaker)
    {
        var model = Extract(paragraphs);
        // "Officials said they thought ...": the thought is inside what the officials said.
        var quote = model.Quotes.SingleOrDefault(q => TextOf(model, q) is "the wooden deck had rotted through" or "they thought the wooden deck had rotted through");
        Assert.Equal(speaker, quote?.Speaker ?? quote?.SpeakerText);
    }

    // "One of the fishermen said": one unnamed member of a group speaks, named by the whole phrase (not by the group).
    [Theory]
    [InlineData("One of the fishermen said the boat had capsized in seconds.", "One of the fishermen")]
    [InlineData("However, one of the officers told reporters, \"the boat had capsized in seconds.\"", "one of the officers")]
    [InlineData("One of her sons later said the boat had capsized in seconds.", "One of her sons")]
    // "An organizer said", "one resident told": one unnamed person, named by the noun that says who they are.
    [InlineData("An organizer said the boat had capsized in seconds.", "organizer")]
    [InlineData("One resident told the Velden Post the boat had capsized in seconds.", "resident")]
    [InlineData("A family friend later said the boat had capsized in seconds.", "family friend")]
    // A member of parliament and a person interviewed speak as one unnamed person too.
    [InlineData("One MP told the Velden Post the boat had capsized in seconds.", "MP")]
    [InlineData("One interviewee said the boat had capsized in seconds.", "interviewee")]
    public void One_of_a_group_speaks_for_itself(string sentence, string speaker)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal((null, speaker), (quote.Speaker, quote.SpeakerText));
        Assert.Equal("the boat had capsized in seconds", TextOf(model, quote));
    }

    // "He was told by X of "..."": the subject of a passive cue heard the words; the agent after "by" said them.
    [Theory]
    [InlineData("Mayor Karel Brandt flew to Ostrel on Monday. At the quay he was told by Harbour Minister Tomas Vell of \"at least twelve boats lost under the ice\".")]
    [InlineData("At the quay Mayor Karel Brandt was told by Harbour Minister Tomas Vell of \"at least twelve boats lost under the ice\".")]
    public void The_agent_of_a_passive_cue_says_the_quotation(string paragraphs)
    {
        var model = Extract(paragraphs);
        Assert.Equal("Tomas Vell", Assert.Single(model.Quotes).Speaker);
    }

    // "Then I thought ...": "I" or "we" before the cue is its subject, whom the sentence does not name (unless a transcript's
    // "((Name))" label does); the word before it ("Then") is no speaker.
    [Theory]
    [InlineData("Then I thought the bridge would collapse.")]
    [InlineData("Then we thought the bridge would collapse.")]
    public void A_first_person_subject_leaves_the_word_before_it_silent(string paragraphs)
    {
        var model = Extract(paragraphs);
        Assert.DoesNotContain(model.Quotes, q => q.SpeakerText is "Then");
    }

    // An interview's transcript: the interviewee's answer, and the paragraphs it runs on to until the next turn, are the
    // interview itself, not statements the article attributes (the gold's convention), whatever cue they hold; the narrative
    // before it is quoted as ever.
    [Fact]
    public void A_transcript_answer_and_its_running_paragraphs_are_no_quotes_but_the_narrative_is()
    {
        var model = Extract("Mira Holt, an engineer from Velden, said the old bridge had been neglected for years.\n\n"
            + "((WN))  You once wrote \"no river waits for a committee.\" Why did you leave?\n\n"
            + "((Mira Holt))  Then I thought the bridge would collapse.\n\n"
            + "My brother told me the council had stopped listening.\n\n"
            + "((WN))  What comes next?");
        Assert.Contains(model.Quotes, q => q.Speaker == "Mira Holt" && TextOf(model, q) == "the old bridge had been neglected for years");
        Assert.DoesNotContain(model.Quotes, q => TextOf(model, q).Contains("collapse") || TextOf(model, q).Contains("stopped listening"));
    }

    // "said in an interview with the Velden Post he ...": the name the document or occasion was given to or held in, and a
    // compound document noun ("blog post"), stand between the cue and what was said, with or without "that".
    [Theory]
    [InlineData("Karel Brandt said in an interview with the Velden Post he planned to retire next year.")]
    [InlineData("Karel Brandt wrote in a blog post he planned to retire next year.")]
    [InlineData("Karel Brandt said during a press conference in Velden he planned to retire next year.")]
    [InlineData("Karel Brandt said in a statement to Ostrel Radio that he planned to retire next year.")]
    [InlineData("Karel Brandt said in a video message he planned to retire next year.")]
    [InlineData("Karel Brandt said in a filing to the Ostrel Trade and Shipping Commission that he planned to retire next year.")]
    public void A_name_after_the_document_or_occasion_of_a_cue_is_no_part_of_what_was_said(string sentence)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("Karel Brandt", "he planned to retire next year"), (quote.Speaker, TextOf(model, quote)));
    }

    // "according to the report", "according to him", "according to state television": a document (its author when the text
    // names one), a pronoun's person and a broadcaster are sources too.
    [Theory]
    [InlineData("The ferry sank on Monday, according to state television.", "state television", "The ferry sank on Monday")]
    [InlineData("According to the report, the ferry sank on Monday.", "the report", "the ferry sank on Monday")]
    [InlineData("Karel Brandt spoke on Tuesday. According to him, the ferry sank on Monday.", "Karel Brandt", "the ferry sank on Monday")]
    [InlineData("According to eyewitnesses, the ferry sank on Monday.", "eyewitnesses", "the ferry sank on Monday")]
    // After a semicolon "according to" opens its own clause: the source is cited for what follows it, not the clause before.
    [InlineData("At the time, four people were on the ferry; according to eyewitnesses, one drowned near the pier.", "eyewitnesses", "one drowned near the pier")]
    [InlineData("Ostrel Shipping's report was published on Friday. According to the report, the ferry sank on Monday.", "Ostrel Shipping", "the ferry sank on Monday")]
    [InlineData("Mira Holt said the port was closed. According to the report, the ferry sank on Monday.", "the report", "the ferry sank on Monday")]
    [InlineData("Mira Holt said in a report the port was closed. According to the report, the ferry sank on Monday.", "Mira Holt", "the ferry sank on Monday")]
    public void A_document_a_pronoun_or_a_broadcaster_after_according_to_is_the_source(string paragraph, string speaker, string text)
    {
        var model = Extract(paragraph);
        var quote = Assert.Single(model.Quotes, q => q.Cue == "according to");
        Assert.Equal((speaker, text), (quote.Speaker ?? quote.SpeakerText, TextOf(model, quote)));
    }

    // "X, citing anonymous sources, reported ...", "X reported, citing police data, ...": a participle phrase set off by commas
    // beside a cue names the source of the report; it is neither the subject nor the content, and cites no words of its own.
    [Theory]
    [InlineData("The Velden Post, citing anonymous sources, reported the bridge would close in May.", "Velden Post", "the bridge would close in May")]
    [InlineData("The Velden Post reported, citing police data, the bridge would close in May.", "Velden Post", "the bridge would close in May")]
    [InlineData("Ostrel Radio, quoting a ministry official, said the bridge would close in May.", "Ostrel Radio", "the bridge would close in May")]
    public void A_source_cited_between_commas_beside_a_cue_is_no_speaker_and_no_content(string sentence, string speaker, string text)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal((speaker, text), (quote.Speaker ?? quote.SpeakerText, TextOf(model, quote)));
    }

    // An attribution after the words it reports: a long subject with an "of" phrase or a bracketed acronym, and the inverted
    // "reported officials", "said the report, which ...".
    [Theory]
    [InlineData("The ferry sank on Monday, the opera company Ostrel Stage (OS) announced yesterday.", "Ostrel Stage")]
    [InlineData("The ferry sank on Monday, reported officials.", "officials")]
    [InlineData("The ferry sank on Monday, said the report, which was published on Tuesday.", "the report")]
    public void An_attribution_after_the_words_names_their_speaker(string sentence, string speaker)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("The ferry sank on Monday", TextOf(model, quote));
        Assert.Contains(speaker, quote.Speaker ?? quote.SpeakerText);
    }

    [Fact]
    public void A_place_deep_in_a_long_subject_after_the_words_is_no_speaker() =>
        Assert.Empty(Extract("The ferry sank on Monday, the harbour authority of the port of Marseille said.").Quotes);

    // "went on to say", "goes on to add": the infinitive after "go on" reports speech, as after "continued to".
    [Theory]
    [InlineData("Karel Brandt met the press on Monday. He went on to say the plan was flawed.")]
    [InlineData("Karel Brandt went on to add that the plan was flawed.")]
    public void Going_on_to_say_reports_speech(string paragraphs)
    {
        var model = Extract(paragraphs);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("the plan was flawed", TextOf(model, quote));
        Assert.Equal("Karel Brandt", quote.Speaker);
    }

    public static System.Collections.Generic.IEnumerable<object[]> ParticleCueRows() =>
        KnowledgeBase.Generators.Extraction.QuoteExtractor.ParticleCues.Select(r => new object[] { r.Example });

    // "pointed out (that) X": a cue with its particle reports X; its speaker is the subject, also of a participle after a comma.
    [Theory]
    [MemberData(nameof(ParticleCueRows))]
    [InlineData("Councillor Ana Ruiz shut the Velden market, pointing out it had flooded twice since March.")]
    public void A_cue_with_its_particle_reports_speech(string sentence)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Matches("^(the Arlon pier had been closed for two years|it had flooded twice since March)$", TextOf(model, quote));
        Assert.Contains(quote.Speaker ?? quote.SpeakerText, new[] { "Ilse Varga", "Ana Ruiz" });
    }

    // Without its particle the verb reports nothing: "pointed a torch at the pier".
    [Fact]
    public void A_particle_cue_without_its_particle_quotes_nothing() =>
        Assert.Empty(Extract("Karel Brandt pointed a torch at the Arlon pier and pointed to the flooded road.").Quotes);

    // "X, the report pointed out, is Y": the cue set off by commas is an aside; what follows it is no content of its own.
    [Fact]
    public void A_particle_cue_in_an_aside_reports_no_words_after_it() =>
        Assert.DoesNotContain(Extract("The piers of Brenn, the harbour report pointed out, are older than the town hall.").Quotes, q => q.Cue == "pointed");

    // A passive report with no agent is told by "reports": "It was reported (that) X" reports X; "Y was reported to Z", "Y was
    // said to Z" report the clause from its subject.
    [Theory]
    [InlineData("It was reported on Sunday that the Arlon ferry had sunk near Brenn.", "the Arlon ferry had sunk near Brenn")]
    [InlineData("On Friday, it was reported the mayor of Velden was in stable condition.", "the mayor of Velden was in stable condition")]
    [InlineData("Over forty fishermen were reported to have reached the Brenn harbour, but most went home.", "Over forty fishermen were reported to have reached the Brenn harbour")]
    [InlineData("The Velden ferry was reported to be sinking and its crew was rescued by fishermen.", "The Velden ferry was reported to be sinking")]
    [InlineData("Damage to the Arlon mill was reported to be equal in both old and new sheds.", "Damage to the Arlon mill was reported to be equal in both old and new sheds")]
    public void A_passive_report_without_an_agent_is_told_by_reports(string sentence, string content)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(content, TextOf(model, quote));
        Assert.Equal("reports", quote.SpeakerText);
    }

    // Reported to someone, said of a noun in its relative clause, or of a subject that goes on to speak itself: no report of words.
    [Theory]
    [InlineData("The fire was reported to the Velden police on Monday.")]
    [InlineData("The driver was reported to have fled to Brenn and claimed he was ill.")]
    [InlineData("A fisherman whose boat was said to have sunk came home to Brenn.")]
    [InlineData("The Arlon mill was said to have closed in March 2011.")]
    public void A_passive_report_to_someone_or_in_a_relative_clause_is_told_by_no_reports(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Quotes, q => q.SpeakerText == "reports");

    // "Brandt, they said, wanted no funeral": a "they" that nothing before it resolves leaves the speaker unknown; the noun
    // before it is what was said about, not who said it.
    [Theory]
    [InlineData("Karel Brandt died on Monday. Brandt, they said, wanted no funeral.")]
    [InlineData("The harbour office never printed the list of the six nations they said had signed.")]
    [InlineData("Nobody has seen the names of the three countries they said had paid.")]
    public void An_unresolved_they_is_no_noun_before_it(string paragraphs)
    {
        var model = Extract(paragraphs);
        Assert.DoesNotContain(model.Quotes, q => q.Speaker is "Karel Brandt" || q.SpeakerText is "Brandt" or "nations" or "six nations" or "countries" or "three countries");
    }

    [Fact]
    public void They_after_a_cue_in_its_sentence_is_that_cue_s_subject()
    {
        var model = Extract("Police said on Friday they think the ferry carried too many cars.");
        Assert.Contains(model.Quotes, q => q.SpeakerText == "Police" && TextOf(model, q).EndsWith("the ferry carried too many cars", System.StringComparison.Ordinal));
    }

    // A cue with only its comma after it ends the sentence: where its content would start is past the last word, and
    // looking there for a "citing" aside must not read beyond the sentence.
    [Theory]
    [InlineData("Mira Holt said,")]
    [InlineData("The Velden Post reported, citing")]
    public void A_cue_that_ends_the_sentence_after_its_comma_is_read_without_failing(string paragraphs) =>
        Assert.Empty(Extract(paragraphs).Diagnostics);
}
