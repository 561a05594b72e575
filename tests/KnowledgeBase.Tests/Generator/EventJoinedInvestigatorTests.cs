using System;
using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Bodies joined by "and" that each investigate ("the Velden Safety Board and the Norvale Aviation Office began investigations"):
/// one investigation (CAMEO 090) per body, each with what is investigated, as the gold keeps them (JoinedInvestigators).
/// Invented sentences.
/// </summary>
public sealed class EventJoinedInvestigatorTests
{
    private static string Investigations(string paragraphs) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Cameo.StartsWith("09", StringComparison.Ordinal))
            .Select(e => string.Join(", ", e.Participants.ToArray())).OrderBy(p => p, StringComparer.Ordinal));

    [Theory]
    [InlineData("The Velden Safety Board and the Norvale Aviation Office began investigations of the crash on Monday.",
        "Norvale Aviation Office / Velden Safety Board")]
    [InlineData("The Velden Safety Board (VSB) and the Norvale Aviation Office (NAO) began investigations of the crash on Monday.",
        "Norvale Aviation Office / Velden Safety Board")]
    [InlineData("Ostrel Shipping was investigated by the Velden Police and the Norvale Customs Office in 2018.",
        "Norvale Customs Office, Ostrel Shipping / Velden Police, Ostrel Shipping")]
    public void Bodies_joined_by_and_that_investigate_are_one_investigation_each(string paragraphs, string expected) =>
        Assert.Equal(expected, Investigations(paragraphs));

    [Theory]
    // A joint investigation is one; so is one body's investigation of two.
    [InlineData("The Velden Police and the Norvale Customs Office jointly investigated Ostrel Shipping in 2018.",
        "Velden Police, Norvale Customs Office, Ostrel Shipping")]
    [InlineData("The Velden Police investigated the Norvale Customs Office and the Brenn Port Authority in 2018.",
        "Velden Police, Norvale Customs Office, Brenn Port Authority")]
    public void A_joint_investigation_or_one_body_investigating_two_stays_one(string paragraphs, string expected) =>
        Assert.Equal(expected, Investigations(paragraphs));
}
