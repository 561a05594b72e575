using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Who speaks when a group or body noun stands before another noun: "a court clerk", "a police officer" (a role noun after the
/// group) is the person in that role, not the court or the police; "a Norwegian government source", "Finnish army officials"
/// (an unnamed member after a country's body) keep the member in the speaker's text, as "an Interior Ministry source" does.
/// Invented sentences.
/// </summary>
public sealed class QuoteRoleAfterGroupTests
{
    [Theory]
    [InlineData("According to a court clerk, the hearing on the harbour permit would be held in late October.", "court clerk")]
    [InlineData("A police officer said the driver of the grey van had been drinking before the crash.", "police officer")]
    public void The_role_after_the_group_speaks(string sentence, string speaker)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Equal(speaker, quote.SpeakerText);
    }

    [Theory]
    [InlineData("A Norwegian government source said the ferry permit for the island route had been revoked.", "Norwegian government source")]
    [InlineData("Finnish army officials said the winter drills near the lake would go ahead next week.", "Finnish army officials")]
    public void The_member_of_the_body_stays_in_the_text(string sentence, string speaker)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Equal(speaker, quote.SpeakerText);
    }

    // Guards: a member noun alone stays with the group ("a family spokesperson"); a named person after the role speaks.
    [Theory]
    [InlineData("According to a family spokesperson, the painter had died peacefully at home on Sunday.", "family spokesperson")]
    [InlineData("The Finnish army spokesman Jon Rask said the winter drills near the lake would go ahead.", "Jon Rask")]
    public void Guards(string sentence, string speaker)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Equal(speaker, quote.SpeakerText);
    }
}
