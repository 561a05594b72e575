using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An interview transcript's question ("((WN)) ... ?") asks and reports nothing, as the gold marks no unquoted question; what
/// the interviewer's turn tells as background before it still reports. Invented text; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteInterviewQuestionTests
{
    private const string Transcript =
        "Mira Holt runs the Ostrel fish market.\n\n"
        + "((WN)) In May, Mayor Ana Ruiz announced that the ferry line would close. In which towns should voters expect to see your name on the ballot?\n\n"
        + "((Mira Holt)) Mostly the small ones in the north.";

    // The one interviewed answers with a question of her own: still her answer, not a statement the article attributes.
    private const string AnswerAsking =
        "Mira Holt runs the Ostrel fish market.\n\n"
        + "((WN)) What did the harbour board tell you?\n\n"
        + "((Mira Holt)) Karel Brandt of the board said the pier would stay shut all winter. Why would I believe that?\n\n"
        + "((WN)) Where will the boats land?\n\n"
        + "((Mira Holt)) At the old slipway, mostly.\n\n"
        + "((WN)) And the buyers?\n\n"
        + "((Mira Holt)) They come by road now.";

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Fact]
    public void An_interviewer_question_reports_nothing()
    {
        var model = RuleArticle.Extract(Transcript);
        Assert.DoesNotContain(model.Quotes, q => TextOf(model, q).Contains("to see your name"));
    }

    [Fact] // a guard: the background the turn tells before its question still reports
    public void The_background_before_the_question_still_reports()
    {
        var model = RuleArticle.Extract(Transcript);
        Assert.Contains(model.Quotes, q => TextOf(model, q).Contains("would close"));
    }

    [Fact]
    public void An_answer_that_asks_a_question_still_reports_nothing()
    {
        var model = RuleArticle.Extract(AnswerAsking);
        Assert.DoesNotContain(model.Quotes, q => TextOf(model, q).Contains("would stay shut"));
    }
}
