using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A person signing with a named employer is taken on by it (a hiring, the gold's appointment group), and a person leaving
/// a named party, club or company withdraws from it (the gold's resignation group); the body takes part beside the person.
/// Invented sentences and names.
/// </summary>
public sealed class EventEmployerTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("After two seasons abroad, Piet Valdor signed with the Dessel Rowing Club in January.", "Piet Valdor", "Dessel Rowing Club")]
    [InlineData("Mira Holt signed with Orlen Records last spring and released her first album in May.", "Mira Holt", "Orlen Records")]
    public void Signing_with_a_named_employer_is_a_hiring(string sentence, string person, string body) =>
        Assert.Contains(Extract(sentence).Events, e => e.Kind == "hiring" && e.Participants.Contains(person) && e.Participants.Contains(body));

    [Theory]
    [InlineData("Anja Kress left the Harnow Green Party in 2012 and ran as an independent.", "Anja Kress", "Harnow Green Party")]
    [InlineData("In 2017, Karel Brandt quit the Tamsvik Workers' Union over the pay deal.", "Karel Brandt", "Tamsvik Workers' Union")]
    public void Leaving_a_named_body_is_a_withdrawal_from_it(string sentence, string person, string body) =>
        Assert.Contains(Extract(sentence).Events, e => e.Kind == "withdrawal" && e.Participants.Contains(person) && e.Participants.Contains(body));

    [Theory]
    [InlineData("At the time of the crash, Piet Valdor was signed to the Dessel Rowing Club.")]
    [InlineData("Norland signed with the Ostrel Trade Alliance a deal on fishing quotas.")]
    [InlineData("Anja Kress left Harnow on Tuesday for a tour of the coast.")]
    public void A_contract_held_a_country_signing_and_a_place_left_are_no_hiring_nor_withdrawal(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind is "hiring" or "withdrawal");

    [Fact]
    public void A_candidate_ending_a_bid_for_a_partys_nomination_leaves_the_race_not_the_party() =>
        Assert.Contains(Extract("On Friday, Senator Anja Kress ended her bid for the Harnow Green Party's nomination for governor.").Events,
            e => e.Kind == "withdrawal" && e.Participants.SequenceEqual(new[] { "Anja Kress" }));
}
