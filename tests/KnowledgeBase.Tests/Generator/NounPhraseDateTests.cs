using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A date that closes an event noun's own phrase ("her visit to Velden in May") is the noun's, though another date of the
/// sentence stands nearer. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class NounPhraseDateTests
{
    [Theory]
    [InlineData("Mira Holt criticized Karel Brandt on Friday over his visit to Velden in May.", "visit", 20190500)]
    [InlineData("Mira Holt criticized Karel Brandt on Friday over his visit to Velden in May.", "criticism", 20190726)]
    [InlineData("Mira Holt condemned on Friday the attack on Marlow on Wednesday.", "attack", 20190724)]
    public void A_date_closing_a_nouns_phrase_after_a_name_is_the_nouns(string sentence, string kind, int packed) =>
        Assert.Equal(packed, Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Kind == kind).Date);
}
