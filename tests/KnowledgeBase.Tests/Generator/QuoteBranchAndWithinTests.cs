using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A name that only says where the speakers are is no speaker: a place written right after an organization's name (a branch
/// or campus, "the Harlow Wildlife Trust Peru"), or a name after "within", "among", "inside", "across", "throughout" ("sources
/// within the Velden Party"). The group before it speaks. Invented sentences.
/// </summary>
public sealed class QuoteBranchAndWithinTests
{
    [Theory]
    [InlineData("Scientists from the Harlow Wildlife Trust Peru estimate the herd has shrunk to about 400 animals.", "Scientists", "Peru")]
    [InlineData("Researchers at Grenmoor College London said the new drug cut infections by half in a small trial.", "Researchers", "London")]
    [InlineData("Sources within the Velden Unity Party said the leader would step down before the vote in May.", "Sources", "Velden Unity Party")]
    [InlineData("Critics within Peru have said the new mining tax will drive investors out of the southern provinces.", "Critics", "Peru")]
    public void The_group_before_the_place_or_body_speaks(string sentence, string speaker, string notSpeaker)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Contains(speaker, quote.SpeakerText ?? "");
        Assert.NotEqual(notSpeaker, quote.Speaker);
        Assert.DoesNotContain(notSpeaker, quote.SpeakerText ?? "");
    }

    // Guard: an organization named with its place at the sentence start still speaks.
    [Fact]
    public void An_organization_named_with_its_place_speaks()
    {
        var quote = Assert.Single(RuleArticle.Extract("The Harlow Wildlife Trust Peru said the herd has shrunk to about 400 animals.").Quotes);
        Assert.Contains("Harlow Wildlife Trust", (quote.Speaker ?? "") + " " + quote.SpeakerText);
    }
}
