using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Acts of people the article does not name ("a gunman", "police", "thousands of people", "two soldiers"): the act is an event
/// with its parties left out, as the field codes an unnamed perpetrator. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class UnnamedPartyTests
{
    private static EventModel[] Events(string sentence) => RuleArticle.Extract(sentence).Events.ToArray();

    [Theory]
    [InlineData("A gunman shot dead two people at a school in Velden on Tuesday.", "19", 20190723)]
    [InlineData("Thousands of people protested in Velden on Saturday against the new tax.", "14", 20190727)]
    [InlineData("Two soldiers were killed in an ambush near Velden on Monday.", "1", 20190722)]
    [InlineData("Police arrested a 40-year-old man on Friday.", "173", 20190726)]
    [InlineData("At least 35 people were detained in Velden on Friday.", "173", 20190726)]
    [InlineData("More than 40 people have been arrested in Velden since Friday.", "173", 0)]
    [InlineData("Protests erupted in Velden on Monday after the vote.", "14", 20190722)]
    [InlineData("A shooting took place at a school in Velden on Tuesday.", "19", 20190723)]
    [InlineData("The police said the suspect shot two officers on Friday.", "19", 20190726)]
    [InlineData("Several of the forum's members were convicted of fraud in Velden on Friday.", "116", 20190726)] // whoever is convicted is people
    public void An_act_of_unnamed_people_is_an_event_without_parties(string sentence, string codePrefix, int date)
    {
        var act = Assert.Single(Events(sentence), e => e.Cameo.StartsWith(codePrefix, System.StringComparison.Ordinal));
        Assert.Empty(act.Participants.ToArray());
        if (date != 0) Assert.Equal(date, act.Date);
    }

    [Theory]
    [InlineData("The blast killed twelve people on Monday.")] // an act already named, not unnamed people
    [InlineData("Four or more people are killed on these roads every year.")] // a generic present
    [InlineData("Protesters could march through Velden on Sunday.")] // possible, not told
    [InlineData("Police did not arrest anyone on Friday.")] // negated
    [InlineData("He shot two people on Monday.")] // a pronoun stands for someone named, whom it failed to find
    [InlineData("Five passengers were killed near Velden on Sunday when an Ostrel Air jet crashed.")] // the dead of an accident told after
    [InlineData("Anyone who was convicted of fraud is barred from office.")] // a relative clause describing, no act told
    [InlineData("The air in the hall was charged with tension on Friday.")] // a charge needs a people noun
    public void What_did_not_happen_or_is_told_of_someone_else_makes_no_unnamed_event(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Participants.ToArray().Length == 0 && e.Cameo != "000");
    }
    [Theory]
    [InlineData("Karel Brandt was stabbed on stage in Velden on Monday.", "1823")]
    [InlineData("The mayor of Velden, Karel Brandt, was shot on Monday.", "193")]
    [InlineData("Karel Brandt was murdered in Velden in October 2018.", "1823")]
    public void A_named_victim_of_an_unnamed_assailant_is_the_target_of_the_act(string sentence, string code)
    {
        var act = Assert.Single(Events(sentence), e => e.Cameo == code);
        Assert.Equal(new[] { "Karel Brandt" }, act.Participants.ToArray());
    }

    [Fact]
    public void What_killed_after_by_is_named_and_no_assailant_so_no_killing()
    {
        // "was killed by his dogs": an animal or a thing after "by" killed, nobody assaulted him.
        Assert.DoesNotContain(Events("Karel Brandt was killed by his dogs in Velden on Monday."), e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Who_owns_the_victim_noun_is_no_victim_and_who_is_named_after_a_legal_step_is_not_its_party()
    {
        // "a Karel Brandt supporter was shot": the supporter is shot, not Karel Brandt.
        Assert.DoesNotContain(Events("In Velden, a Karel Brandt supporter was shot on Monday."), e => e.Cameo == "193" && e.Participants.Contains("Karel Brandt"));
        // "a man was arrested after Karel Brandt was stabbed": the man is arrested, Karel Brandt was stabbed.
        var events = Events("A man has been arrested after Karel Brandt was stabbed in Velden on Monday.");
        Assert.DoesNotContain(events, e => e.Cameo == "173" && e.Participants.Contains("Karel Brandt"));
        Assert.Contains(events, e => e.Cameo == "1823" && e.Participants.Contains("Karel Brandt"));
    }
}
