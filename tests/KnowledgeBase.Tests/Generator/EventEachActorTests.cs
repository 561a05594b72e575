using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Subjects joined by "and" (titled or not) that "each" act, or act "respectively": one act per subject, each with the act's
/// other parties; "each other" is one act.
/// </summary>
public sealed class EventEachActorTests
{
    [Theory]
    [InlineData("Ilse Varga and Oren Tamsk each sent their condolences to Pavel Dronn.", "018", "Ilse Varga", "Oren Tamsk", "Pavel Dronn")]
    [InlineData("Ilse Varga and Oren Tamsk have each criticized Pavel Dronn over the harbour tax.", "111", "Ilse Varga", "Oren Tamsk", "Pavel Dronn")]
    [InlineData("Mayor Ilse Varga and Senator Oren Tamsk each sent their condolences to Pavel Dronn.", "018", "Ilse Varga", "Oren Tamsk", "Pavel Dronn")]
    public void Joined_subjects_that_each_act_are_one_act_per_subject(string sentence, string cameo, string first, string second, string other)
    {
        var acts = RuleArticle.Extract(sentence).Events.Where(e => e.Cameo == cameo).ToList();
        Assert.Equal(2, acts.Count);
        Assert.Contains(acts, e => e.Participants.SequenceEqual(new[] { first, other }));
        Assert.Contains(acts, e => e.Participants.SequenceEqual(new[] { second, other }));
    }

    [Fact]
    public void Joined_subjects_of_an_act_told_respectively_act_one_each()
    {
        var wins = RuleArticle.Extract("On Tuesday, Senator Ilse Varga and Governor Oren Tamsk won the Arlon and Brenn primaries respectively.").Events
            .Where(e => e.Kind == "primary").ToList();
        Assert.Equal(2, wins.Count);
        Assert.Contains(wins, e => e.Participants.SequenceEqual(new[] { "Ilse Varga" }));
        Assert.Contains(wins, e => e.Participants.SequenceEqual(new[] { "Oren Tamsk" }));
    }

    [Fact]
    public void Joined_subjects_without_each_are_one_act()
    {
        var act = Assert.Single(RuleArticle.Extract("Ilse Varga and Oren Tamsk sent their condolences to Pavel Dronn.").Events, e => e.Cameo == "018");
        Assert.Equal(new[] { "Ilse Varga", "Oren Tamsk", "Pavel Dronn" }, act.Participants.ToArray());
    }
}
