using System.Linq;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// The possessive of a word ending in "s" ("the Velden Nations' agency", "the workers' union") is a possessive mark like "'s",
/// so a role after it is read as the role of whoever owns it; an apostrophe that closes a single quotation is no possessive.
/// </summary>
public sealed class PluralPossessiveTests
{
    [Theory]
    [InlineData("The Velden Nations' farm agency closed.", "Nations", true)]
    [InlineData("The workers' union met on Monday.", "workers", true)]
    [InlineData("Ana Ruiz called the talks 'hopeless' and left.", "hopeless", false)] // this row and the next are guards
    [InlineData("He said 'the new rules' would start.", "rules", false)]
    public void An_apostrophe_after_an_s_is_a_possessive_unless_it_closes_a_single_quotation(string sentence, string word, bool possessive)
    {
        var tokens = Tokenizer.Tokenize(sentence, 0, sentence.Length);
        var at = tokens.FindIndex(t => t.Text == word);
        Assert.Equal(possessive, tokens[at + 1].Kind == TokenKind.Possessive);
    }

    [Theory]
    [InlineData("According to the Velden Nations' Farm Agency's chief veterinary officer, the cull was unnecessary.")]
    [InlineData("According to the Velden Farm Agency's chief veterinary officer, the cull was unnecessary.")]
    public void An_unnamed_role_holder_after_a_possessive_is_the_source_with_the_whole_role(string sentence)
    {
        var quote = Assert.Single(RuleArticle.Extract(sentence).Quotes);
        Assert.EndsWith("Farm Agency's chief veterinary officer", quote.SpeakerText);
    }
}
