using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "The 45-year-old said ...": an age heading the cue's subject is the person the same or the previous paragraph gives that
/// age, else the description itself speaks; the quote is never dropped. Invented sentences.
/// </summary>
public sealed class QuoteAgeDescriptionTests
{
    [Theory]
    [InlineData("Tomas Rell, 52, was detained on Tuesday in Orvik. The 52-year-old said he had never owned the van.")]
    [InlineData("Tomas Rell, 52, was detained on Tuesday in Orvik.\n\nThe 52-year-old told reporters that he had never owned the van.")]
    [InlineData("52-year-old Tomas Rell was detained on Tuesday in Orvik. \"I never owned the van,\" the 52-year-old said.")]
    [InlineData("Tomas Rell, 52, was detained on Tuesday in Orvik. The 52-year-old man also said he had never owned the van.")]
    public void An_age_after_the_person_given_it_is_that_person(string paragraphs)
    {
        var quote = Assert.Single(RuleArticle.Extract(paragraphs).Quotes);
        Assert.Equal("Tomas Rell", quote.Speaker);
        Assert.StartsWith("the 52-year-old", quote.SpeakerText, System.StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("The depot at Orvik closed on Tuesday. The 52-year-old said he had never owned the van.")]
    [InlineData("Tomas Rell, 52, and Ines Varga, 52, were detained on Tuesday. The 52-year-old said he had never owned the van.")]
    public void An_age_no_one_person_was_given_speaks_as_the_description(string paragraphs)
    {
        var quote = Assert.Single(RuleArticle.Extract(paragraphs).Quotes);
        Assert.Equal((null, "The 52-year-old"), (quote.Speaker, quote.SpeakerText));
    }

    [Fact]
    public void An_age_before_a_thing_noun_is_no_speaker() =>
        Assert.DoesNotContain(RuleArticle.Extract("Tomas Rell was detained on Tuesday. The 52-year-old ferry said it would sail.").Quotes, q => q.SpeakerText.Contains("year-old"));
}
