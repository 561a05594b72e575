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
}
