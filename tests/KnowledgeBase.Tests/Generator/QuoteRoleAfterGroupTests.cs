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

    // A plural group noun after an organization's name is an unnamed group working there, not the organization;
    // after a country's body ("Finnish military authorities") it stays in the body's text; a person's critics are not the person.
    [Theory]
    [InlineData("Kestrel General Hospital doctors said the governor had recovered from the fever and would travel on Friday.", "Kestrel General Hospital doctors", true)]
    [InlineData("Ostra Motor Company engineers said the brake fault on the new trucks had been fixed.", "Ostra Motor Company engineers", true)]
    [InlineData("Finnish military authorities reported that two fishing boats had sunk near the lake shore.", "Finnish military authorities", false)]
    [InlineData("According to Jon Varga's critics, the harbour plan would leave the fishing families of the bay without work.", "Jon Varga's critics", true)]
    public void A_group_after_a_body_speaks_as_that_group(string sentence, string speakerText, bool unnamed)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Equal(speakerText, quote.SpeakerText);
        Assert.Equal(unnamed, quote.Speaker is null);
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
