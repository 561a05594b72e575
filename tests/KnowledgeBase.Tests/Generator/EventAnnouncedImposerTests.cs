using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A ban told in the passive without "by", in a clause an organization or a country announces, was imposed by that body
/// (EventRoles.AnnouncingImposer); "was banned by" a company names who banned (event-phrases.tsv). Invented sentences;
/// the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventAnnouncedImposerTests
{
    private static string Bans(string paragraphs) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == "ban")
            .Select(e => e.Cameo + ": " + string.Join(", ", e.Participants.ToArray()))
            .OrderBy(s => s, System.StringComparer.Ordinal));

    [Theory]
    [InlineData("On Friday the Velden Rowing Federation announced that Anja Kress had been banned from the national team.", "172: Velden Rowing Federation, Anja Kress")]
    [InlineData("The Ostrel Cycling Union said on Tuesday that Tomas Vell had been banned for two years after a failed doping test.", "172: Ostrel Cycling Union, Tomas Vell")]
    // The body heads the speaker's title.
    [InlineData("The Velden Chess Federation president announced Marta Dorn was now banned from the women's team.", "172: Velden Chess Federation, Marta Dorn")]
    // A company's "by": who banned, so the word's own code, not an embargo on the company.
    [InlineData("Tomas Vell was banned by the Ostrel Football Association for six matches on Friday.", "172: Ostrel Football Association, Tomas Vell")]
    public void The_announcing_body_imposed_the_ban(string paragraphs, string bans) =>
        Assert.Equal(bans, Bans(paragraphs));

    [Theory]
    // A person who says it only tells the news.
    [InlineData("Anja Kress said her brother Tomas Kress was banned from the national team.")]
    // Reported by a belief, not announced.
    [InlineData("The Velden Rowing Federation believes Tomas Kress was banned from the team by mistake.")]
    public void No_imposer_when_no_body_announces(string paragraphs) =>
        Assert.Equal("", Bans(paragraphs));
}
