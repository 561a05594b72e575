using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A descriptor before a name ("newspaper The Varnel Courier", "state news agency Ostrapress"): the name speaks, not the
/// descriptor. Invented sentences.
/// </summary>
public sealed class QuoteDescribedOrganizationTests
{
    [Theory]
    [InlineData("Around 300 homes were evacuated near the river, newspaper The Varnel Courier reported.", "Varnel Courier")]
    [InlineData("According to state news agency Ostrapress, the army would help with the clean-up.", "Ostrapress")]
    public void The_name_after_the_descriptor_speaks(string sentence, string speaker)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Equal(speaker, quote.Speaker ?? quote.SpeakerText);
    }

    // Guards: a person after the descriptor speaks as before; a descriptor with no name after it stays the unnamed body.
    [Theory]
    [InlineData("Around 300 homes were evacuated, publisher Mira Holt said.", "Mira Holt")]
    [InlineData("Ostrel Shipping moved its ships north. The company said the port would reopen on Monday.", "Ostrel Shipping")]
    public void Other_subjects_speak_as_before(string sentence, string speaker) =>
        Assert.Contains(RuleArticle.Extract(sentence).Quotes, q => q.Speaker == speaker);
}
