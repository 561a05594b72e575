using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Which clause a cue reports: the "that" clause of a stance noun ("expressed hope that ..."), the clause before an
/// attribution whose subject follows the cue ("..., said Mira Holt, who ..."). Invented sentences.
/// </summary>
public sealed class QuoteClauseContentTests
{
    [Theory]
    [InlineData("Mira Holt expressed hope that the bridge would reopen before the winter.", "the bridge would reopen before the winter")]
    [InlineData("Minister Karel Brandt expressed concern that the harbour fees were rising too fast.", "the harbour fees were rising too fast")]
    [InlineData("The Velden Council expressed confidence that the budget would pass.", "the budget would pass")]
    [InlineData("Tomas Vell voiced his deep fear that the mill would close by spring.", "the mill would close by spring")]
    // Guards: no "that" clause, the object is the content.
    [InlineData("Ana Ruiz expressed hope for a quick settlement of the dispute.", "hope for a quick settlement of the dispute")]
    // Guards of the inverted attribution below: a quotation before the cue stays the direct quote; the sentence-final form.
    [InlineData("\"The pier is unsafe,\" said Mira Holt, who inspected it on Monday.", "The pier is unsafe")]
    [InlineData("Repairs will take a month, said Ana Ruiz, the harbour engineer.", "Repairs will take a month")]
    // A finding reports the clause after it: an existential "there" opens that clause ("found there may be"); "established"
    // reports a finding only with "that" (its object without "that" is what was set up, below).
    [InlineData("Ivo Marr found there may be too little salt in the pools for the worms.", "there may be too little salt in the pools for the worms")]
    [InlineData("Karel Brandt of Ostria University established that the brines are older than the lake.", "the brines are older than the lake")]
    public void A_cue_reports_the_clause_it_governs(string sentence, string content)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(content, model.Text.Substring(quote.Start, quote.Length));
    }

    // "CLAUSE, said NAME, who ...": the subject after the cue, inside the sentence; the clause before the comma was said.
    [Theory]
    [InlineData("The pier is unsafe and must close, said Mira Holt, who inspected it on Monday.", "Mira Holt", "The pier is unsafe and must close")]
    [InlineData("The ferry will not sail this week, stated Minister Karel Brandt, and the port will stay shut until Friday.", "Karel Brandt", "The ferry will not sail this week")]
    [InlineData("The ferry line will resume in May, announced the Velden Harbour Authority, which runs the port.", "Velden Harbour Authority", "The ferry line will resume in May")]
    [InlineData("The pier is unsafe, said a spokesman for the Velden Harbour Authority, who spoke to reporters.", "spokesman", "The pier is unsafe")]
    // The subject before the cue, with the sentence going on after a comma: the clause before is what was said.
    [InlineData("The talks will resume next week, officials said, and a deal is likely by June.", "officials", "The talks will resume next week")]
    // The zone a time was told in ("local time", with its offset) is part of the attribution's time, not what was said.
    [InlineData("Ana Ruiz, the mayor of Velden, was found dead, police said on Friday, local time (UTC+0900).", "police", "Ana Ruiz, the mayor of Velden, was found dead")]
    [InlineData("The ferry reached the island safely, officials reported Sunday morning, local time.", "officials", "The ferry reached the island safely")]
    // "..., NAME, who said ...": "who" (or "which" after a body) right before the cue speaks for the noun just before it,
    // wherever that noun stands in the sentence (here never the subject).
    [InlineData("The port board hired Karel Brandt, who said the old crane was unsafe.", "Karel Brandt", "the old crane was unsafe")]
    [InlineData("Mira Holt met Karel Brandt, who told reporters the talks had gone well.", "Karel Brandt", "the talks had gone well")]
    [InlineData("The ferry was found by a fisherman, who said it had drifted for days.", "a fisherman", "it had drifted for days")]
    [InlineData("The strike was called by the Ostrel Crane Workers Union, which said wages had not risen in years.", "Ostrel Crane Workers Union", "wages had not risen in years")]
    // "CLAUSE-START, NAME said, CLAUSE-END": an attribution between commas inside one clause; the whole clause was said.
    [InlineData("The ferry tolls, Mira Holt said, will rise by a third in May.", "Mira Holt", "The ferry tolls, Mira Holt said, will rise by a third in May")]
    [InlineData("The old quay would be drained, Karel Brandt explained, to let divers inspect its piles.", "Karel Brandt", "The old quay would be drained, Karel Brandt explained, to let divers inspect its piles")]
    [InlineData("Mira Holt met Karel Brandt on Monday. Brandt, Holt said, had left the port early.", "Mira Holt", "Brandt, Holt said, had left the port early")]
    // A report interrupts its clause as a saying does.
    [InlineData("The ferry fares, harbour officials reported, were cut by a third in May.", "harbour officials", "The ferry fares, harbour officials reported, were cut by a third in May")]
    public void A_speaker_at_a_comma_before_or_after_the_cue_tells_the_clause_it_governs(string sentence, string speaker, string content)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(speaker, quote.Speaker ?? quote.SpeakerText);
        Assert.Equal(content, model.Text.Substring(quote.Start, quote.Length));
    }

    // Guard: an attribution that interrupts a clause ("which, she said, ...") leaves the words before it unreported on their own.
    [Theory]
    [InlineData("Velden will keep the ferry, which, Mira Holt said, carries four hundred people a day.", "Velden will keep the ferry, which")]
    [InlineData("The old lighthouse is the one tower that was, Karel Brandt noted, never painted red.", "The old lighthouse is the one tower that was")]
    public void An_attribution_inside_a_clause_does_not_cut_it(string sentence, string before)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.DoesNotContain(model.Quotes, q => model.Text.Substring(q.Start, q.Length) == before);
    }
    // Guard: a cue after a comma whose words hold a verb before any relative word has an object, not a speaker after it.
    [Theory]
    [InlineData("Velland had still not, by Monday, confirmed a decision to withdraw the soldiers, who guard the dam.")]
    [InlineData("The ministry had not, by Friday, announced any plan to recall the diplomats, who remain in Ostmark.")]
    public void A_cue_with_an_object_clause_after_a_comma_names_no_speaker_after_it(string sentence) =>
        Assert.Empty(RuleArticle.Extract(sentence).Quotes);

    // A plural of the field's agent nouns, or of a noun in "-ist", speaks as a group, as "analysts" do.
    [Theory]
    [InlineData("The geologists said that the slope above Velden is still sliding.", "geologists")]
    [InlineData("Local carmakers said that prices of small vans would rise.", "Local carmakers")]
    public void A_plural_agent_noun_speaks_as_a_group(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(RuleArticle.Extract(sentence).Quotes).SpeakerText);

    // A cue inside what another cue reports has the subject of its own clause, past the one told; a participle after a
    // comma still has the sentence's subject.
    [Theory]
    [InlineData("Ana Ruiz said the guards claimed they were attacked.", "they were attacked", "guards")]
    [InlineData("Dockers told reporters the guards claimed the gate was locked.", "the gate was locked", "guards")]
    [InlineData("Ana Ruiz met Karel Brandt on Monday. Ruiz slammed Brandt, viewing the mayor as having no plan.", "the mayor as having no plan", "Ana Ruiz")]
    public void A_cue_inside_reported_words_has_its_own_subject(string sentence, string content, string speaker)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => model.Text.Substring(q.Start, q.Length) == content);
        Assert.Equal(speaker, quote.Speaker ?? quote.SpeakerText);
    }

    // A name that is a preposition's object before "and" is no speaker listed with the subject.
    [Theory]
    [InlineData("Researchers from Velden University in Ostria and the Norvale Institute reported a new way to clean canals.", "Ostria")]
    public void A_name_inside_a_prepositional_phrase_before_and_does_not_speak(string sentence, string place) =>
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Quotes, q => q.Speaker == place);

    // "X said A and Y claimed B": a second reporting clause after "and" with a subject of its own ends the first content.
    // Guard: a capitalized word inside a name ("the United States") is no speech verb.
    [Theory]
    [InlineData("Mira Holt said the figures were wrong and the ministry claimed it had not seen them.", "the figures were wrong")]
    [InlineData("Karel Brandt said the talks had failed and the Velden Council says it will appeal.", "the talks had failed")]
    [InlineData("Mira Holt said the treaty favoured Velland and the United States over the smaller ports.", "the treaty favoured Velland and the United States over the smaller ports")]
    public void A_second_reporting_clause_after_and_ends_the_first_content(string sentence, string first)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = model.Quotes.OrderBy(q => q.Start).First();
        Assert.Equal(first, model.Text.Substring(quote.Start, quote.Length));
    }
    // "X said NOUN, which/who Y said ..., VERB ...": a relative clause with a cue of its own, closed before the content's verb,
    // goes on with the content; the inner cue reports only up to the comma closing it.
    [Theory]
    [InlineData("Karel Brandt said the ferry, which inspectors say needs new engines, would be sold in May.", "Karel Brandt", "the ferry, which inspectors say needs new engines, would be sold in May")]
    [InlineData("Harbour police said the skipper, who had told his crew he was ill, was found in Ostrel.", "Harbour police", "the skipper, who had told his crew he was ill, was found in Ostrel")]
    [InlineData("Mira Holt said the levy, which critics say will drive boats away, would start in June.", "critics", "will drive boats away")]
    public void A_relative_clause_with_its_own_cue_inside_the_content_goes_on_with_it(string sentence, string speaker, string content)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.Contains(model.Quotes, q => (q.Speaker ?? q.SpeakerText) == speaker && model.Text.Substring(q.Start, q.Length) == content);
    }

    public static System.Collections.Generic.IEnumerable<object[]> NamingParticipleRows() =>
        KnowledgeBase.Generators.Extraction.QuoteExtractor.NamingParticiples.Select(r => new object[] { r.Example });

    // "X, also called Y", "a man, later identified as Y": a past form of naming right after the noun it names has no speaker.
    [Theory]
    [MemberData(nameof(NamingParticipleRows))]
    public void A_naming_participle_after_its_noun_quotes_nothing(string sentence) =>
        Assert.Empty(RuleArticle.Extract(sentence).Quotes);

    public static System.Collections.Generic.IEnumerable<object[]> RaisedParticipleRows() =>
        KnowledgeBase.Generators.Extraction.QuoteExtractor.RaisedParticiples.Select(r => new object[] { r.Example });

    // "a storm, estimated to have ...", "men believed to have ...": a cue's participle after its noun, before "to", has no speaker.
    [Theory]
    [MemberData(nameof(RaisedParticipleRows))]
    public void A_passive_participle_before_an_infinitive_quotes_nothing(string sentence) =>
        Assert.Empty(RuleArticle.Extract(sentence).Quotes);

    // Guards: a subject with "have" or a pronoun before the cue is a finite verb, and speaks.
    [Theory]
    [InlineData("Most of the tenants have said to leave the flats by Friday.", "tenants")]
    [InlineData("The council said to wait for the tide, Mira Holt wrote.", "council")]
    public void A_finite_cue_before_an_infinitive_still_reports(string sentence, string speaker) =>
        Assert.Contains(RuleArticle.Extract(sentence).Quotes, q => (q.Speaker ?? q.SpeakerText ?? "").EndsWith(speaker, System.StringComparison.Ordinal));

    public static System.Collections.Generic.IEnumerable<object[]> JudgingCueRows() =>
        KnowledgeBase.Generators.Extraction.QuoteExtractor.JudgingCues.Select(r => new object[] { r.Example });

    // "rejected the proposal", "criticized the decision via Twitter": a verdict on a thing named by a definite noun reports no words.
    [Theory]
    [MemberData(nameof(JudgingCueRows))]
    public void A_verdict_on_a_named_act_quotes_nothing(string sentence) =>
        Assert.Empty(RuleArticle.Extract(sentence).Quotes);

    // The judge still speaks a quotation that stands alone in the next sentence.
    [Fact]
    public void A_quotation_after_a_verdict_on_a_named_act_is_the_judges()
    {
        var model = RuleArticle.Extract("Mayor Jon Varga criticized the toll plan on Facebook. \"The new toll will ruin every ferry firm in Velden.\"");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Jon Varga", quote.SpeakerText);
        Assert.Equal(1, quote.Kind); // direct
    }

    // Guards: content after the noun (a reason, a description, a clause), an indefinite object, an "of" phrase still report.
    [Theory]
    [InlineData("Greta Lund criticized the council for raising the ferry toll twice.", "the council for raising the ferry toll twice")]
    [InlineData("Tomas Vell condemned the ban as unlawful.", "the ban as unlawful")]
    [InlineData("Ana Ruiz rejected the claim that the toll was illegal.", "the claim that the toll was illegal")]
    [InlineData("Mira Holt praised the courage of the ferry crews.", "the courage of the ferry crews")]
    [InlineData("Karel Brandt condemned violence against the dock workers.", "violence against the dock workers")]
    public void A_verdict_with_content_of_its_own_still_reports(string sentence, string content)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.Contains(model.Quotes, q => model.Text.Substring(q.Start, q.Length) == content);
    }

    // Guards: a subject before the comma or the adverb names with an object of its own, and speaks.
    [Theory]
    [InlineData("Mira Holt, the harbour chief of Velden, called the new toll a disgrace on Monday.", "the new toll a disgrace")]
    [InlineData("Inspector Ana Ruiz later identified the driver as Karel Brandt of Velden.", "the driver as Karel Brandt of Velden")]
    public void A_naming_cue_with_its_subject_and_object_still_reports(string sentence, string content)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.Contains(model.Quotes, q => model.Text.Substring(q.Start, q.Length) == content);
    }

    // Guard: after the attribution a clause with a subject of its own is the cue's content, as without the commas.
    [Fact]
    public void A_fronted_phrase_before_an_attribution_between_commas_is_not_said()
    {
        var model = RuleArticle.Extract("In May, Mira Holt said, the ferry tolls rose by a third.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("the ferry tolls rose by a third", model.Text.Substring(quote.Start, quote.Length));
    }
    [Fact]
    public void What_was_established_without_that_is_no_finding() =>
        Assert.Empty(RuleArticle.Extract("The Velden Trust established a small fund and began paying the ferry crews.").Quotes);
}
