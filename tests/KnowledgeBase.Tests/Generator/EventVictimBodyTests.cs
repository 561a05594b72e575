using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// In an act of violence, the country or body a named victim serves (named in the victim's title or role) says who the victim
/// is; the victim is the target and the country or body takes no part. Invented sentences and names.
/// </summary>
public sealed class EventVictimBodyTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("On Monday, Chile's fisheries minister Tavio Renk was stabbed outside a bakery in Ostrelby.", "Tavio Renk", "Chile")]
    [InlineData("Karel Brandt was jailed for life over the 1991 assassination of Peru senator and party leader Ana Ruiz.", "Ana Ruiz", "Peru")]
    [InlineData("On Thursday, gunmen killed Mira Holt, head of Chile's Velden Guard, near her home in Ostrelby.", "Mira Holt", "Chile")]
    public void The_body_a_named_victim_serves_is_no_party(string sentence, string victim, string body) =>
        Assert.Contains(Extract(sentence).Events, e => IsViolent(e) && e.Participants.Contains(victim) && !e.Participants.Contains(body) && !e.Participants.Contains("Velden Guard"));

    private static bool IsViolent(EventModel e) => e.Cameo.StartsWith("18", System.StringComparison.Ordinal) || e.Cameo.StartsWith("19", System.StringComparison.Ordinal);

    [Fact]
    public void A_country_whose_forces_act_keeps_its_part() =>
        Assert.Contains(Extract("On Thursday, Chilean troops killed Mira Holt, a rebel commander, near Ostrelby.").Events,
            e => IsViolent(e) && e.Participants.Contains("Chile") && e.Participants.Contains("Mira Holt"));
}
