using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "newly elected" (also "then-newly elected") before a title describes the person whatever stands before it
/// (TriggerSenses.IsAttributiveParticiple): nobody is elected. Invented sentences.
/// </summary>
public sealed class EventNewlyElectedTests
{
    private static string Parties(string paragraphs, string kind) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == kind)
            .Select(e => string.Join(", ", e.Participants.ToArray().OrderBy(p => p, System.StringComparer.Ordinal))));

    [Theory]
    [InlineData("The Ostrel Senate released notes of talks between Karel Brandt and then-newly elected President Lena Moor in late May.")]
    [InlineData("Harbour workers met Dario Vell and newly elected Mayor Ines Talo at the pier on Tuesday.")]
    public void Newly_elected_after_and_describes_the_person(string sentence) =>
        Assert.Empty(Parties(sentence, "election"));
}
