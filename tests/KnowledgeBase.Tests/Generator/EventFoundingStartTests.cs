using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A named organization started, set up or created is founded (event-phrases.tsv, the rows after "formed"): the founder,
/// then the body. Invented sentences.
/// </summary>
public sealed class EventFoundingStartTests
{
    private static string Foundings(string paragraphs) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == "founding")
            .Select(e => string.Join(", ", e.Participants.ToArray())));

    [Theory]
    [InlineData("Lena Dorn started the Marden Food Bank in 2012 with two friends.", "Lena Dorn, Marden Food Bank")]
    [InlineData("Gregory Vance, who had started the Norvale Project, announced a new company.", "Gregory Vance, Norvale Project")]
    [InlineData("Ana Vell set up the Velden Heritage Trust in 2009.", "Ana Vell, Velden Heritage Trust")]
    [InlineData("Karel Brandt created the Ostrel Arts Foundation in 2001.", "Karel Brandt, Ostrel Arts Foundation")]
    public void A_named_body_begun_is_founded(string paragraphs, string foundings) =>
        Assert.Equal(foundings, Foundings(paragraphs));

    [Theory]
    // Work begun at a body, a match begun for a team, a body named after "by": nothing founded.
    [InlineData("Pavel Ruiz started at Velco Systems in 2004.")]
    [InlineData("Tomas Holt started the Marden Rovers' match on the bench.")]
    [InlineData("A fund set up by the Velden Council paid for the roof.")]
    public void A_body_not_begun_is_no_founding(string paragraphs) =>
        Assert.Equal("", Foundings(paragraphs));
}
