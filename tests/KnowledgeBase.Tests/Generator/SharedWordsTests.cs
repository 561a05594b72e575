using KnowledgeBase.Generators.Extraction;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>The tokenizer shares one string per closed-class word instead of cutting a new one out of every sentence.</summary>
public sealed class SharedWordsTests
{
    [Fact]
    public void A_closed_class_word_is_one_string_across_sentences()
    {
        var first = Tokenizer.Tokenize("The mayor of Norvale spoke.", 0, 27);
        var second = Tokenizer.Tokenize("Ana Ruiz met the mayor of Velden.", 0, 33);
        Assert.Same(first[2].Text, second[5].Text); // "of"
        Assert.Equal("of", second[5].Text);
        Assert.Equal("The", first[0].Text);
        Assert.Same(first[0].Text, Tokenizer.Tokenize("The port closed.", 0, 16)[0].Text);
    }

    [Theory]
    [InlineData("theory", 0, 6)] // starts like "the" but is longer
    [InlineData("other", 1, 4)] // "the" inside a longer word is found only when asked for exactly that span
    [InlineData("Norvale", 0, 7)]
    public void Words_that_are_no_closed_class_word_are_not_shared(string text, int start, int end)
    {
        var found = SharedWords.Find(text, start, end);
        if (found is not null) Assert.Equal(text.Substring(start, end - start), found);
        if (text == "theory" || text == "Norvale") Assert.Null(found);
    }

    [Fact]
    public void A_shared_word_equals_the_text_it_stands_for()
    {
        const string text = "said the minister, and they";
        Assert.Equal("the", SharedWords.Find(text, 5, 8));
        Assert.Equal("and", SharedWords.Find(text, 19, 22));
        Assert.Null(SharedWords.Find(text, 9, 17)); // "minister": not in the table
    }
}
