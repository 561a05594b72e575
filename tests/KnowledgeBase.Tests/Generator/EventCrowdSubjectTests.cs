using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A crowd that marches, rallies or gathers is a demonstration (CAMEO 14) even when words stand between the crowd and its
/// verb ("Hundreds of protesters, carrying banners, marched"), when it is people counted in thousands or hundreds; a crowd at a funeral and
/// ministers who gather are none. Invented sentences.
/// </summary>
public sealed class EventCrowdSubjectTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Hundreds of protesters, carrying banners and flags of the harbour workers, marched from Tower Square to the Norvale Assembly on Saturday.")]
    [InlineData("On Thursday, thousands of Velden students wearing black shirts and helmets gathered around the Norvale Assembly.")]
    [InlineData("On Sunday, several thousand dock workers rallied outside the Ostrel town hall against the port tax.")]
    public void A_crowd_marching_rallying_or_gathering_demonstrates(string sentence)
    {
        Assert.Contains(Extract(sentence).Events, e => e.Cameo.StartsWith("14", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Thousands of people, including the mayor, gathered at the cathedral in Ostrel on Monday for the funeral of Bishop Karel Brandt.")]
    [InlineData("Foreign ministers of Velden and Norland gathered in Ostrel on Wednesday to discuss the border.")]
    // No count word before the people: not the counted crowd this rule reads.
    [InlineData("On Saturday, the Velden chess club students gathered at the Ostrel library for the final round.")]
    public void A_crowd_at_a_funeral_or_ministers_gathering_is_no_demonstration(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("14", System.StringComparison.Ordinal));
    }
}
