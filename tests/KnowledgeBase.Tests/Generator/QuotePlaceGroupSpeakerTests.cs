using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Places around a subject that only say where: "The mayor of Dunmere, Ohio, said ..." (the region after the place's comma is
/// no subject) and "Ohio and Kentucky officials said ..." (places listed before the place naming an unnamed group are that
/// group's places: one group speaks, no place). Invented sentences.
/// </summary>
public sealed class QuotePlaceGroupSpeakerTests
{
    [Theory]
    [InlineData("The mayor of Dunmere, Ohio, said the curfew in the old quarter would last a month.", "The mayor of Dunmere")]
    public void The_region_after_a_place_is_no_speaker(string sentence, string speaker)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Equal(speaker, quote.SpeakerText);
    }

    [Fact]
    public void Places_listed_before_a_group_name_the_group()
    {
        var quote = Assert.Single(RuleArticle.Extract("Floods hit Ohio and Kentucky on Sunday. Ohio and Kentucky officials said the bridge near Dunmere would stay closed until May.").Quotes);
        Assert.Null(quote.Speaker);
        Assert.Equal("Ohio and Kentucky officials", quote.SpeakerText);
    }
}
