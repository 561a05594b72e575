using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A weekday fronting the clause ("On Thursday officials reported ...") dates the report; it is no word of the unnamed
/// speaker's phrase. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteFrontedDaySpeakerTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("On Thursday officials reported that forty farms near Velden were flooded.", "officials")]
    [InlineData("On Friday the regional health secretary said one more case was found in Orvel village.", "the regional health secretary")]
    [InlineData("Late Tuesday health officials said the clinic in Norvale would stay closed.", "health officials")]
    public void A_fronted_weekday_is_not_part_of_the_speaker(string sentence, string speakerText)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Null(quote.Speaker);
        Assert.Equal(speakerText, quote.SpeakerText);
    }
}
