using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// The parties of two-party acts in constructions that name a third: a group's sponsor, a name inside a relative clause
/// inside an appositive, the owner of a reported subject, an envoy's host country. Invented sentences; the dateline is
/// Sunday, July 28, 2019.
/// </summary>
public sealed class EventPartyConstructionTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    public static System.Collections.Generic.IEnumerable<object[]> SponsorRows() =>
        KnowledgeBase.Generators.Extraction.Events.EventRoles.SponsorPhrases.Select(r => new object[] { r.Example, r.Kind, r.Parties });

    // Whom a group is loyal to or backed by stands behind the doers: it neither acts nor is attacked.
    [Theory]
    [MemberData(nameof(SponsorRows))]
    [InlineData("Chile attacked rebels backed by Canada on Tuesday.", "attack", new[] { "Chile" })]
    [InlineData("The rebels, backed by Canada, attacked Peru on Tuesday.", "attack", new[] { "Peru" })]
    public void The_sponsor_of_a_group_takes_no_part_in_its_act(string sentence, string kind, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    // A name in a set-off relative clause is no party of the verb after it, also when it stands in a restrictive relative
    // clause or a phrase inside the set-off one.
    [Theory]
    [InlineData("The minister, who met the envoy that Norway sent, condemned Chile on Monday.")]
    [InlineData("The minister, who met the envoy whom Norway sent, condemned Chile on Monday.")]
    [InlineData("The minister, who met the envoy of Norway, condemned Chile on Monday.")]
    public void A_name_inside_an_appositive_relative_clause_is_no_party_after_it(string sentence) =>
        Assert.Equal(new[] { "Chile" }, Assert.Single(Extract(sentence).Events, e => e.Kind == "criticism").Participants.ToArray());

    // A comma that opens another relative clause closes none: the act in it is the name's.
    [Fact]
    public void A_relative_clause_inside_another_keeps_the_name_it_follows() =>
        Assert.Contains("Tomas Vell", Assert.Single(Extract("Mira Holt, who advised Tomas Vell, who was arrested on Monday, resigned.").Events, e => e.Kind == "arrest").Participants);

    // The act of a set-off relative clause is the noun's it describes: a name of the clause it hangs on, told before that
    // noun with a verb between, takes no part in it.
    [Theory]
    [InlineData("Mira Holt is the sister of former mayor Tomas Vell, who was arrested in 2011.")]
    [InlineData("Mira Holt said Tomas Vell, who was arrested in 2017, had been freed.")]
    [InlineData("Mira Holt praised Tomas Vell, who was arrested in 2017 and freed in 2018.")]
    public void A_name_before_a_relative_clause_is_no_party_in_it(string sentence) =>
        Assert.Equal(new[] { "Tomas Vell" }, Assert.Single(Extract(sentence).Events, e => e.Kind == "arrest").Participants.ToArray());

    // A name owning the noun the clause describes has no verb between and keeps its part; a verb past the clause's closing
    // comma is the main clause's, whose subject does it.
    [Theory]
    [InlineData("Chile's army, which attacked Peru in 2014, withdrew on Monday.", "attack", "Chile")]
    [InlineData("Mira Holt spoke of her son Tomas Vell, who was detained in June, and promised to hold a new vote.", "pledge", "Mira Holt")]
    public void A_name_the_relative_clause_leans_on_keeps_its_part(string sentence, string kind, string party) =>
        Assert.Contains(party, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants);

    // "its" or "their" owning the subject of a reported clause stands for the one reporting, as "it" would.
    [Theory]
    [InlineData("Chile said on Monday that its soldiers had killed three fighters from Peru.", "attack", new[] { "Chile", "Peru" })]
    [InlineData("Chile said its troops had attacked Peru on Monday.", "attack", new[] { "Chile", "Peru" })]
    public void The_owner_of_a_reported_subject_is_the_one_reporting(string sentence, string kind, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    // The country an envoy is accredited to is the other party of the recall, as the one recalled from is.
    [Theory]
    [InlineData("Canada recalled its ambassador to Norway on Monday.", new[] { "Canada", "Norway" })]
    [InlineData("Austria has recalled its envoy to Peru over the dispute.", new[] { "Austria", "Peru" })]
    public void The_country_an_envoy_is_recalled_from_by_to_takes_part(string sentence, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Cameo == "161").Participants.ToArray());

    public static System.Collections.Generic.IEnumerable<object[]> CountryForceRows() =>
        KnowledgeBase.Generators.Extraction.Events.EventRoles.CountryForces.Select(r => new object[] { r.Example, r.Kind, r.Parties });

    // A state's force told by a bare noun and its country after a preposition is that country acting, as "Chilean police";
    // a name before the noun or a preposition before the phrase keeps the country a place.
    [Theory]
    [MemberData(nameof(CountryForceRows))]
    [InlineData("On Monday, the police in Chile arrested two men.", "arrest", new[] { "Chile" })]
    [InlineData("Canadian police in Peru arrested two men on Monday.", "arrest", new[] { "Canada" })]
    public void A_force_with_its_country_after_a_preposition_is_the_country(string sentence, string kind, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    public static System.Collections.Generic.IEnumerable<object[]> MeasureTargetRows() =>
        KnowledgeBase.Generators.Extraction.Events.EventRoles.MeasureTargets.Select(r => new object[] { r.Example, r.Kind, r.Parties });

    // A measure aimed at a state's banks, ships or goods told by its demonym is aimed at the state; before people the
    // demonym describes them and names no party.
    [Theory]
    [MemberData(nameof(MeasureTargetRows))]
    [InlineData("Norway imposed an embargo against Peruvian oil on Monday.", "sanction", new[] { "Norway", "Peru" })]
    [InlineData("Canada seized two Chilean fishermen on Monday.", "seizure", new[] { "Canada" })]
    public void The_state_a_measure_is_aimed_at_through_its_demonym_is_the_target(string sentence, string kind, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    // "Canadian sanctions", "United States sanctions": the state named right before a measure's noun takes it, also when
    // the clause is passive or reported by another.
    [Theory]
    [InlineData("New Canadian sanctions on Velland Air took effect on Monday.", new[] { "Canada", "Velland Air" })]
    [InlineData("United States sanctions against Velland Air were imposed in 2018.", new[] { "United States", "Velland Air" })]
    [InlineData("Norway said Canadian sanctions on Velland Air were unfair.", new[] { "Canada", "Velland Air" })]
    // Borne by the clause subject ("under", "the subject of"), the measure is in force.
    [InlineData("Since 2014 Velland Air has been the subject of Japanese sanctions.", new[] { "Japan", "Velland Air" })]
    [InlineData("Velland Air, which has been under Canadian sanctions since 2016, closed its offices.", new[] { "Canada", "Velland Air" })]
    public void The_state_named_before_a_measure_takes_it(string sentence, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == "sanction").Participants.ToArray());

    public static System.Collections.Generic.IEnumerable<object[]> SuspectedActRows() =>
        KnowledgeBase.Generators.Extraction.Events.SuspectedActs.Rows.Select(r => new object[] { r.Example, r.Kind, r.Subject });

    // An act unnamed people are said to have had a hand in ("nine men thought to be involved in the killing") is
    // theirs, not the act of the clause subject that pursues them.
    [Theory]
    [MemberData(nameof(SuspectedActRows))]
    [InlineData("Norway arrested a suspect in the stabbing of Tomas Vell on Monday.", "stabbing", "Norway")]
    [InlineData("Chile said on Monday it had arrested 12 people suspected of involvement in the bombing of the Velden embassy.", "bombing", "Chile")]
    public void The_subject_pursuing_those_with_a_hand_in_an_act_takes_no_part_in_it(string sentence, string kind, string subject) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == kind && e.Participants.Contains(subject));

    // Named as the one involved, as denying it, or as the suspect, the subject stays the act's doer.
    [Theory]
    [InlineData("Tomas Vell, the suspect in the bombing of the Velden embassy, was released on Monday.", "Tomas Vell")]
    [InlineData("Chile was involved in the bombing of the Velden embassy, Peru said on Monday.", "Chile")]
    [InlineData("Chile denied involvement in the bombing of the Velden embassy on Monday.", "Chile")]
    public void The_subject_said_to_be_involved_in_an_act_does_it(string sentence, string subject) =>
        Assert.Equal(subject, Assert.Single(Extract(sentence).Events, e => e.Kind == "bombing").Participants[0]);

    // "launched an air strike": the strike launched is the act, no launch.
    [Fact]
    public void An_air_strike_launched_is_no_launch() =>
        Assert.Equal(new[] { "Canada", "Norway" }, Assert.Single(Extract("Canada launched an air strike on Norway on Monday.").Events).Participants.ToArray());

    // "welcomed the accord between X and Y": the two are the object's parties; the verb's subject acts on it.
    [Theory]
    [InlineData("Austria welcomed the accord between Chile and Peru on Monday.", "051", new[] { "Austria", "Chile", "Peru" })]
    [InlineData("Canada criticized the pact between Norway and Sweden on Monday.", "111", new[] { "Canada", "Norway", "Sweden" })]
    public void The_subject_acts_on_an_object_between_two_parties(string sentence, string cameo, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Cameo == cameo).Participants.ToArray());

    // "condemned Chilean strikes on Peru": the state whose adjective stands before the act disapproved of is its target.
    [Theory]
    [InlineData("Peru condemned Chilean air strikes near the border on Monday.")]
    [InlineData("Peru denounced the Chilean shelling of its border towns on Monday.")]
    public void The_country_of_an_act_disapproved_of_is_the_target(string sentence) =>
        Assert.Equal(new[] { "Peru", "Chile" }, Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal)).Participants.ToArray());

    // Condolences, protests and complaints addressed "to" a country right after them take it as their target.
    [Theory]
    [InlineData("Austria offered its condolences to Peru on Monday.", "018")]
    [InlineData("Austria protested to Peru over the arrest of its consul on Monday.", "140")]
    public void The_country_an_act_is_addressed_to_is_its_target(string sentence, string cameo) =>
        Assert.Equal(new[] { "Austria", "Peru" }, Assert.Single(Extract(sentence).Events, e => e.Cameo == cameo).Participants.ToArray());

    public static System.Collections.Generic.IEnumerable<object[]> CueActRows() =>
        KnowledgeBase.Generators.Extraction.QuoteExtractor.CueActs.Select(r => new object[] { r.Example });

    // "declared war", "recalled its ambassador": a cue verb that performs an act reports no words.
    [Theory]
    [MemberData(nameof(CueActRows))]
    [InlineData("Mayor Tomas Vell proposed an amendment to the harbour law on Monday.")]
    public void A_cue_verb_that_performs_an_act_quotes_nothing(string sentence) =>
        Assert.Empty(Extract(sentence).Quotes);

    public static System.Collections.Generic.IEnumerable<object[]> TitleLinkRows() =>
        KnowledgeBase.Generators.Extraction.Events.EventRoles.TitleLinks.Select(r => new object[] { r.Example, r.Kind, r.Parties });

    // A place named before a title and a person's name says whose office the person holds: the person is the party, however
    // long the title runs, and the place is none.
    [Theory]
    [MemberData(nameof(TitleLinkRows))]
    [InlineData("Sven Dahl praised Canada Prime Minister Olga Marsh on Friday.", "praise", new[] { "Sven Dahl", "Olga Marsh" })]
    public void A_place_before_a_title_and_a_name_is_no_party(string sentence, string kind, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    // A country's adjective right after the comma that closes an opening place phrase owns the subject that follows: it
    // acts, it does not say where the town is.
    [Theory]
    [InlineData("In Tarvik, Chilean troops clashed with rebels on Friday.", "clash", new[] { "Chile" })]
    [InlineData("Near Tarvik, Chilean soldiers clashed with Peruvian soldiers on Friday.", "clash", new[] { "Chile", "Peru" })]
    [InlineData("In Tarvik, Chilean troops attacked a rebel camp on Friday.", "attack", new[] { "Chile" })]
    public void A_country_owning_the_subject_after_an_opening_place_acts(string sentence, string kind, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == kind).Participants.ToArray());

    // Two people joined by "and", each with a description set off by commas, act together; a place described so joins no one.
    [Theory]
    [InlineData("Ana Ruiz, an entrepreneur, and Tomas Vell, a Senator from Arlon, suspended their campaigns on Monday.", new[] { "Ana Ruiz", "Tomas Vell" })]
    [InlineData("Ana Ruiz, formerly the mayor of Velden, and Tomas Vell ended their campaigns on Monday.", new[] { "Ana Ruiz", "Tomas Vell" })]
    [InlineData("In Velden, a town in Arlon, and Tomas Vell, a Senator from Arlon, suspended their campaigns on Monday.", new[] { "Tomas Vell" })]
    public void Described_people_joined_by_and_act_together(string sentence, string[] parties) =>
        Assert.Equal(parties, Assert.Single(Extract(sentence).Events, e => e.Kind == "withdrawal").Participants.ToArray());

    // A verb of criticism or rejection whose own subject, after a comma, is a group nobody names: who is named before the comma
    // neither voiced it nor is its aim.
    [Theory]
    [InlineData("When Ana Ruiz proposed the new harbor, residents in Velden rejected it on Monday.")]
    [InlineData("After Karel Brandt spoke on Monday, the critics condemned the plan.")]
    public void A_group_nobody_names_voices_criticism_of_its_own(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => (e.Cameo.StartsWith("11", System.StringComparison.Ordinal) || e.Cameo.StartsWith("12", System.StringComparison.Ordinal)) && e.Participants.Count > 0);
    }

    [Fact]
    public void A_group_nobody_names_leaves_whom_it_criticizes()
    {
        var criticism = Assert.Single(Extract("After Karel Brandt spoke on Monday, critics condemned Tomas Vell.").Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Tomas Vell" }, criticism.Participants.ToArray());
    }
}
