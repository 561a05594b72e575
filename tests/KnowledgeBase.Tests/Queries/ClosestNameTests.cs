using System;
using System.Linq;
using CsCheck;
using Xunit;

namespace KnowledgeBase.Tests.Queries;

/// <summary>"Did you mean": the banded edit distance agrees with the full one, and a long argument costs bounded work.</summary>
public sealed class ClosestNameTests
{
    [Fact]
    public void The_banded_distance_is_the_full_distance_up_to_the_bound()
    {
        // A small alphabet makes near misses (the cases the band must get right) common.
        var text = Gen.String[Gen.Char["abcé "], 0, 24];
        Gen.Select(text, text, Gen.Int[0, 30]).Sample(
            (a, b, bound) => EditDistance.Within(a, b, bound) == Math.Min(EditDistance.Between(a, b), bound + 1),
            iter: 20_000);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("vladimir putn", "vladimir putin", 1)]
    public void The_banded_distance_of_known_pairs(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Within(a, b, distance));
        Assert.Equal(distance, EditDistance.Within(a, b, distance + 5));
        if (distance > 0) Assert.Equal(distance, EditDistance.Within(a, b, distance - 1));
    }

    [Fact]
    public void A_120000_character_argument_computes_no_cell_and_suggests_no_one()
    {
        var huge = string.Concat(Enumerable.Repeat("Vladimir Putn ", 120_000 / 14 + 1)).Substring(0, 120_000);
        EditDistance.CellsComputed = 0;

        Assert.Empty(Seeds.Knowledge.FindClosest(huge));
        Assert.Equal(0, EditDistance.CellsComputed);
    }

    [Fact]
    public void Aliases_whose_length_alone_is_past_the_limit_cost_no_cell()
    {
        // 200 characters holding no alias: the limit is 66, and no alias in the seeds is 134 characters or longer.
        var longName = string.Concat(Enumerable.Repeat("Qxz Vwq ", 25));
        Assert.True(longName.Length <= Knowledge.MaxClosestLength);
        EditDistance.CellsComputed = 0;

        Assert.Empty(Seeds.Knowledge.FindClosest(longName));
        Assert.Equal(0, EditDistance.CellsComputed);
    }

    [Fact]
    public void A_misspelling_computes_only_the_band()
    {
        EditDistance.CellsComputed = 0;

        Assert.Equal("Vladimir Putin", Seeds.Knowledge.FindClosest("Vladimir Putn")[0].Name);
        // 13 characters, limit 4: at most 9 cells a row, against any alias within 4 characters of its length.
        var aliases = Seeds.Knowledge.Entities.Sum(e => 1 + e.Aliases.Count);
        Assert.InRange(EditDistance.CellsComputed, 1, (long)aliases * 13 * 9);
    }

    [Fact]
    public void Empty_and_blank_names_are_close_to_no_one()
    {
        Assert.Empty(Seeds.Knowledge.FindClosest(string.Empty));
        Assert.Empty(Seeds.Knowledge.FindClosest("   "));
        Assert.Contains(Seeds.Knowledge.FindClosest("Zelenskyi"), e => e.Name == "Volodymyr Zelenskyy");
    }
}
