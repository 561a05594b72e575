using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A legal act done to a person its own words leave unnamed ("a 31-year-old man", "a farmer", "the accused") was done to
/// the one person the article names as charged, held or convicted (UnnamedAccused). Invented sentences and names.
/// </summary>
public sealed class EventUnnamedAccusedTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private const string Charged = " Prosecutors later charged Jonas Halvik with arson.";

    [Theory]
    [InlineData("Officers in Tarnow detained a 31-year-old man on Friday after a warehouse burned down." + Charged, "arrest")]
    [InlineData("A local man was arrested by Tarnow Police on Saturday after a warehouse burned down." + Charged, "arrest")]
    [InlineData("On Tuesday a Danish judge sentenced a farmer from Ostrel to nine years behind bars. Jonas Halvik was found guilty in January of poisoning a neighbour's well.", "sentencing")]
    public void An_unnamed_person_held_or_sentenced_is_the_one_accused_the_article_names(string text, string kind) =>
        Assert.Contains(Extract(text).Events, e => e.Kind == kind && e.Participants.Contains("Jonas Halvik"));

    [Theory]
    [InlineData("Tarnow Police arrested another man on Sunday after a warehouse burned down." + Charged)]
    [InlineData("Tarnow Police arrested a second suspect on Sunday after a warehouse burned down." + Charged)]
    [InlineData("Tarnow Police arrested a 31-year-old man on Sunday after a warehouse burned down." + Charged + " Prosecutors also charged Piet Valdor with theft.")]
    public void Someone_else_or_one_of_several_accused_is_not_guessed(string text) =>
        Assert.DoesNotContain(Extract(text).Events, e => e.Kind == "arrest" && e.Participants.Count(p => p is "Jonas Halvik" or "Piet Valdor") > 0);
}
