using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// The person a ceremony honours takes part in it, after whoever holds it: "in X's honour", "in honour of X", "a ceremony for X".
/// The chambers of a legislature named after "of" hold what they hold as the legislature. Invented sentences.
/// </summary>
public sealed class EventHonouredPartyTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Both houses of the Norland Parliament kept a minute of silence in Tomas Vell's honor on Friday.", "Norland Parliament", "Tomas Vell")]
    [InlineData("The Velden Academy held a ceremony in honour of Mira Holt on Monday.", "Velden Academy", "Mira Holt")]
    public void The_honoured_person_takes_part_after_the_holder(string paragraphs, string holder, string honoured)
    {
        Assert.Contains(Extract(paragraphs).Events, e => e.Cameo == "000" && e.Kind == "ceremony" && e.Participants.SequenceEqual(new[] { holder, honoured }));
    }

    [Fact]
    public void A_ceremony_for_a_thing_names_no_honoured_person()
    {
        var article = Extract("The Velden Academy held a ceremony for the opening of its new library on Monday.");
        Assert.Contains(article.Events, e => e.Cameo == "000" && e.Kind == "ceremony" && e.Participants.SequenceEqual(new[] { "Velden Academy" }));
    }
}
