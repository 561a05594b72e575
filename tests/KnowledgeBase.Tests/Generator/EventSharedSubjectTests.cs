using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A verb joined to an earlier one by "and" or "but" shares its subject; a name in the first verb's object is not the
/// second verb's subject (EventRoles.ObjectBeforeSharedVerb). Invented sentences.
/// </summary>
public sealed class EventSharedSubjectTests
{
    private static string Parties(string paragraphs, string kind) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == kind)
            .Select(e => string.Join(", ", e.Participants.ToArray().OrderBy(p => p, System.StringComparer.Ordinal))));

    [Theory]
    // The object of "met" does not sign; the noun "agreement" goes with "signed".
    [InlineData("Tomas Vell met Mira Holt in Tarsk on Sunday and signed a trade agreement with Chile.", "signing", "Chile, Tomas Vell")]
    // "would lose" is not of the tense of "urged": Brandt does not urge.
    [InlineData("Mira Holt predicted Karel Brandt would lose the vote and urged voters to back the Velden Party.", "appeal", "Mira Holt, Velden Party")]
    // A passive second verb: the shared subject undergoes it; the body in the first verb's object takes no part.
    [InlineData("Karel Brandt co-founded the Velden Union (VU) to fight the tax, but was arrested in 2004.", "arrest", "Karel Brandt")]
    // A finite verb of the same tense after a name: the name is its subject, and the second verb's.
    [InlineData("Mira Holt said Karel Brandt met Ana Ruiz on Friday and signed a trade agreement with Chile.", "signing", "Chile, Karel Brandt")]
    public void The_second_verb_has_the_first_verbs_subject(string sentence, string kind, string parties) =>
        Assert.Equal(parties, Parties(sentence, kind));

    // No subject named before the first verb: its object stays the party it was.
    [Fact]
    public void The_object_stays_when_no_subject_is_named() =>
        Assert.Contains("Karel Brandt", Parties("Officers arrested Karel Brandt in Tarsk on Monday and charged him with fraud.", "charge"));
}
