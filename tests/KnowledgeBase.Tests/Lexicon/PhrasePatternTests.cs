using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Extraction.Lexicon;
using Xunit;

namespace KnowledgeBase.Tests.Lexicon;

/// <summary>The pattern syntax of event-phrases.tsv: places, one-token gaps, windows and places that must not match, both ways.</summary>
public sealed class PhrasePatternTests
{
    // The index of the first token beyond the match, or -2 for no match; the trigger word is the sentence's word at `at`.
    private static int After(string pattern, string sentence, int at)
    {
        var tokens = Tokenizer.Tokenize(sentence, 0, sentence.Length);
        var end = PhrasePattern.Parse(pattern, out var error)!.Match(tokens, at + 1, +1);
        Assert.Null(error);
        return end == PhrasePattern.NoMatch ? -2 : end;
    }

    private static int Before(string pattern, string sentence, int at)
    {
        var tokens = Tokenizer.Tokenize(sentence, 0, sentence.Length);
        var start = PhrasePattern.Parse(pattern, out _)!.Match(tokens, at - 1, -1);
        return start == PhrasePattern.NoMatch ? -2 : start;
    }

    [Theory]
    [InlineData("office", "Ruiz left office today", 1, 3)]
    [InlineData("OFFICE", "Ruiz left Office today", 1, 3)]
    [InlineData("office", "Ruiz left the office", 1, -2)]
    [InlineData("off * air", "Radio went off the air", 1, 5)]
    [InlineData("~3 bid|campaign", "Ruiz ended her long bid", 1, 5)]
    [InlineData("~2 bid|campaign", "Ruiz ended her long bid", 1, -2)]
    [InlineData("for ~2 mayor", "Ruiz ran for the mayor post", 1, 5)]
    [InlineData("!~6 since ~4 seats", "the party won 40 seats in May", 2, 5)]
    [InlineData("!~6 since ~4 seats", "the party won 40 seats since 1990", 2, -2)]
    [InlineData("", "Ruiz resigned", 1, 2)]
    public void Then_matches_the_words_after_the_trigger(string pattern, string sentence, int at, int expected)
    {
        Assert.Equal(expected, After(pattern, sentence, at));
    }

    [Theory]
    [InlineData("state of", "the state of emergency", 3, 0)]
    [InlineData("state of", "a state emergency", 2, -2)]
    [InlineData("!~4 declared state of", "Ruiz declared it would keep a state of emergency", 8, 5)]
    [InlineData("!~4 declared state of", "Ruiz declared the new state of emergency", 6, -2)]
    [InlineData("!to", "the port shut down", 2, 1)]
    [InlineData("!to", "ordered it to shut down", 3, -2)]
    [InlineData("!to", "shut down", 0, -1)]
    [InlineData("plans|wants to", "Velden plans to join", 3, 0)]
    public void Before_matches_the_words_before_the_trigger_read_outwards(string pattern, string sentence, int at, int expected)
    {
        Assert.Equal(expected, Before(pattern, sentence, at));
    }

    [Theory]
    [InlineData("~0 seats")]
    [InlineData("~x seats")]
    [InlineData("~3")]
    [InlineData("bid||campaign")]
    [InlineData("a  b")]
    [InlineData("*|bid")]
    public void A_pattern_that_breaks_the_syntax_is_refused(string pattern)
    {
        Assert.Null(PhrasePattern.Parse(pattern, out var error));
        Assert.NotNull(error);
    }
}
