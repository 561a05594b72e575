using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "Clinic staff said ...": the staff of a place or body speak as an unnamed group of people (a people noun), so the quote
/// is found and the noun before "staff" only says whose staff they are. Invented sentences.
/// </summary>
public sealed class QuoteStaffSpeakerTests
{
    [Theory]
    [InlineData("Clinic staff said the injured ferrymen from Dunmere were in stable condition.", "Clinic staff")]
    [InlineData("On Tuesday, school staffers said the pupils in Harrowby had been sent home early.", "school staffers")]
    [InlineData("Hospital staff at Dunmere General told reporters that the two patients were stable.", "Hospital staff at Dunmere General")]
    public void Staff_speak_as_an_unnamed_group(string sentence, string speaker)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Null(quote.Speaker);
        Assert.Equal(speaker, quote.SpeakerText);
    }
}
