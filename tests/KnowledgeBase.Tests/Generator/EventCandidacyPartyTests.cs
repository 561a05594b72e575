using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// The party whose candidate runs takes part in an election or a primary wherever its sentence names the candidacy
/// (CandidacyParties); a party named otherwise is no candidacy. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventCandidacyPartyTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Harbor Party candidate Petra Lind was elected to the Velden regional assembly in 2015.", "Petra Lind", "Harbor Party")]
    [InlineData("Ivo Kast ran for the Senate in 2012 as the candidate of the Farmers Party, finishing third.", "Ivo Kast", "Farmers Party")]
    [InlineData("Nils Varga sought the Labour Front Party's nomination in the 2008 presidential election.", "Nils Varga", "Labour Front Party")]
    public void The_party_of_a_candidacy_takes_part_in_the_election(string sentence, string candidate, string party)
    {
        var election = Assert.Single(Extract(sentence).Events, e => e.Kind is "election" or "primary");
        Assert.Contains(candidate, election.Participants);
        Assert.Contains(party, election.Participants);
    }

    [Theory]
    [InlineData("With the Civic Party's backing, Hanna Ek ran for the Velden assembly in 2011.", "Civic Party")]
    [InlineData("Miro Falk, once the Coastal Party's 2004 presidential nominee, ran for the Velden presidency again in 2012.", "Coastal Party")]
    public void A_party_that_only_backs_a_run_or_nominated_another_year_is_no_candidacy(string sentence, string party)
    {
        var election = Assert.Single(Extract(sentence).Events, e => e.Kind is "election" or "primary");
        Assert.DoesNotContain(party, election.Participants);
    }

    [Theory]
    [InlineData("On Saturday the Velden Unity Party held primaries in four northern provinces. By early counts, Lena Hart won all four primaries.", true)]
    [InlineData("On Saturday the Velden Unity Party held primaries in four northern provinces.\n\nBy early counts, Lena Hart won all four primaries.", false)]
    public void A_win_right_after_a_party_holds_the_contests_is_in_that_partys_contests(string paragraphs, bool holderTakesPart)
    {
        var win = Assert.Single(Extract(paragraphs).Events, e => e.Kind is "election" or "primary" && e.Participants.Contains("Lena Hart"));
        Assert.Equal(holderTakesPart, win.Participants.Contains("Velden Unity Party"));
    }

    [Theory]
    // A gerund that opens the sentence: the main clause's subject, after the comma, won.
    [InlineData("After winning the Velden Unity Party's primaries in Utah and Maine on Tuesday, Lena Hart reportedly amassed 900 delegates.", "Lena Hart", "Velden Unity Party")]
    [InlineData("After securing the Coastal Party presidential nomination, Miro Falk sought the backing of two smaller parties.", "Miro Falk", "Coastal Party")]
    // Having been a party's nominee is a nomination won.
    [InlineData("Ivo Kast was the Farmers Party's nominee for governor of Utah in 2014.", "Ivo Kast", "Farmers Party")]
    public void A_fronted_win_or_a_past_nomination_is_the_candidates_in_the_partys_contest(string sentence, string candidate, string party) =>
        Assert.Contains(Extract(sentence).Events, e => e.Kind is "election" or "primary" && e.Participants.Contains(candidate) && e.Participants.Contains(party));

    [Theory]
    [InlineData("Hanna Ek was the Civic Party nominee's running mate.")]
    [InlineData("Hanna Ek was the only nominee for the Velden Prize in 2015.")]
    public void A_nominees_running_mate_or_a_prize_nominee_wins_no_nomination(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind is "election" or "primary");

    // A nomination run for or sought is a candidacy in the party's contest, dated by the nomination's own year.
    [Fact]
    public void A_nomination_run_for_is_dated_by_its_year() =>
        Assert.Contains(Extract("In 2015, Mira Holt moved to Ostria. She ran unsuccessfully for the Civic Party's 2008 presidential nomination.").Events,
            e => e.Kind is "election" or "primary" && e.Participants.Contains("Civic Party") && e.Date / 10000 == 2008);

    // The nominee's own year dates the nomination, over "this year" of the clause.
    [Fact]
    public void A_nominee_of_a_named_year_was_nominated_that_year() =>
        Assert.Contains(Extract("Miro Falk, who ran for the Velden presidency again this year, was the Coastal Party's 2004 presidential nominee.").Events,
            e => e.Kind is "election" or "primary" && e.Participants.Contains("Coastal Party") && e.Date / 10000 == 2004);

    // Each part of a sentence names its own candidacy: a fronted gerund's phrase and the clause after its comma, or the parts a
    // semicolon divides; a party's own contest takes no other party's candidacy, and a body before "nomination" is the office sought.
    [Theory]
    [InlineData("After securing the Velden Party's nomination, Ana Ruiz sought the nomination of the Norland Party in 2012.", "Ana Ruiz", "Norland Party", "Velden Party")]
    [InlineData("After securing the Velden Party's nomination, Ana Ruiz sought the nomination of the Norland Party in 2012.", "Ana Ruiz", "Velden Party", "Norland Party")]
    [InlineData("Pavel Dorn ran for the Velden presidency in 2008 as the Coastal Party's nominee; in 2012 he was the nominee of the Farmers Party.", "Pavel Dorn", "Coastal Party", "Farmers Party")]
    [InlineData("The Civic Party nominated Lina Sova, the Harbor Party's former nominee, as its presidential candidate.", "Lina Sova", "Civic Party", "Harbor Party")]
    [InlineData("Ivo Kast ran unsuccessfully for the Velden Party's Senate nomination in 2014.", "Ivo Kast", "Velden Party", "Senate")]
    public void A_candidacy_takes_its_own_partys_part_only(string sentence, string candidate, string party, string other) =>
        Assert.Contains(Extract(sentence).Events, e => e.Kind is "election" or "primary" && e.Participants.Contains(candidate) && e.Participants.Contains(party)
            && !e.Participants.Any(p => p.Contains(other, System.StringComparison.Ordinal)));

    // A ticket of candidates each named with the office run for runs together: the running mate takes part as the head does.
    [Theory]
    [InlineData("The Coastal Party's ticket of Ivo Kast for governor and Lena Sova for deputy governor won the Arlon election in 2012.", "Ivo Kast", "Lena Sova")]
    [InlineData("The Harbor Party took its present name before the 2012 Arlon assembly election, in which its ticket of Karel Brandt for governor and Mira Holt for deputy governor won two percent of the vote.", "Karel Brandt", "Mira Holt")]
    public void Every_candidate_of_a_ticket_takes_part(string sentence, string head, string mate) =>
        Assert.Contains(Extract(sentence).Events, e => e.Kind is "election" or "primary" && e.Participants.Contains(head) && e.Participants.Contains(mate));

    // A run still going on, or told as what candidates do, is no election held: a run told done ("ran for") is one.
    [Theory]
    [InlineData("Ivo Kast, who is running for governor in three provinces, may not know of the endorsement by the Coastal Party.")]
    [InlineData("In the recent history of the United States, it has been usual for presidential candidates to publish their health records when running for office.")]
    public void A_run_going_on_or_told_as_a_habit_is_no_election(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind is "election" or "primary");
}
