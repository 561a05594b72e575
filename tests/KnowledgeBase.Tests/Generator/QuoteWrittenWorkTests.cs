using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "write" reports only a clause ("wrote that ...", "wrote the line would close"): what is written as an object ("has written
/// essays", "wrote about farming") is a work or a topic, no statement. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteWrittenWorkTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Tomas Vell has written numerous essays for the Velden Courier and the Ostrel Review.")]
    [InlineData("Mira Holt wrote about farming and fishing in her weekly column for the Velden Courier.")]
    public void A_written_work_or_topic_is_no_quote(string sentence)
    {
        var model = Extract(sentence);
        Assert.DoesNotContain(model.Quotes, q => q.Cue is "written" or "wrote");
    }

    [Theory] // guards: a clause after "that" or without it is still what was written
    [InlineData("Mira Holt wrote that the Velden ferry line would close in May.")]
    [InlineData("Mira Holt wrote on her blog the Velden ferry line would close in May.")]
    public void A_written_clause_still_reports(string sentence)
    {
        var model = Extract(sentence);
        Assert.Contains(model.Quotes, q => q.Cue == "wrote");
    }
}
