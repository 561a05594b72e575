using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Who takes part in an event and in which role: coordinated actors, the judges of an act who do not do it.
/// Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventParticipantRoleTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static EventModel Single(string text, string root) =>
        Assert.Single(Extract(text).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("The Velden Front and the Ostrel Brigade attacked Peru on Monday.", "19", new[] { "Velden Front", "Ostrel Brigade", "Peru" })]
    [InlineData("Karel Brandt and the Velden Party signed an agreement on Monday.", "05", new[] { "Karel Brandt", "Velden Party" })]
    [InlineData("Canada and the United Kingdom signed a trade agreement on Monday.", "05", new[] { "Canada", "United Kingdom" })]
    public void Actors_joined_by_and_the_act_together_first_first(string sentence, string root, string[] expected) =>
        Assert.Equal(expected, Single(sentence, root).Participants.ToArray());

    [Theory]
    [InlineData("An Ostrelian, Karel Brandt, signed the lease on Monday.", "Ostrelia")]
    [InlineData("In Chile, the Velden Party signed the lease on Monday.", "Chile")]
    public void A_comma_joins_no_names_of_two_kinds(string sentence, string named) =>
        Assert.DoesNotContain(named, Single(sentence, "05").Participants);

    [Theory]
    [InlineData("Canada and Chile condemned the attack on Peru.")]
    [InlineData("Canada and the United Kingdom condemned the attack on Peru.")]
    public void Every_judge_of_an_act_is_no_party_to_it(string sentence) =>
        Assert.Equal(new[] { "Peru" }, Single(sentence, "19").Participants.ToArray());
}
