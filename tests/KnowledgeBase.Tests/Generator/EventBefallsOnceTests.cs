using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An act that befalls its undergoer once, told again in the same article: a person is killed once and a body founded once, so
/// a later telling of the killing of the same person, or of the founding of the same body, is the act told before, not a second
/// one. Invented sentences.
/// </summary>
public sealed class EventBefallsOnceTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs, "a.txt");

    [Fact]
    public void A_victim_killed_in_the_passive_after_the_murder_told_with_its_doer_is_one_killing()
    {
        var events = Extract("Tomas Brezny was sentenced on Monday for the murder of Anya Kovalenko.\n\nKovalenko was killed in her flat in Ostrel last May.").Events;
        var killing = Assert.Single(events, e => e.Cameo == "1823");
        Assert.Contains("Anya Kovalenko", killing.Participants);
    }

    [Fact]
    public void A_body_founded_told_again_alone_is_one_founding()
    {
        var events = Extract("Mira Holt founded the Velden Rowing Society in 1998.\n\nThe Velden Rowing Society was founded to train young rowers from the valley.").Events;
        Assert.Single(events, e => e.Kind == "founding");
    }

    [Fact]
    public void A_founder_named_in_a_later_telling_joins_the_founding_told_first_alone()
    {
        var events = Extract("Started in 1987, the Velden Chess Club meets every week in Ostrel.\n\nKarel Brandt, who had started the Velden Chess Club, opened a second club on Monday.").Events;
        var founding = Assert.Single(events, e => e.Kind == "founding");
        Assert.Equal(new[] { "Karel Brandt", "Velden Chess Club" }, founding.Participants.ToArray());
        Assert.Equal(19870000, founding.Date);
    }

    [Fact]
    public void A_doer_killing_another_person_is_a_second_killing()
    {
        var events = Extract("Karel Dune and Ivo Maren murdered Petra Olsen in Corvel.\n\nIvo Maren also murdered Jan Sorel.").Events;
        Assert.Equal(2, events.Count(e => e.Cameo == "1823"));
    }
}
