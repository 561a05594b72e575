using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Days of mourning announced are the announcer's to hold, as when declared: the speech cue does not leave its subject out of
/// the rite it names as its object. A rite that is a reported clause's subject, and a death announced, are not. Invented sentences.
/// </summary>
public sealed class EventAnnouncedRiteTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Karel Dorn, the Sultan of Velmaria, died on Friday. The government of Chile announced two days of mourning.", "Government of Chile")]
    [InlineData("Karel Dorn, the Sultan of Velmaria, died on Friday. President Mira Halvik announced five days of official mourning, Monday to Friday.", "Mira Halvik")]
    [InlineData("Karel Dorn, the Sultan of Velmaria, died on Friday. President Mira Halvik announced a week of national mourning for Dorn.", "Mira Halvik")]
    public void Days_of_mourning_announced_are_the_announcers(string paragraphs, string announcer)
    {
        Assert.Contains(Extract(paragraphs).Events, e => e.Cameo == "000" && e.Kind == "funeral" && e.Participants.Contains(announcer));
    }

    [Theory]
    [InlineData("Karel Dorn, the Sultan of Velmaria, died on Friday. President Mira Halvik announced the funeral would take place on Monday.")]
    [InlineData("Karel Dorn, the Sultan of Velmaria, died on Friday. President Mira Halvik announced the death of Dorn on Saturday.")]
    public void A_rite_told_in_a_reported_clause_or_a_death_announced_is_not_the_announcers(string paragraphs)
    {
        Assert.DoesNotContain(Extract(paragraphs).Events, e => e.Cameo == "000" && e.Kind is "funeral" or "death" && e.Participants.Contains("Mira Halvik"));
    }
}
