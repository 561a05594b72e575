using System;
using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "arrests were made in Portugal, Chile, Peru and Kenya": the countries after the first member of a list of places that "in"
/// or "across" governs say where, as the first does; they take no part in the act (EventRoles.InPlaceList). Invented sentences.
/// </summary>
public sealed class EventPlaceListTests
{
    private static string Parties(string paragraphs, string kind) =>
        string.Join(" / ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind == kind)
            .Select(e => "[" + string.Join(", ", e.Participants.ToArray().OrderBy(p => p, StringComparer.Ordinal)) + "]"));

    [Theory]
    [InlineData("Officials in Ostrel said further arrests were carried out in Portugal, Chile, the Czech Republic and Kenya.", "arrest")]
    [InlineData("Wardens arrested two poachers in Ostrel and Chile during the dry season.", "arrest")]
    [InlineData("Rallies took place across Portugal, Chile and Kenya over the weekend.", "protest")]
    public void Countries_listed_after_in_only_say_where(string paragraphs, string kind) =>
        Assert.Equal("[]", Parties(paragraphs, kind));

    [Theory]
    // A list that governs nothing, a country that heads the next clause, and one whose noun follows keep their part.
    [InlineData("Portugal imposed sanctions on Chile and Kenya over the dam dispute.", "sanction", "[Chile, Kenya, Portugal]")]
    [InlineData("Troops from Portugal attacked rebels in Ostrel and Chile condemned the raid.", "criticism", "[Chile]")]
    public void Other_lists_keep_their_countries(string paragraphs, string kind, string parties) =>
        Assert.Equal(parties, Parties(paragraphs, kind));
}
