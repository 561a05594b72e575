using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An act told a counted time before or after an occasion the article dated ("the day before the protest", "several hours
/// before the attack", "two days after the attack") takes that occasion's date moved by the span. Invented sentences,
/// against Sunday, July 28, 2019.
/// </summary>
public sealed class NamedOccasionDateTests
{
    [Fact]
    public void The_day_before_a_dated_protest_is_the_day_before_its_date()
    {
        var model = RuleArticle.Extract("The Velden Farmers Union held a protest in Velden on Saturday.\n\nThe High Court of Norland rejected, the day before the protest, an appeal brought by Karel Brandt.");
        Assert.Contains(model.Events, e => e.Kind == "ruling" && e.Date == 20190726);
    }

    [Fact]
    public void Hours_before_a_dated_attack_is_the_same_day()
    {
        var model = RuleArticle.Extract("Gunmen attacked a bus station in Marlow on Friday, killing four people.\n\nMembers of the Marlow Students Union had protested in Marlow Square several hours before the attack.");
        Assert.Contains(model.Events, e => e.Kind == "protest" && e.Date == 20190726);
    }

    [Fact]
    public void Two_days_after_a_dated_attack_counts_forward_from_its_date()
    {
        var model = RuleArticle.Extract("Gunmen attacked a bus station in Marlow on Tuesday, killing four people.\n\nPolice in Marlow arrested Karel Brandt two days after the attack.");
        Assert.Contains(model.Events, e => e.Kind == "arrest" && e.Date == 20190725);
    }

    [Fact]
    public void An_occasion_the_article_left_undated_lends_no_day()
    {
        var model = RuleArticle.Extract("Gunmen attacked a bus station in Marlow, killing four people.\n\nPolice in Marlow arrested Karel Brandt two days after the attack.");
        Assert.DoesNotContain(model.Events, e => e.Kind == "arrest" && e.Date % 100 != 0);
    }
}
