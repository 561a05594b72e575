using System.Linq;
using Xunit;
using KnowledgeBase.Tests.Helpers;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Appeals, demands, criticism and rejections told by their cue (CAMEO 02, 10, 11, 12), with whoever says them as the source and
/// whom they are aimed at as the target, on invented sentences; the dateline is Sunday, July 28, 2019. The rows of
/// event-phrases.tsv and event-verbs.tsv run their own examples in EventRuleTests; these are the cases around them.
/// </summary>
public sealed class SpeechActEventTests
{
    private static string[] Parties(string sentence, string root) =>
        Assert.Single(RuleArticle.Extract(sentence).Events, e => e.Cameo.StartsWith(root)).Participants.ToArray();

    [Fact]
    public void Whoever_calls_for_something_is_the_subject_named_in_apposition()
    {
        Assert.Equal(new[] { "Mira Holt" }, Parties("The prime minister, Mira Holt, called for a full investigation.", "02"));
    }

    [Theory]
    // A participle after the act it goes with has that act's subject, not the nearest name (a relative in apposition, the platform).
    [InlineData("On Friday, Karel Brandt, brother of the late singer Tomas Vell, spoke outside the Velden courthouse, calling for a new trial.", "02", "Karel Brandt", "Tomas Vell")]
    [InlineData("UK Trade Secretary Mira Holt shared a statement on Facebook blaming Ostrel Shipping for the oil spill.", "11", "Mira Holt", "Ostrel Shipping")]
    public void A_participle_of_words_said_is_the_act_of_the_subject_of_the_clause_before_it(string sentence, string root, string source, string target)
    {
        Assert.Equal(new[] { source, target }, Parties(sentence, root));
    }

