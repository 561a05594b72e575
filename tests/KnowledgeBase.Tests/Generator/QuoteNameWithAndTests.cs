using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An "and" inside a name ("the Institute of Soil and Water Studies") joins no speakers: the person of that body speaks alone.
/// Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteNameWithAndTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("On Monday, Director Pavel Orsk of the Freedonia National Institute of Soil and Water Studies (NISWS), announced a survey of four rivers was halted.", "a survey of four rivers was halted", "Pavel Orsk")]
    [InlineData("On Tuesday morning, Mira Holt of the Norvale Department of Roads and Bridges (NDRB), said the toll would be dropped.", "the toll would be dropped", "Mira Holt")]
    public void A_person_of_a_body_whose_name_holds_and_speaks_alone(string sentence, string content, string speaker)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q) == content);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Two_people_before_a_name_with_and_still_both_speak()
    {
        var model = Extract("Karel Brandt and Ana Ruiz of the Velden Office of Ports and Harbours said the pier would close.");
        var speakers = model.Quotes.Where(q => TextOf(model, q) == "the pier would close").Select(q => q.Speaker).ToList();
        Assert.Contains("Karel Brandt", speakers);
        Assert.Contains("Ana Ruiz", speakers);
    }
}
