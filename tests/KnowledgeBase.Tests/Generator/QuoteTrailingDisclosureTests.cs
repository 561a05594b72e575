using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A trailing attribution with a verb of disclosure or finding ("..., police revealed on Saturday.", "..., the research
/// showed.", "..., Velden University data indicated."): the clause before the comma is what was revealed or found. Invented sentences.
/// </summary>
public sealed class QuoteTrailingDisclosureTests
{
    [Theory]
    [InlineData("Despite the warnings, the captain and his crew left the harbour, police revealed on Saturday.", "revealed", "police", "Despite the warnings, the captain and his crew left the harbour")]
    [InlineData("The marsh frogs choose their mates by the pitch of the call, the research showed.", "showed", "research", "The marsh frogs choose their mates by the pitch of the call")]
    [InlineData("On Monday, the number of ferry passengers passed two million, Velden University data indicated.", "indicated", "Velden University", "On Monday, the number of ferry passengers passed two million")]
    public void The_clause_before_a_trailing_disclosure_is_quoted(string sentence, string cue, string speaker, string claim)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => q.Cue == cue);
        Assert.Contains(speaker, (quote.Speaker ?? "") + " " + quote.SpeakerText);
        Assert.Equal(claim, model.Text.Substring(quote.Start, quote.Length));
    }
}
