using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A named party criticized in the passive with no critic named: criticized "for" or "over" something, it is the target of
/// criticism (CAMEO 111) whoever voiced it; with no reason, under police questioning or condemned to a sentence it is none.
/// </summary>
public sealed class EventCriticizedTargetTests
{
    [Theory]
    [InlineData("Moderator Tomas Vell was criticized for his failure to keep order.", "Tomas Vell")]
    [InlineData("Ostrel Shipping was widely condemned over the oil spill near Velden.", "Ostrel Shipping")]
    [InlineData("Governor Anja Kress has been criticised for her handling of the floods.", "Anja Kress")]
    [InlineData("Karel Brandt, who was denounced for his remarks, resigned from the Velden council.", "Karel Brandt")]
    public void A_party_criticized_for_something_is_the_target_of_criticism(string sentence, string target)
    {
        var criticism = Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo == "111");
        Assert.Equal(new[] { target }, criticism.Participants.ToArray());
    }

    [Theory]
    [InlineData("The suspect, Anton Brel, was questioned over the theft of the paintings.")]
    [InlineData("Ana Ruiz was condemned to death by a military court in Velden.")]
    [InlineData("Tomas Vell was not criticized for his handling of the floods.")]
    [InlineData("Mira Holt was criticized.")]
    public void A_passive_without_a_reason_or_with_another_sense_is_no_criticism(string sentence)
    {
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Cameo == "111");
    }
}