    [Theory]
    // A demand or an appeal for an act the noun names is the demand, not the act: the act is only asked for.
    [InlineData("Canada demanded the release of Karel Brandt on Monday.", "10", "Canada", "Karel Brandt")]
    [InlineData("Mayor Ana Ruiz urged the resignation of Tomas Vell on Monday.", "02", "Ana Ruiz", "Tomas Vell")]
    public void A_demand_for_an_act_the_noun_names_is_the_demand(string sentence, string root, string source, string target)
    {
        Assert.Equal(new[] { source, target }, Parties(sentence, root));
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Cameo == "0841" || e.Cameo == "0831");
    }

    [Theory]
    // What is sought or encouraged is only asked for: no release, no investigation happened.
    [InlineData("Canada sought the release of Karel Brandt on Monday.", "0841")]
    [InlineData("Mira Holt tried to encourage investigations into Karel Brandt in 2019.", "090")]
    public void An_act_sought_or_encouraged_has_not_happened(string sentence, string code)
    {
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Cameo == code);
    }

    [Fact]
    public void The_platform_words_are_posted_on_is_no_party_to_them()
    {
        var accusation = Assert.Single(RuleArticle.Extract("Mayor Ana Ruiz replied to Tomas Vell on Instagram, accusing him of cheating the voters.").Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "Ana Ruiz", "Tomas Vell" }, accusation.Participants.ToArray());
    }

    [Theory]
    [InlineData("\"I would urge every resident to lock their doors tonight,\" said Sergeant Karel Brandt.", "02", "Karel Brandt")]
    [InlineData("Mira Holt said: \"We condemn this attack. We urge calm.\"", "11", "Mira Holt")]
    public void An_act_said_in_the_first_person_inside_a_quote_is_the_speakers(string sentence, string root, string speaker)
    {
        Assert.Equal(speaker, Parties(sentence, root)[0]);
    }

    [Theory]
    // Others urged, or an appeal told in the past, are reported, not performed by the speaker's words.
    [InlineData("\"They urge us to leave,\" said Tomas Vell.")]
    [InlineData("\"We urged them to leave,\" said Tomas Vell.")]
    [InlineData("The forecast called for heavy snow in the hills.")]
    [InlineData("Karel Brandt appealed to the Supreme Court of Norland to overturn the verdict.")]
    public void Words_that_perform_no_appeal_make_none(string sentence)
    {
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Cameo.StartsWith("02"));
    }

    [Fact]
    public void Rejecting_a_proposal_is_a_rejection_of_its_own()
    {
        Assert.Equal(new[] { "Velden Party", "Ostrel Union" }, Parties("The Velden Party rejected the proposal of the Ostrel Union on Monday.", "12"));
    }

    [Fact]
    public void A_participle_that_tells_the_same_act_again_is_one_occasion()
    {
        // "criticized ..., accusing him of": one criticism (root 11), not a criticism and an accusation.
        var events = RuleArticle.Extract("Mira Holt criticized the decision of Tomas Vell, accusing him of cowardice.").Events;
        Assert.Single(events, e => e.Cameo.StartsWith("11"));
    }

    [Fact]
    public void A_participle_that_blames_no_one_named_accuses_no_one()
    {
        Assert.DoesNotContain(RuleArticle.Extract("Mira Holt apologized on Monday, blaming bad weather for the delay.").Events, e => e.Cameo == "112");
    }

    [Theory]
    // What someone is warned against has not happened: the warning is words, not the act it names.
    [InlineData("President Karel Brandt warned Norland against any attack on Ostrel.")]
    [InlineData("The Ostrel Ministry of Defence cautioned against a military offensive in Velden on Monday.")]
    [InlineData("Mayor Ana Ruiz issued a warning against an invasion of the island.")]
    public void An_act_warned_against_is_no_event(string sentence)
    {
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Cameo.StartsWith("19") || e.Cameo.StartsWith("18") || e.Cameo.StartsWith("20"));
    }

    [Theory]
    // Whoever tells a reporter, with "that" after the addressee or a time, is the source of the report, no party to the act reported.
    [InlineData("Ana Ruiz told the Velden Post that the Ostrel Front killed six soldiers.", "Ostrel Front")]
    [InlineData("Mayor Ana Ruiz said on Monday that the Ostrel Front attacked the Velden garrison.", "Ostrel Front")]
    public void Whoever_tells_of_violence_takes_no_part_in_it(string sentence, string actor)
    {
        Assert.Equal(new[] { actor }, Parties(sentence, "19"));
    }

    [Theory]
    // "accused of" with no one between is a participle describing a suspect, not an accusation by the clause's subject.
    [InlineData("Norland plans to send back anyone accused of fraud to Velden.")]
    [InlineData("The Spanish government would be able to detain anyone accused of treason.")]
    [InlineData("Judge Mira Holt told the accused to stay in the courtroom.")]
    public void A_suspect_described_as_accused_makes_no_accusation(string sentence)
    {
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Cameo.StartsWith("112"));
    }

    [Theory]
    // A principal's statement whose words are its own act of a clearer type is that act, with the speaker as its actor, and no statement besides.
    [InlineData("The Norwegian government stated on Tuesday that it rejected the plan of Sweden.", "12", "Government of Norway")]
    [InlineData("President Mira Holt of Norway said in a statement on Tuesday that she apologised to Sweden for the remarks.", "05", "Mira Holt")]
    [InlineData("Prime Minister Karel Brandt of Norway said in a statement on Tuesday that he rejected the demands of Sweden.", "12", "Karel Brandt")]
    [InlineData("In March 2016, the Velden Rowing Federation announced two rowers, Ana Ruiz and her sister Mira Ruiz, were banned from the national team.", "17", "Velden Rowing Federation")]
    public void A_statement_of_a_clearer_type_takes_that_code(string sentence, string root, string speaker)
    {
        Assert.Equal(speaker, Parties(sentence, root)[0]);
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Events, e => e.Cameo == "010");
    }

    [Theory]
    // What is only threatened has not happened: the threat is the act.
    [InlineData("Canada threatened sanctions against Norway on Tuesday.")]
    [InlineData("Norway threatened to impose sanctions on Canada on Tuesday.")]
    [InlineData("Canada threatened new sanctions against Norway on Monday.")]
    public void An_act_threatened_is_no_event_but_the_threat(string sentence)
    {
        var events = RuleArticle.Extract(sentence).Events;
        Assert.Single(events, e => e.Cameo.StartsWith("13"));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("16"));
    }

    [Fact]
    public void An_act_denied_with_a_time_before_that_is_the_denial_only()
    {
        // "denied on Tuesday that he had met": the meeting denied did not happen; the denial is the event.
        var events = RuleArticle.Extract("Karel Brandt denied on Tuesday that he had met Mira Holt.").Events;
        Assert.Single(events, e => e.Cameo == "016");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("04"));
    }
}
