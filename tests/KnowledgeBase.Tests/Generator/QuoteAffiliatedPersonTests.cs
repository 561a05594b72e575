using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "X of ORGANIZATION" speaks as X when an apposition describing the organization follows ("Tomas Vell of Velmarine, a small
/// maker of ship radios, told ...") and when lower-case words before an organization descriptor name the body's kind
/// ("Mira Holt of tenant advocacy group Velcare said ..."), an adjective, a noun right before the name or a noun with a
/// possessive follows "the" ("Senator Lida Marr of the conservative Ostrel Union declared ..."). Invented sentences.
/// </summary>
public sealed class QuoteAffiliatedPersonTests
{
    [Theory]
    [InlineData("Tomas Vell of Velmarine, a small maker of ship radios, told reporters the beacon would keep sending for days.", "Tomas Vell")]
    [InlineData("Mira Holt of tenant advocacy group Velcare said the rents in the old harbour district had doubled in two years.", "Mira Holt")]
    [InlineData("Senator Lida Marr of the conservative Ostrel Union declared that the ferry levy would hurt the islands.", "Lida Marr")]
    [InlineData("Arno Pell of the navy's Northern Patrol Command said two cutters were lost in the storm.", "Arno Pell")]
    [InlineData("Senator Lida Marr of the opposition Green Veldt League said the count had been delayed again.", "Lida Marr")]
    public void The_person_of_the_organization_speaks(string sentence, string speaker)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }
}
