using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Who protests (CAMEO 14): the subject of the protest verb, the holder of the protest noun. A name outside the protest's own
/// clause is none of them: the main clause's parties across the relative clause that tells the protest, the one supported,
/// whom the act protested was done to, a name in what the protesters claim, and a country that only says where the protest went on
/// ("through the northern part of Chile", "in cities throughout Chile"); the protest then stays, by people unnamed.
/// Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventProtesterTests
{
    private static EventModel Protest(string sentence) =>
        Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo.StartsWith("14", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("Guests at the gala included the former governors Karl Enn, Mia Sood and Olaf Lind, and two sisters of Pia Rand, whose death in custody set off protests across Norland.")]
    [InlineData("A farmer from Ostrel, Jan Brek is accused of shooting two men who were taking part in demonstrations protesting the arrest of Tomas Vell.")]
    [InlineData("Other guests included the mayor Anna Kell and the poet Ruth Dahl, a former student who won damages from Velden Radio over a report on him during a 2017 tax march.")]
    [InlineData("Thousands of people rallied in Velden in support of Governor Karl Enn to protest the count of the ballots.")]
    [InlineData("Demonstrations against the fuel tax spread on Friday from Ostrel through the northern part of Chile.")]
    [InlineData("Protests went on in Velden, in northern Chile, on Friday.")]
    [InlineData("Teachers held rallies on Sunday in towns throughout Chile.")]
    public void Names_outside_the_protest_are_no_protesters(string sentence) =>
        Assert.Empty(Protest(sentence).Participants);

    [Theory]
    [InlineData("Ana Ruiz, who led protests against the harbour tax in 2017, was elected mayor of Velden on Friday.", "Ana Ruiz")]
    [InlineData("The Velden Dockers Union, which organized a protest against the harbour tax, said on Friday that the council had ignored it.", "Velden Dockers Union")]
    [InlineData("The Velden Front held a rally in support of Karl Enn on Friday.", "Velden Front")]
    [InlineData("Several groups claiming the count was rigged against Governor Karl Enn gathered on Saturday in Velden for a rally organized by the Velden Women Front.", "Velden Women Front")]
    public void The_one_who_protests_or_holds_the_protest_is_its_only_party(string sentence, string protester) =>
        Assert.Equal(new[] { protester }, Protest(sentence).Participants.ToArray());
}
