using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Quoted words inside reported speech: the reported clause is the indirect quote, quoted words and all, and a quotation
/// that is a statement of its own stays the cue's direct quote. Invented sentences.
/// </summary>
public sealed class QuotedWordsInReportedTests
{
    private const int QuoteIndirect = 2;

    private static string[] IndirectQuotes(string sentence)
    {
        var model = RuleArticle.Extract(sentence);
        return model.Quotes.Where(q => q.Kind == QuoteIndirect).Select(q => model.Text.Substring(q.Start, q.Length)).ToArray();
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz said the plan was \"reckless\".", "the plan was \"reckless")]
    [InlineData("The Velden Guard declared that Karel Brandt was \"martyred\" by the strike.", "Karel Brandt was \"martyred\" by the strike")]
    [InlineData("Minister Tomas Vell said Karel Brandt broke the harbour law twice last year and \"likes closing harbours for fun\".", "Karel Brandt broke the harbour law twice last year and \"likes closing harbours for fun")]
    [InlineData("Mira Holt said Velden had earned the title of \"Harbour Town of the Year\" in 2018.", "Velden had earned the title of \"Harbour Town of the Year\" in 2018")]
    [InlineData("Mayor Ana Ruiz urged residents to keep their \"spare\" keys at home.", "residents to keep their \"spare\" keys at home")]
    // The quotation's share is counted in words: a full stop inside its closing mark weighs no more than one after it.
    [InlineData("Mira Holt told the Velden Post after the race that the best part of rowing is \"being out on the water.\"", "the best part of rowing is \"being out on the water")]
    [InlineData("Mira Holt told the Velden Post after the race that the best part of rowing is \"being out on the water\".", "the best part of rowing is \"being out on the water")]
    public void A_reported_clause_with_quoted_words_is_one_indirect_quote_with_them(string sentence, string content)
    {
        Assert.Equal(new[] { content }, IndirectQuotes(sentence));
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz told the press, \"the plan is reckless and we will stop it\".")]
    [InlineData("Mayor Ana Ruiz said on Velden Radio \"It is a great loss for all of us in the town\".")]
    [InlineData("Mayor Ana Ruiz told reporters \"we will stop the plan\".")]
    // Guards: the quoted words as the whole statement stay what they were before quoted words joined reported clauses.
    public void A_quotation_that_is_a_statement_of_its_own_is_no_indirect_quote(string sentence)
    {
        Assert.Empty(IndirectQuotes(sentence));
        Assert.Single(RuleArticle.Extract(sentence).Quotes);
    }

    [Fact]
    public void A_participle_cue_after_a_quotation_reports_what_follows_it_not_the_quotation()
    {
        var model = RuleArticle.Extract("The vote was described by Mayor Ana Ruiz as a \"clear win\", saying she intends to stay in office until June.");
        var saying = Assert.Single(model.Quotes, q => q.Cue == "saying");
        Assert.Equal("she intends to stay in office until June", model.Text.Substring(saying.Start, saying.Length));
        Assert.DoesNotContain(model.Quotes, q => q.Cue == "saying" && model.Text.Substring(q.Start, q.Length).Contains("clear win"));
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz described the new harbour plan of the council as \"a costly mistake\".", "a costly mistake")]
    [InlineData("Karel Brandt called the council's new parking rules \"unfair\".", "unfair")]
    [InlineData("Mira Holt denounced the ferry company's latest fare rise as a \"blatant grab\".", "blatant grab")]
    [InlineData("The ferry delay was described by Mira Holt as a \"total disgrace\".", "total disgrace")]
    public void A_wholly_quoted_description_of_the_object_is_the_direct_quote_alone(string sentence, string words)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.Empty(IndirectQuotes(sentence));
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(words, model.Text.Substring(quote.Start, quote.Length));
    }

    [Theory]
    [InlineData("Karel Brandt described the old harbour as an \"overlooked\" asset of the town.", "the old harbour as an \"overlooked\" asset of the town")]
    public void A_quoted_word_inside_a_description_leaves_the_description_reported(string sentence, string content)
    {
        Assert.Equal(new[] { content }, IndirectQuotes(sentence));
    }

    // A short quoted phrase inside the reported clause's subject, a finite verb after it, is the clause's wording: the clause is said.
    [Theory]
    [InlineData("Piet Varga said the \"reckless\" and \"arrogant\" mayor had misled the council about the budget.", "the \"reckless\" and \"arrogant\" mayor had misled the council about the budget")]
    [InlineData("Marta Holt argues that since the phrase \"harbour resident\" is not defined in the charter, the older meaning should apply.", "since the phrase \"harbour resident\" is not defined in the charter, the older meaning should apply")]
    [InlineData("Moreover, Karel Brandt says the charter phrase \"free passage\" referred mainly to fishing boats from Ostrel.", "the charter phrase \"free passage\" referred mainly to fishing boats from Ostrel")]
    public void A_quoted_phrase_in_the_subject_of_the_reported_clause_leaves_the_clause_said(string sentence, string content)
    {
        Assert.Contains(content, IndirectQuotes(sentence));
    }

    [Theory]
    [InlineData("Karel Brandt called Ana Ruiz a \"loyal friend\" but did not back her harbour plan.", "did not back")]
    [InlineData("The Velden Police identified the driver only as \"Mr. K\" as the inquiry went on.", "inquiry went on")]
    [InlineData("Mayor Ana Ruiz declared herself \"unbeatable\" and offered to debate anyone in Ostrel.", "offered to debate")]
    public void A_quoted_phrase_before_another_clause_is_no_subject(string sentence, string later)
    {
        Assert.DoesNotContain(IndirectQuotes(sentence), q => q.Contains(later));
    }
}
