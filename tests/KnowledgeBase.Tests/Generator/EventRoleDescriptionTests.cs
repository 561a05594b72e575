using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An act's party named by a role with several modifiers ("the Chilean foreign minister", "the former trade minister"): the one
/// person the article gave that role, or, when it gave it none, the country the nationality names. Invented sentences.
/// </summary>
public sealed class EventRoleDescriptionTests
{
    private const string Ministers = "Foreign Minister Jonas Ruhl met Trade Minister Anna Kessler in Arlon on Sunday.\n\n";

    private static string[] AppealParties(string text) =>
        Assert.Single(RuleArticle.Extract(text).Events, e => e.Cameo.StartsWith("02", System.StringComparison.Ordinal)).Participants.ToArray();

    [Theory]
    [InlineData("Karel Brandt urged the Chilean foreign minister on Tuesday to lower the fuel tax.", "Jonas Ruhl")]
    [InlineData("Karel Brandt urged the former trade minister on Tuesday to lower the fuel tax.", "Anna Kessler")]
    public void A_role_with_its_qualifiers_the_article_gave_one_person_is_that_person(string sentence, string holder)
    {
        Assert.Equal(new[] { "Karel Brandt", holder }, AppealParties(Ministers + sentence));
    }

    [Fact]
    public void A_role_with_a_nationality_may_come_before_the_name()
    {
        var text = "Karel Brandt urged the Chilean foreign minister on Tuesday to lower the fuel tax.\n\n"
            + "Foreign Minister Jonas Ruhl said on Wednesday that the tax would stay.";
        Assert.Equal(new[] { "Karel Brandt", "Jonas Ruhl" }, AppealParties(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Trade Minister Anna Kessler visited Arlon on Sunday.\n\n")]
    public void A_role_the_article_gave_no_one_is_the_country_its_nationality_names(string before)
    {
        Assert.Equal(new[] { "Karel Brandt", "Chile" }, AppealParties(before + "Karel Brandt urged the Chilean foreign minister on Tuesday to lower the fuel tax."));
    }

    [Fact]
    public void A_role_two_people_hold_is_neither_them_nor_a_country()
    {
        var text = "Foreign Minister Jonas Ruhl met Foreign Minister Anna Kessler in Arlon on Sunday.\n\n"
            + "Karel Brandt urged the Chilean foreign minister on Tuesday to lower the fuel tax.";
        Assert.Equal(new[] { "Karel Brandt" }, AppealParties(text));
    }
}
