using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Cues that report nothing (a negated act of telling, a past form describing a noun, a judgement without its object), a part
/// of the day after the weekday a cue names, and a participle after a trailing attribution. Invented sentences.
/// </summary>
public sealed class QuoteActAndTimeTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("The harbour master has not yet confirmed that the blaze began in the engine room.")]
    [InlineData("Karel Brandt did not say the collapsed jetty in Velden would stay shut.")]
    [InlineData("The ferry company never mentioned the loan in its yearly accounts.")]
    public void A_negated_act_of_telling_reports_nothing(string sentence) => Assert.Empty(Extract(sentence).Quotes);

    [Theory]
    [InlineData("After the caucuses, Lena Marrow held more pledged delegates than any rival in Norvale.")]
    [InlineData("Tomas Varn now has the most pledged delegates across the northern provinces.")]
    public void A_past_form_after_a_degree_word_describes_its_noun(string sentence) => Assert.Empty(Extract(sentence).Quotes);

    // "extradite accused smugglers": a past form right after a verb's base or "-ing" form opens that verb's object and
    // describes its noun; nobody is quoted.
    [Theory]
    [InlineData("The council in Velden dropped a treaty that would have let Norway extradite accused smugglers from Velden.")]
    [InlineData("The treaty would let Norway extradite accused foreign smugglers from Velden to stand trial in Oslo.")]
    public void A_past_form_opening_a_verbs_object_describes_its_noun(string sentence) => Assert.Empty(Extract(sentence).Quotes);

    // "people accused of crimes": a judgement's past form right before "of" or "for" lacks the object it needs ("accused the
    // mayor of fraud"), so it is passive or describes the noun before it; nobody is quoted.
    [Theory]
    [InlineData("The new law would let Velland extradite people accused of crimes to Norvale.")]
    [InlineData("The court in Ostrel will hear anyone accused of a crime within a week.")]
    [InlineData("Dock workers accused of looting were released on bail in Velden.")]
    public void A_judgement_without_its_object_reports_nothing(string sentence) => Assert.Empty(Extract(sentence).Quotes);

    [Fact]
    public void A_judgement_with_its_object_still_reports()
    {
        var model = Extract("Dock workers in Velden accused the harbour board of ignoring the warnings.");
        Assert.Equal("the harbour board of ignoring the warnings", TextOf(model, Assert.Single(model.Quotes)));
    }

    [Fact]
    public void The_part_of_the_day_after_a_weekday_is_no_content()
    {
        var model = Extract("Police in Velden announced on Tuesday evening the ferry crossings would resume within days.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("the ferry crossings would resume within days", TextOf(model, quote));
    }

    // "said yesterday morning", "said late Sunday", "said on last Wednesday": the whole day phrase tells when, not what.
    [Theory]
    [InlineData("Ostrel harbour master Piet Varga said yesterday morning the ferry crossings would resume within days.")]
    [InlineData("Ostrel harbour master Piet Varga said late Sunday the ferry crossings would resume within days.")]
    [InlineData("Ostrel harbour master Piet Varga said early on Tuesday the ferry crossings would resume within days.")]
    [InlineData("Ostrel harbour master Piet Varga said on last Wednesday the ferry crossings would resume within days.")]
    [InlineData("Ostrel harbour master Piet Varga said last night that the ferry crossings would resume within days.")]
    [InlineData("Ostrel harbour master Piet Varga announced on Facebook on Friday the ferry crossings would resume within days.")]
    public void A_day_phrase_after_the_cue_is_no_content(string sentence)
    {
        var model = Extract(sentence);
        Assert.Equal("the ferry crossings would resume within days", TextOf(model, Assert.Single(model.Quotes)));
    }

    // "announced her resignation in 2014", "voiced their anger on social media": an object ends before the year, medium or
    // document it was given in; a year after a preposition in the object stays in its noun phrase.
    [Theory]
    [InlineData("Velden councillor Ana Ruiz announced her resignation in 2014.", "her resignation")]
    [InlineData("Dock workers in Ostrel expressed their anger on social media and on Reddit.", "their anger")]
    [InlineData("Dock workers in Ostrel expressed their anger on Twitter.", "their anger")]
    [InlineData("Velden councillor Ana Ruiz announced the harbour closure in a letter to members.", "the harbour closure")]
    [InlineData("Velden councillor Ana Ruiz expressed support for the ferry tax in the past.", "support for the ferry tax")]
    [InlineData("Velden councillor Ana Ruiz expressed a wish to repeat the regatta of Ostrel in 2009.", "a wish to repeat the regatta of Ostrel in 2009")]
    [InlineData("The Velden chain reported 40 closed shops in the past year.", "40 closed shops in the past year")]
    [InlineData("Velden Radio announced the new owner, who had bought the quay in 2009.", "the new owner, who had bought the quay in 2009")]
    public void An_object_ends_before_the_year_medium_or_document_it_was_given_in(string sentence, string text)
    {
        var model = Extract(sentence);
        Assert.Equal(text, TextOf(model, Assert.Single(model.Quotes)));
    }

    // '"...," she said, noting ...': the clause after the comma is the participle's quote, not a second one of "said".
    [Fact]
    public void A_participle_after_a_trailing_attribution_takes_the_clause_after_it()
    {
        var model = Extract("Mira Dalsgaard toured the quay on Monday. \"The whole quay is falling apart,\" she said, noting the repairs had stalled since May.");
        Assert.DoesNotContain(model.Quotes, q => TextOf(model, q).StartsWith("noting"));
        Assert.Contains(model.Quotes, q => q.Cue == "noting" && TextOf(model, q) == "the repairs had stalled since May");
    }
}
