using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A bill sent "to the senate", "to the congress": the legislature named only by its noun is the body the article named
/// with that noun, the bill's second party after who brings it (LegislatureSentTo). Invented sentences.
/// </summary>
public sealed class EventLegislatureSentToTests
{
    private static string Legislation(string paragraphs) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == "legislation")
            .Select(e => string.Join(", ", e.Participants.ToArray())));

    [Theory]
    [InlineData("The Ostland Senate opened its spring session on Monday.\n\nSenator Lina Berg sent a bill to the senate on Tuesday.", "Lina Berg, Ostland Senate")]
    [InlineData("The Norland Congress met in Velden on Sunday.\n\nPresident Mara Ruiz said she is to send the harbour bill to the congress within ten days.", "Mara Ruiz, Norland Congress")]
    public void A_bill_sent_to_the_body_takes_the_body_named_before(string paragraphs, string legislation) =>
        Assert.Equal(legislation, Legislation(paragraphs));

    [Theory]
    // No senate named; a body of another noun; "the states" is no legislature.
    [InlineData("Senator Lina Berg sent a bill to the senate on Tuesday.", "Lina Berg")]
    [InlineData("The Velden Court heard the case on Monday.\n\nSenator Lina Berg sent a bill to the senate on Tuesday.", "Lina Berg")]
    [InlineData("The Ostland Senate opened its spring session on Monday.\n\nSenator Lina Berg sent the harbour amendment to the states on Tuesday.", "Lina Berg")]
    public void A_bill_sent_to_no_named_body_keeps_its_bringer(string paragraphs, string legislation) =>
        Assert.Equal(legislation, Legislation(paragraphs));
}
