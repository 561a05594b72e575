using System;
using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "They arrested three people": an arrest (CAMEO 173) told in the active with "they" for subject, which the article resolves
/// to no party, was made by authorities it does not name; the gold keeps it with no party (UnnamedParties.ArrestByUnresolvedThey).
/// Invented sentences.
/// </summary>
public sealed class EventUnnamedArresterTests
{
    private static string Arrests(string paragraphs) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Cameo.StartsWith("173", StringComparison.Ordinal))
            .Select(e => e.Kind + ": " + string.Join(", ", e.Participants.ToArray()) + " " + e.Date));

    [Theory]
    [InlineData("They arrested three people for trespassing near the old quarry.", "arrest:  0")]
    [InlineData("Sheriff Tomas Vell told reporters they arrested two anglers for fishing without a licence.", "arrest:  0")]
    [InlineData("On Saturday they arrested a local baker accused of burglary.", "arrest:  20190727")]
    public void An_arrest_by_an_unresolved_they_has_no_party(string paragraphs, string expected) =>
        Assert.Equal(expected, Arrests(paragraphs));

    [Theory]
    // "they" arrested, not arresting; a modal or a negation tells no arrest; violence by "they" is not an arrest.
    [InlineData("They were arrested near the old quarry on Monday.")]
    [InlineData("They could arrest him if he returns to Velden.")]
    [InlineData("They did not arrest anyone at the quarry.")]
    [InlineData("They attacked the convoy near the old quarry on Monday.")]
    public void Other_acts_of_they_tell_no_arrest(string paragraphs) =>
        Assert.Equal(string.Empty, Arrests(paragraphs));

    [Fact]
    public void A_they_the_article_resolves_keeps_its_party() =>
        Assert.Equal("arrest: Velden Police 0", Arrests("Velden Police stated that they arrested a fisherman near the old quarry."));
}
