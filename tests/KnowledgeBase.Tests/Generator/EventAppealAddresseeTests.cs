using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An appeal (CAMEO 02) told by its verb with an object before an infinitive's "to" is made to that object: the caller and the
/// addressee take part, not whoever the act asked for, a clause joined after or a clause before names. Invented sentences.
/// </summary>
public sealed class EventAppealAddresseeTests
{
    private static string[] AppealParties(string text) =>
        Assert.Single(RuleArticle.Extract(text).Events, e => e.Cameo.StartsWith("02", System.StringComparison.Ordinal)).Participants.ToArray();

    [Theory]
    [InlineData("Mayor Ana Ruiz called on Velden Radio to fire Jonas Ruhl on Monday.", new[] { "Ana Ruiz", "Velden Radio" })]
    [InlineData("Senator Karel Brandt urged the Ostrel Union on Monday to expel Tomas Vell.", new[] { "Karel Brandt", "Ostrel Union" })]
    [InlineData("Governor Mira Holt urged the harbour board to reconsider and met Tomas Vell about the ferries.", new[] { "Mira Holt" })]
    [InlineData("Dorin Maltsev predicted Governor Tomas Vell would lose and asked voters to support the Velden Party.", new[] { "Dorin Maltsev" })]
    public void The_object_before_to_is_the_only_addressee(string sentence, string[] expected) =>
        Assert.Equal(expected, AppealParties(sentence));

    [Fact]
    public void Callers_a_pronoun_stands_for_stay_and_a_party_of_the_act_asked_for_goes()
    {
        var parties = AppealParties("Karel Brandt met Mira Holt and Anja Kress in Velden on Monday. They called on Chile to reopen the port of Tarsk and to fine Ostrel Shipping.");
        Assert.Contains("Mira Holt", parties);
        Assert.Contains("Anja Kress", parties);
        Assert.Contains("Chile", parties);
        Assert.DoesNotContain("Ostrel Shipping", parties);
    }

    [Theory]
    [InlineData("Karel Brandt urged residents of Chile to return to Peru on Monday.", new[] { "Karel Brandt", "Chile" })]
    [InlineData("Karel Brandt called for the release of Tomas Vell on Monday.", new[] { "Karel Brandt", "Tomas Vell" })]
    public void An_addressee_named_inside_the_object_or_an_appeal_for_a_thing_keeps_its_party(string sentence, string[] expected) =>
        Assert.Equal(expected, AppealParties(sentence));

    [Theory]
    [InlineData("On Friday, police chief Karel Brandt wrote to the Ostrel Embassy in Velden asking to lift her immunity.", new[] { "Karel Brandt", "Ostrel Embassy in Velden" })]
    [InlineData("Mayor Ana Ruiz sent a letter to the Norland Ministry of Transport on Monday, asking to reopen the port.", new[] { "Ana Ruiz", "Norland Ministry of Transport" })]
    public void A_participle_appeal_after_a_letter_is_made_to_whom_it_was_sent(string sentence, string[] expected) =>
        Assert.Equal(expected, AppealParties(sentence));
}
