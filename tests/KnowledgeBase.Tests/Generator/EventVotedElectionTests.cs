using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A person voted for, voted into office or voted "to elect" is elected: an election with the one elected among its
/// participants (rows of event-phrases.tsv and event-verbs.tsv; EventBuilder takes the person an election verb acts on).
/// Invented sentences and names.
/// </summary>
public sealed class EventVotedElectionTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Most members of the Tarnow Council voted for Jonas Halvik to become their mayor.")]
    [InlineData("Jonas Halvik took up the post of mayor on Friday after being voted into the post by the Tarnow Council.")]
    [InlineData("The Ostrel Harbour Party voted to elect Jonas Halvik as its new leader on Tuesday.")]
    [InlineData("Jonas Halvik was voted in as chair of the Tarnow Council on Friday.")]
    public void A_person_voted_for_or_voted_in_is_elected(string text) =>
        Assert.Contains(Extract(text).Events, e => e.Cameo == "000" && e.Kind == "election" && e.Participants.Contains("Jonas Halvik"));

    [Theory]
    [InlineData("The Tarnow Council voted for the harbour motion and against the budget on Friday.")]
    [InlineData("President-elect Jonas Halvik met the Tarnow Council on Friday.")]
    public void A_vote_on_a_text_or_a_title_is_no_election(string text) =>
        Assert.DoesNotContain(Extract(text).Events, e => e.Kind == "election");
}
