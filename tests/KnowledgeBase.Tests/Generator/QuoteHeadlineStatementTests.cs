using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A headline that ends in its attribution (", say scientists", ", says study", ", Canadian police report") states what the
/// speakers say: an indirect quote of the words before the comma; so does one opening on a document and its cue before a
/// clause ("Study indicates ..."). Other headlines quote nobody. Invented headlines.
/// </summary>
public sealed class QuoteHeadlineStatementTests
{
    private const string Body = "The marsh lies two miles north of Velden. Its frogs were counted over two summers.";

    [Theory]
    [InlineData("Marsh frogs sing louder after heavy rain, say scientists", "scientists", "Marsh frogs sing louder after heavy rain")]
    [InlineData("Old olive trees store more carbon than thought, says study", "study", "Old olive trees store more carbon than thought")]
    [InlineData("Toddler finds lost kitten in Velden park, Canadian police report", "Canadian police", "Toddler finds lost kitten in Velden park")]
    public void A_headline_ending_in_its_attribution_is_a_quote(string headline, string speaker, string statement)
    {
        var model = RuleArticle.ExtractTitled(headline, Body);
        var quote = Assert.Single(model.Quotes, q => q.Start < headline.Length);
        Assert.Equal(speaker, quote.SpeakerText);
        Assert.Equal(statement, model.Text.Substring(quote.Start, quote.Length));
    }

    // A headline that opens on a document noun and its present cue states what the document says, when a clause follows.
    [Theory]
    [InlineData("Study indicates as marsh dries out, tree frogs move in", "Study", "as marsh dries out, tree frogs move in")]
    [InlineData("New survey suggests Velden ferries sink more often in winter", "New survey", "Velden ferries sink more often in winter")]
    public void A_headline_opening_on_a_document_is_a_quote(string headline, string speaker, string statement)
    {
        var model = RuleArticle.ExtractTitled(headline, Body);
        var quote = Assert.Single(model.Quotes, q => q.Start < headline.Length);
        Assert.Equal(speaker, quote.SpeakerText);
        Assert.Equal(statement, model.Text.Substring(quote.Start, quote.Length));
    }

    // Guards: a headline that opens with its speaker, or has no attribution after its last comma, quotes nobody.
    [Theory]
    [InlineData("Velden mayor says ferry fares will fall next year")]
    [InlineData("Storm hits Velden coast, thousands without power")]
    [InlineData("Ferry sinks off Velden, report says two crew missing")]
    [InlineData("Study finds link between ferry fares and fuel prices in Velden")]
    [InlineData("Report indicates marsh frog population at record level, cause unknown")]
    public void Other_headlines_add_no_quote(string headline) =>
        Assert.DoesNotContain(RuleArticle.ExtractTitled(headline, Body).Quotes, q => q.Start < headline.Length);
}
