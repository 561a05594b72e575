using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "countered that ..." and "commented ..." report what was said, like "replied" and "remarked" (cue-verbs.tsv), but only
/// before a clause: "commented on the vote" names a topic and "countered the attack" is no speech. Invented sentences.
/// </summary>
public sealed class QuoteRejoinderCueTests
{
    [Theory]
    [InlineData("Mayor Tessa Lind said the harbour plan was too costly. Councillor Ruben Falk countered that the plan would pay for itself within a decade.",
        "Ruben Falk", "the plan would pay for itself within a decade")]
    [InlineData("Senate minority leader Bruno Keller commented the governor's letters are likely as near as voters will get to an apology.",
        "Bruno Keller", "the governor's letters are likely as near as voters will get to an apology")]
    [InlineData("At the Velden Ledger, party treasurer Ilse Marek commented: \"The ballot rules are unfair to small parties.\"",
        "Ilse Marek", "The ballot rules are unfair to small parties")]
    public void A_rejoinder_cue_reports_the_clause_after_it(string sentence, string speaker, string content)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => q.Cue is "countered" or "commented");
        Assert.Equal(speaker, quote.Speaker ?? quote.SpeakerText);
        Assert.Equal(content, model.Text.Substring(quote.Start, quote.Length));
    }

    [Theory]
    [InlineData("Councillor Ruben Falk commented on the vote at a press briefing on Monday.")]
    [InlineData("The garrison countered the attack at dawn and held the bridge.")]
    [InlineData("The council will comment on the plan later, and the mayor filed counters to each claim.")]
    public void Without_a_clause_it_reports_nothing(string sentence) => Assert.Empty(RuleArticle.Extract(sentence).Quotes);
}
