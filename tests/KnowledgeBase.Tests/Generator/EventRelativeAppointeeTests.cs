using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An appointment told in a relative clause that describes a person has that person for the one appointed, after who appoints
/// (RelativeAppointees). Invented sentences.
/// </summary>
public sealed class EventRelativeAppointeeTests
{
    private static string Parties(string paragraphs) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == "appointment").Select(e => string.Join(", ", e.Participants.ToArray())));

    [Theory]
    // "whom" and a noun phrase before the appointer.
    [InlineData("Louis Orban, a banker whom President Ana Ruiz appointed to the post in 2017, resigned on Monday.", "Ana Ruiz, Louis Orban")]
    // No "whom": the noun phrase alone opens the clause.
    [InlineData("Louis Orban, a banker President Ana Ruiz appointed to the post in 2017, resigned on Monday.", "Ana Ruiz, Louis Orban")]
    // "whom" right after the comma.
    [InlineData("Louis Orban, whom President Ana Ruiz nominated to the court in 2017, resigned on Monday.", "Ana Ruiz, Louis Orban")]
    public void The_person_the_clause_describes_is_appointed(string sentence, string parties) =>
        Assert.Equal(parties, Parties(sentence));

    // An object of its own after the verb: the person described is not the one appointed.
    [Fact]
    public void A_named_object_is_the_one_appointed() =>
        Assert.Equal("Ana Ruiz, Karel Brandt", Parties("Louis Orban, whom Tomas Vell praised after Ana Ruiz appointed Karel Brandt, resigned on Monday."));
}
