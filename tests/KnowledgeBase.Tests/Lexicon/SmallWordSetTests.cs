using KnowledgeBase.Generators.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Lexicon;

/// <summary>The exact-case set that stands in for the compiled switches of the small word lists answers as they did.</summary>
public sealed class SmallWordSetTests
{
    [Theory]
    [InlineData("of", true)]
    [InlineData("on", true)]
    [InlineData("van", true)]
    [InlineData("Herald", true)]
    [InlineData("Ōsaka", true)]
    [InlineData("Of", false)]
    [InlineData("o", false)]
    [InlineData("off", false)]
    [InlineData("Heralds", false)]
    [InlineData("Osaka", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Finds_exactly_its_words(string? word, bool expected)
    {
        var set = new SmallWordSet(new[] { "of", "on", "van", "Herald", "Ōsaka" });
        Assert.Equal(expected, set.Contains(word!));
    }
}
