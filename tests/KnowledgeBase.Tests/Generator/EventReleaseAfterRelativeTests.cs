using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A passive "was released" whose person stands before a relative clause set off by commas ("X, who was arrested on
/// Monday for fraud, was released on Friday") frees that person (TriggerSenses.SubjectBeforeRelative). Invented sentences.
/// </summary>
public sealed class EventReleaseAfterRelativeTests
{
    private static string Parties(string paragraphs, string kind) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == kind)
            .Select(e => string.Join(", ", e.Participants.ToArray().OrderBy(p => p, System.StringComparer.Ordinal))));

    [Theory]
    [InlineData("Marta Vell, who was arrested on Monday for fraud in Ostrel, was released on bail on Friday.", "Marta Vell")]
    [InlineData("Dario Kessel, who had been held at a camp near Velmar since June, was freed on Tuesday.", "Dario Kessel")]
    public void Person_before_the_relative_clause_is_released(string sentence, string freed) =>
        Assert.Equal(freed, Parties(sentence, "release"));

    [Theory]
    [InlineData("The new album, which was recorded in Ostrel over two winters, was released on Friday.")]
    public void A_thing_before_the_clause_is_no_release(string sentence) =>
        Assert.Empty(Parties(sentence, "release"));
}
