using System;
using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Investigators the text does not name ("police are investigating the blaze") in a sentence that names no party: an
/// investigation (CAMEO 090) with no party, as the gold keeps an unnamed actor's act (event-phrases.tsv,
/// UnnamedParties.HasUnnamedPeopleSubject). Invented sentences.
/// </summary>
public sealed class EventUnnamedInvestigatorTests
{
    private static string Investigations(string paragraphs) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Cameo.StartsWith("09", StringComparison.Ordinal))
            .Select(e => e.Kind + ": " + string.Join(", ", e.Participants.ToArray())));

    [Theory]
    [InlineData("Police are investigating the cause of the blaze at a depot near the harbour.")]
    [InlineData("According to early reports, detectives have been investigating the disappearance of a fisherman.")]
    [InlineData("As of Friday, authorities were investigating whether the old bridge had been inspected.")]
    public void Unnamed_investigators_at_work_tell_an_investigation_with_no_party(string paragraphs) =>
        Assert.Equal("investigation: ", Investigations(paragraphs));

    [Theory]
    // A name in the sentence would be taken for a party; a modal or a negation tells none; a thing investigates nothing.
    [InlineData("Police were investigating the blaze, according to Mayor Ana Ruiz.")]
    [InlineData("Police would be investigating the allegations at a later stage.")]
    [InlineData("Police are not investigating the matter any further.")]
    [InlineData("The new scanners are investigating every parcel that arrives at the depot.")]
    public void Unnamed_investigators_not_at_work_or_beside_a_name_tell_none(string paragraphs) =>
        Assert.Equal(string.Empty, Investigations(paragraphs));
}
