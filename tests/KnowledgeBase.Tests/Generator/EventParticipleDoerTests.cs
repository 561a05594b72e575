using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An -ing form with no subject of its own: one that opens the sentence after "after", "before", "since" ... is the main
/// clause subject's act (EventRoles.FrontedGerundDoer), so is one of leaving a post after a comma (EventRoles.ParticipleOwner);
/// "newly elected" before a title describes the person whatever stands before it (TriggerSenses.IsAttributiveParticiple).
/// Invented sentences.
/// </summary>
public sealed class EventParticipleDoerTests
{
    private static string Parties(string paragraphs, string kind) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == kind)
            .Select(e => string.Join(", ", e.Participants.ToArray().OrderBy(p => p, System.StringComparer.Ordinal))));

    [Theory]
    // The opening phrase's -ing form is done by the subject after its comma.
    [InlineData("After stepping down as chair of Ostrel Bank in 2016, Tomas Brandt founded a small charity in Velden.", "resignation", "Ostrel Bank, Tomas Brandt")]
    [InlineData("Before resigning from the board of Norvale Mining, Piet Haas sold all of his shares.", "resignation", "Norvale Mining, Piet Haas")]
    // A participle of leaving a post after a comma has the main clause's subject.
    [InlineData("Mara Vell left the Ostrel Party in 2018, resigning in protest over its merger with the Greens.", "resignation", "Mara Vell")]
    [InlineData("Dario Vell joined the Velden Party in 1990, stepping down as its leader in 2012.", "resignation", "Dario Vell")]
    public void The_participle_has_the_main_clause_subject(string sentence, string kind, string parties) =>
        Assert.Equal(parties, Parties(sentence, kind));

    // "newly elected President X" after "and": X is described, nobody is elected.
    [Fact]
    public void Newly_elected_after_and_describes_the_person() =>
        Assert.Empty(Parties("The Ostrel Senate released notes of talks between Karel Brandt and then-newly elected President Lena Moor in late May.", "election"));
}
