using System;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Extraction.Lexicons;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// The tokenizer gives every token of one spelling one form, and a form keeps the lexicons' answers about its spelling:
/// what it answers must be what the lexicon says, whichever is asked first.
/// </summary>
public sealed class WordFormsTests
{
    [Fact]
    public void Tokens_of_one_spelling_share_one_form_and_other_spellings_do_not()
    {
        var tokens = Tokenizer.Tokenize("Police said the police had said nothing.", 0, 40);
        Assert.Same(tokens[1].Form, tokens[5].Form); // "said"
        Assert.NotSame(tokens[0].Form, tokens[3].Form); // "Police", "police"
        Assert.Equal("police", tokens[3].Text);
        Assert.Equal(6, tokens[3].Length);
        Assert.True(tokens[0].StartsUpper);
        Assert.False(tokens[3].StartsUpper);
    }

    [Theory]
    [InlineData("President")]
    [InlineData("president")]
    [InlineData("Maria")]
    [InlineData("Ministry")]
    [InlineData("of")]
    [InlineData("March")]
    [InlineData("Monday")]
    [InlineData("expelled")]
    [InlineData("took")]
    [InlineData("Freedonian")]
    [InlineData("the")]
    [InlineData("said")]
    [InlineData("Warned")]
    public void A_form_answers_what_the_lexicons_answer(string word)
    {
        var form = Tokenizer.Tokenize(word, 0, word.Length)[0].Form!;
        foreach (WordTrait trait in Enum.GetValues(typeof(WordTrait)))
            Assert.Equal(WordTraits.Holds(trait, word), form.Has(trait));
        foreach (WordTrait trait in Enum.GetValues(typeof(WordTrait)))
            Assert.Equal(WordTraits.Holds(trait, word), form.Has(trait)); // kept, the same the second time
        Assert.Same(KnowledgeBase.Generators.Extraction.Lexicons.EventLexicon.Find(word), form.Trigger);
        Assert.Same(CueVerbs.Lemma(word), form.CueLemma);
    }

    [Theory]
    [InlineData("President")]
    [InlineData("spokesman")]
    [InlineData("teacher")]
    [InlineData("photographer")]
    [InlineData("Dr")]
    [InlineData("Maria")]
    [InlineData("Ministry")]
    [InlineData("of")]
    [InlineData("van")]
    [InlineData("United")]
    [InlineData("Freedonian")]
    [InlineData("Ostrel")]
    public void Each_question_asked_of_a_token_answers_what_the_lexicon_answers_of_its_word(string word)
    {
        // The token overloads read the trait their form keeps; each must be wired to its own lexicon question.
        var token = Tokenizer.Tokenize(word, 0, word.Length)[0];
        Assert.Equal(Titles.IsTitleWord(word), Titles.IsTitleWord(token));
        Assert.Equal(Titles.IsPersonTitle(word), Titles.IsPersonTitle(token));
        Assert.Equal(Titles.IsRoleNoun(word), Titles.IsRoleNoun(token));
        Assert.Equal(GivenNames.Contains(word), GivenNames.Contains(token));
        Assert.Equal(Gazetteer.IsOrganizationHead(word), Gazetteer.IsOrganizationHead(token));
        Assert.Equal(CommonWords.IsFunctionWord(word), CommonWords.IsFunctionWord(token));
        Assert.Equal(CommonWords.IsNameConnector(word), CommonWords.IsNameConnector(token));
        Assert.Equal(GazetteerPrefixes.MayStartSurface(word), GazetteerPrefixes.MayStartSurface(token));
        Assert.Equal(GazetteerPrefixes.MayStartDemonym(word), GazetteerPrefixes.MayStartDemonym(token));
    }
}
