using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "he"/"she" opening a sentence right after one that names no person and whose clause has one unnamed person for subject
/// ("one of the freed miners", "a young girl") is that person, not the person named earlier. Invented sentences.
/// </summary>
public sealed class QuoteUnnamedPersonTests
{
    private static QuoteModel QuoteOf(ArticleModel model, string words) =>
        Assert.Single(model.Quotes, q => model.Text.Substring(q.Start, q.Length).StartsWith(words, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("Mine director Tomas Vellard said the shaft was safe. One of the freed miners asked not to be named. He said the workers had heard cracking for days.", "One of the freed miners")]
    [InlineData("Mayor Karel Brandt said the coast road was safe. The road was closed after a young girl fell from the cliff. She said the warning signs had been removed.", "a young girl")]
    public void A_pronoun_after_one_unnamed_person_is_that_person(string paragraphs, string speaker)
    {
        var model = RuleArticle.Extract(paragraphs);
        var quote = QuoteOf(model, paragraphs.Contains("workers") ? "the workers" : "the warning signs");
        Assert.Equal((speaker, null), (quote.SpeakerText, quote.Speaker));
    }

    // Guards: a person of the other sex, or a person named in the sentence before, leaves the pronoun to the names.
    [Theory]
    [InlineData("Mayor Karel Brandt said the coast road was safe. The road was closed after a young boy fell from the cliff. She said the warning signs had been removed.")]
    [InlineData("Mayor Karel Brandt said the coast road was safe. One of the freed miners thanked Tomas Vellard. He said the warning signs had been removed.")]
    public void A_pronoun_of_the_other_sex_or_after_a_name_is_not_the_unnamed_person(string paragraphs)
    {
        var model = RuleArticle.Extract(paragraphs);
        Assert.NotNull(QuoteOf(model, "the warning signs").Speaker);
    }
}
