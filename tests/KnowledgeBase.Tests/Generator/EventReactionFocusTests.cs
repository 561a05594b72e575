using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// After a paragraph of words spoken about the headline's person by someone first named there, a pronoun opening the next
/// paragraph is the headline's person again (ReactionFocus). Invented articles; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventReactionFocusTests
{
    private const string Headline = "Robert Vell, former governor of Norland, dies aged 80";

    private const string Lead = "Robert Vell, former governor of Norland, died on Friday at his home in Ardmore. He was 80 years old.\n\n";

    private const string Reaction = "The current governor, Brenn Okafo, expressed his grief at the death of Vell. Okafo wrote on social media, \"Today we lost Robert Vell, a true servant of the people.\"\n\n";

    private static string Parties(string paragraphs, string kind) =>
        string.Join(" / ", RuleArticle.ExtractTitled(Headline, paragraphs).Events.Where(e => e.Kind == kind)
            .Select(e => string.Join(", ", e.Participants.ToArray().OrderBy(p => p, System.StringComparer.Ordinal))));

    [Theory]
    [InlineData("Two years ago, he resigned from the senate because of failing health.", "resignation")]
    [InlineData("He was awarded the Golden Heron medal in 2012.", "award")]
    public void A_pronoun_after_the_reaction_is_the_headline_person(string next, string kind) =>
        Assert.Equal("Robert Vell", Parties(Lead + Reaction + next, kind));

    // "she" cannot be Robert: the one who spoke, named just before, still.
    [Fact]
    public void A_pronoun_the_headline_person_cannot_be_stays_with_the_speaker() =>
        Assert.Equal("Mary Lind", Parties(Lead + "The party leader, Mary Lind, expressed her grief at the death of Vell. Lind wrote, \"Robert Vell taught me everything.\"\n\nIn 2015 she resigned from the senate.", "resignation"));
}
