using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Who reports a study's results: a group described by the bodies its members come from speaks once, as the group; the
/// write-up and its results speak for themselves ("the paper suggests"). Invented sentences.
/// </summary>
public sealed class QuoteResearchSpeakerTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("Biologists from Tamsvik University and the Orlen Lake Institute reported that the perch had grown smaller each decade.")]
    [InlineData("In results posted on Friday, geologists at the Harnow Survey (HS) in Velmark and the Dessel Sea College in Ostria found that the cliffs were eroding twice as fast.")]
    public void A_group_from_two_bodies_speaks_once_as_the_group(string sentence)
    {
        var model = Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Null(quote.Speaker);
        Assert.Matches("^(Biologists|geologists)", quote.SpeakerText);
    }

    [Fact]
    public void A_person_after_an_affiliation_and_and_still_speaks_with_the_first() // a guard: "X of Y and Z said" is X and Z
    {
        var model = Extract("Ilse Varnholt of Tamsvik Radio and Jorun Pekkala said the ferry timetable would change in autumn.");
        Assert.Equal(new[] { "Ilse Varnholt", "Jorun Pekkala" }, model.Quotes.Select(q => q.Speaker).OrderBy(x => x));
    }

    [Fact]
    public void Authorities_in_two_countries_speak_for_both_countries() // a guard: a country's unnamed body speaks for it
    {
        var model = Extract("On Monday, authorities in Norway and Finland announced that the border crossing would close for a week of repairs.");
        Assert.NotEmpty(model.Quotes);
        Assert.All(model.Quotes, q => Assert.Contains(q.Speaker, new[] { "Finland", "Norway" }));
    }

    [Theory]
    [InlineData("Fourteen herds were counted on the plateau. The paper suggests that a dry spring kept the calves near the river.", "a dry spring kept the calves near the river")]
    [InlineData("Fourteen herds were counted on the plateau. The findings indicated that wolves had avoided the eastern valleys.", "wolves had avoided the eastern valleys")]
    [InlineData("Fourteen herds were counted on the plateau. The research showed that the calves weighed less than in past years.", "the calves weighed less than in past years")]
    public void A_paper_or_its_findings_speak_as_a_document(string sentences, string content)
    {
        var model = Extract(sentences);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(content, TextOf(model, quote));
        Assert.Null(quote.Speaker);
    }
}
