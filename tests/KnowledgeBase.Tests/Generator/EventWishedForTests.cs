using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An act that is the object of a verb of wanting or preferring, or of "have" or "hold" in its infinitive, is only wished
/// for and no event (TriggerFinder.IsWishedFor, event-words.tsv wishing-verb); "wanted for" a crime keeps the crime. Invented sentences.
/// </summary>
public sealed class EventWishedForTests
{
    private static string[] Kinds(string paragraphs) =>
        RuleArticle.Extract(paragraphs).Events.Select(e => e.Kind).ToArray();

    [Theory]
    [InlineData("Some Lindstad councillors wanted a censure vote; the rest preferred an investigation from the Velden Audit Office.", "investigation")]
    [InlineData("Many voters in Ostrel would like to have another referendum on the harbour bridge, Ana Ruiz told the Velden Courier.", "referendum")]
    [InlineData("The fishermen of Norhavn said they want an immediate investigation into the sinking of the trawler.", "investigation")]
    [InlineData("Residents of Norhavn would like to sign a petition and have another referendum on the ferry line.", "referendum")]
    public void An_act_only_wanted_is_no_event(string sentence, string kind) =>
        Assert.DoesNotContain(kind, Kinds(sentence));

    [Theory]
    [InlineData("The Velden Audit Office opened an investigation into the harbour contract on Monday.", "investigation")]
    [InlineData("Iceland held a referendum on the new fishing law on Sunday.", "referendum")]
    [InlineData("Police in Lindstad arrested Dario Vell, who was wanted for the killing of a shopkeeper in March.", "killing")]
    public void An_act_done_stays_an_event(string sentence, string kind) =>
        Assert.Contains(kind, Kinds(sentence));
}
