using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A bare present verb tells what is so, not what happened: "Ostrel Motors sells cars". Invented sentences; the dateline is
/// Sunday, July 28, 2019.
/// </summary>
public sealed class EventHabitualTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Ostrel Motors sells cars in Velden.", "06")]
    [InlineData("Tomas Vell still denies the charges and blames the Velden government for the crisis.", "11")]
    public void A_bare_present_verb_is_no_event(string sentence, string root)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ostrel Motors sold its Velden plant to Karel Brandt on Friday.", "06")]
    [InlineData("Tomas Vell blamed the Velden government for the crisis on Friday.", "11")]
    public void The_same_verb_in_the_past_is_one(string sentence, string root)
    {
        Assert.Contains(Extract(sentence).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Members of the Ostrel National Assembly are elected for four-year terms.")]
    [InlineData("The Prime Minister of Velden is elected by the Velden Senate, not by the voters.")]
    public void A_present_passive_tells_how_things_are_done_and_is_no_event(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "election");
    }

    [Theory]
    [InlineData("Members of the Ostrel National Assembly were elected on Sunday.")]
    [InlineData("The Prime Minister of Velden has been elected by the Velden Senate.")]
    public void The_same_passive_in_the_past_or_perfect_is_one(string sentence)
    {
        Assert.Contains(Extract(sentence).Events, e => e.Kind == "election");
    }

    [Theory]
    [InlineData("Air pollution in Ostrel causes some 40,000 deaths annually, the Velden Institute said on Friday.", "death")]
    [InlineData("Norland has one of the worst road records, with 7.4 deaths for every 100,000 residents each year.", "death")]
    [InlineData("The Velden clinic treats patients from the camps, where there are frequent cholera outbreaks.", "outbreak")]
    [InlineData("In the Ostrel study, men in the northern valleys had nine premature deaths per 1,000 residents.", "death")]
    public void A_counted_rate_or_a_frequent_occurrence_is_no_event(string sentence, string kind)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == kind);
    }

    [Theory]
    [InlineData("The Velden Institute reported 40 deaths in Ostrel on Friday.", "death")]
    [InlineData("A cholera outbreak was declared in Ostrel on Friday.", "outbreak")]
    public void A_count_of_occurrences_without_a_rate_is_one(string sentence, string kind)
    {
        Assert.Contains(Extract(sentence).Events, e => e.Kind == kind);
    }

    [Theory]
    [InlineData("Hunters left the valley, and the deer, whose population then exploded, stripped the Velden forests.")]
    [InlineData("Demand for bicycles in Ostrel exploded in 2020.")]
    [InlineData("Norland saw a population explosion in its northern towns.")]
    public void An_amount_that_explodes_grows_and_blows_nothing_up(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "explosion");
    }

    [Fact]
    public void A_thing_that_explodes_is_an_explosion()
    {
        Assert.Contains(Extract("A gas tank exploded in Velden on Friday, and the number of injured rose to nine.").Events, e => e.Kind == "explosion");
    }
}
