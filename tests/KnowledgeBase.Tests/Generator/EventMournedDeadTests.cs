using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Rites that do not say whom they are for (days of mourning declared, a procession, prayers attended) are the rites of the one
/// person whose death the article told: the mourned takes part, after whoever holds them. Not when two deaths were told, nor when
/// the rite names whom it is for. Invented sentences.
/// </summary>
public sealed class EventMournedDeadTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Karel Dorn, the Sultan of Velmaria, died on Friday. The government of Chile announced two days of mourning.", "Government of Chile")]
    [InlineData("Karel Dorn, the Sultan of Velmaria, died on Friday. President Mira Halvik attended funeral prayers at the Velden Mosque.", "Mira Halvik")]
    public void A_rite_held_by_someone_is_also_the_dead_ones(string paragraphs, string holder)
    {
        Assert.Contains(Extract(paragraphs).Events, e => e.Cameo == "000" && e.Kind == "funeral" && e.Participants.Contains(holder) && e.Participants.Contains("Karel Dorn"));
    }

    [Fact]
    public void Days_of_mourning_declared_by_nobody_named_are_the_dead_ones()
    {
        var article = Extract("Karel Dorn, the Sultan of Velmaria, died on Friday. Doctors said his heart had failed. They then declared four days of mourning.");
        Assert.Contains(article.Events, e => e.Cameo == "000" && e.Kind == "funeral" && e.Participants.SequenceEqual(new[] { "Karel Dorn" }));
    }

    [Fact]
    public void Two_deaths_told_add_no_dead()
    {
        var article = Extract("Karel Dorn and Ilse Varga died on Friday. The government of Chile announced two days of mourning.");
        Assert.Contains(article.Events, e => e.Cameo == "000" && e.Kind == "funeral" && e.Participants.SequenceEqual(new[] { "Government of Chile" }));
    }

    [Fact]
    public void A_rite_for_someone_named_adds_no_dead()
    {
        var article = Extract("Karel Dorn, the Sultan of Velmaria, died on Friday. In 2004 President Mira Halvik attended the funeral of Tomas Brell.");
        Assert.DoesNotContain(article.Events, e => e.Cameo == "000" && e.Kind == "funeral" && e.Participants.Contains("Tomas Brell") && e.Participants.Contains("Karel Dorn"));
    }
}
