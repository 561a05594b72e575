using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Names inside an aside that interrupts the subject ("two villages —including Kessin in the province of Nord Almera— reported ...")
/// say who is among the subject and do not speak; "The governor of Belmora, Nord Almera, said ...": an unknown town after a
/// role's "of" is the role's place, so the region after its comma does not speak either. Invented sentences.
/// </summary>
public sealed class QuoteInterruptingAsideTests
{
    [Theory]
    [InlineData("Several hamlets \u2013 among them Tarrow in the Oskel district \u2013 reported damage to their orchards.", "Tarrow")]
    [InlineData("Two mining towns (including Feldmark in the Varn region) said their wells had run dry.", "Feldmark")]
    public void A_name_inside_the_aside_is_no_speaker(string sentence, string name)
    {
        foreach (var quote in RuleArticle.Extract($"Floods reached the town of {name} on Monday. {sentence}").Quotes)
            Assert.DoesNotContain(name, quote.SpeakerText ?? "");
    }

    [Fact]
    public void The_role_of_an_unknown_town_speaks_not_its_region()
    {
        var text = "Storms cut power across the province of Nord Almera on Monday. The governor of Belmora, Nord Almera, said the ferry to the islands would resume on Friday.";
        var quote = Assert.Single(RuleArticle.Extract(text).Quotes);
        Assert.Equal("The governor of Belmora", quote.SpeakerText);
    }

    [Fact]
    public void An_acronym_in_brackets_still_follows_its_speaker()
    {
        var quote = Assert.Single(RuleArticle.Extract("The Velden Water Board (VWB) said the reservoir was full.").Quotes);
        Assert.Contains(quote.SpeakerText, new[] { "VWB", "The Velden Water Board", "Velden Water Board" });
    }
}
