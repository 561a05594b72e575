using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Two subjects share a second verb whose object points back ("the nation", "the company", "her") to the first verb's object:
/// that object takes part in the second act too (EventRoles.ObjectPointedBack). Invented sentences.
/// </summary>
public sealed class EventObjectPointedBackTests
{
    private static string Parties(string paragraphs, string kind) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == kind)
            .Select(e => string.Join(", ", e.Participants.ToArray().OrderBy(p => p, System.StringComparer.Ordinal))));

    [Theory]
    // "the nation" after "with": the country recognized first.
    [InlineData("Peru and Chile recognized Mongolia on Saturday and opened full diplomatic relations with the nation.", "diplomatic relations", "Chile, Mongolia, Peru")]
    // "the company" right after the verb: the company criticized first.
    [InlineData("Norway and Sweden criticized Vellamart Corp. on Monday and sued the company.", "lawsuit", "Norway, Sweden, Vellamart Corp")]
    public void The_reference_stands_for_the_first_verbs_object(string sentence, string kind, string parties) =>
        Assert.Equal(parties, Parties(sentence, kind));

    // A name of its own after the second verb: the first verb's object takes no part.
    [Fact]
    public void A_named_object_keeps_the_first_object_out() =>
        Assert.Equal("Bolivia, Chile, Peru", Parties("Peru and Chile met envoys from Mongolia on Friday and signed a trade deal with Bolivia.", "signing"));
}
