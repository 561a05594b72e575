using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// The whole phrase that names an unnamed source speaks: groups joined by "and" ("police and harbour officials"), and words
/// quoted inside a report cited "according to" a source are that source's, not the words of the person the report is about.
/// Invented sentences.
/// </summary>
public sealed class QuoteSourcePhraseTests
{
    [Theory]
    [InlineData("According to police and harbour officials, the ferry left the quay an hour late.", "police and harbour officials")]
    [InlineData("Police and harbour officials said the ferry left the quay an hour late.", "Police and harbour officials")]
    [InlineData("Nurses or ward doctors told the inquiry the lifts were broken for a week.", "Nurses or ward doctors")]
    public void Groups_joined_by_and_speak_together(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(RuleArticle.Extract(sentence).Quotes).SpeakerText);

    // "By reports, ..." and "Per reports, ..." open a sentence as "According to reports, ..." does: the clause is the reports'.
    [Theory]
    [InlineData("By reports, harbour pilot Tomas Vell won the Ostrel regatta for a third time.")]
    [InlineData("Per reports, harbour pilot Tomas Vell won the Ostrel regatta for a third time.")]
    [InlineData("The regatta was held in Ostrel. By reports, harbour pilot Tomas Vell won the Ostrel regatta for a third time.")]
    [InlineData("By reports, former Mayor of the Velden Borough Tomas Vell won the Ostrel regatta for a third time.")]
    public void Reports_opened_by_by_or_per_are_cited_as_according_to(string sentence)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("reports", quote.SpeakerText);
        Assert.EndsWith("Tomas Vell won the Ostrel regatta for a third time", model.Text.Substring(quote.Start, quote.Length));
        Assert.StartsWith(sentence.Contains("former") ? "former" : "harbour", model.Text.Substring(quote.Start, quote.Length));
    }

    [Theory]
    [InlineData("By Monday, harbour pilot Tomas Vell had won the Ostrel regatta for a third time.")]
    [InlineData("By reports on Sunday, harbour pilot Tomas Vell had won the Ostrel regatta for a third time.")]
    [InlineData("By reports of the race alone, nobody could tell who had won the Ostrel regatta.")]
    public void By_with_no_reports_before_a_clause_cites_nothing(string sentence) => Assert.Empty(RuleArticle.Extract(sentence).Quotes);

    // "Many dock workers said": the quantifier stays in the group that speaks, as "some" does.
    [Theory]
    [InlineData("Many dock workers said the ferry left the quay an hour late.", "Many dock workers")]
    [InlineData("Since the vote, many dock workers expressed their anger on Twitter.", "many dock workers")]
    public void A_quantifier_before_a_group_stays_in_its_phrase(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(RuleArticle.Extract(sentence).Quotes).SpeakerText);

    [Fact]
    public void Words_quoted_inside_a_cited_report_are_the_sources_not_the_actors()
    {
        var model = RuleArticle.Extract("According to harbour officials, Tomas Vell was steering the boat \"far faster than any rule allows\" when it hit the pier.");
        Assert.NotEmpty(model.Quotes);
        Assert.All(model.Quotes, q => Assert.Equal(("harbour officials", null), (q.SpeakerText, q.Speaker)));
    }

    [Theory]
    [InlineData("The governor's office said the tunnel would stay shut until spring.", "The governor's office")]
    [InlineData("The mayor's spokeswoman told reporters the budget vote was put off.", "The mayor's spokeswoman")]
    [InlineData("The county clerk said the ballots from Orsk would be counted again on Monday.", "The county clerk")]
    public void An_unnamed_roles_office_or_clerk_speaks_by_its_whole_phrase(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(RuleArticle.Extract(sentence).Quotes).SpeakerText);

    [Fact]
    public void They_after_a_lead_author_et_al_is_that_author()
    {
        var model = RuleArticle.Extract("Mira Holt et al sampled reefs around the Tarsk islands. They found the corals recovered faster in cooler bays.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Mira Holt", quote.Speaker);
    }

    [Fact]
    public void They_after_an_unknown_surname_et_al_is_that_author_unnamed()
    {
        var model = RuleArticle.Extract("In 2016, du Marel et al, using the chambers at the Vostrin Space Center, studied some mosses. They showed those mosses can also survive in dry test chambers.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("du Marel", quote.SpeakerText);
    }

    [Fact]
    public void A_present_cue_after_a_comma_with_its_speaker_after_it_reports_the_clause_before()
    {
        var model = RuleArticle.Extract("Mira Holt inspected the harbour on Monday. The old pier can no longer carry lorries, says Mira Holt.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("Mira Holt", "The old pier can no longer carry lorries"), (quote.Speaker, model.Text.Substring(quote.Start, quote.Length)));
    }

    [Fact]
    public void A_fronted_reason_before_an_inverted_attribution_goes_on_in_the_clause_after_it()
    {
        var model = RuleArticle.Extract("Because salt water freezes at a lower temperature, says the study, it keeps flowing beneath the ice all winter.");
        var quote = Assert.Single(model.Quotes);
        var text = model.Text.Substring(quote.Start, quote.Length);
        Assert.Contains("study", quote.SpeakerText);
        Assert.StartsWith("Because salt water", text);
        Assert.EndsWith("beneath the ice all winter", text);
    }

    [Fact]
    public void An_indefinite_finding_reported_keeps_its_relative_clause()
    {
        var model = RuleArticle.Extract("Researchers at the Orlen Institute reported a new way by which salt water thins the glaciers from below.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("a new way by which salt water thins the glaciers from below", model.Text.Substring(quote.Start, quote.Length));
    }
}
