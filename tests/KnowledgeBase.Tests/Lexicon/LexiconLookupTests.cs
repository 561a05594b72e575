using System;
using System.Linq;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;
using Xunit;

namespace KnowledgeBase.Tests.Lexicon;

/// <summary>Look-ups in the embedded lexicons, on invented examples.</summary>
public sealed class LexiconLookupTests
{
    [Theory]
    [InlineData("Russian", "RUS", "Adjective")]
    [InlineData("American", "USA", "Adjective")]
    [InlineData("U.S.", "USA", "Name")]
    [InlineData("the US", "USA", "Name")]
    [InlineData("United_States", "USA", "Name")]
    [InlineData("Kabul", "AFG", "Capital")]
    [InlineData("Moscow", "RUS", "Capital")]
    [InlineData("Georgia", "GEO", "Name")]
    public void Country_phrases_map_to_their_code_and_kind(string phrase, string code, string kind)
    {
        Assert.True(ActorLexicon.Instance.TryGetCountry(phrase, out var country), phrase);
        Assert.Equal(code, country.Code);
        Assert.Equal(kind, country.Kind.ToString());
    }

    [Fact]
    public void Office_holders_have_dated_roles()
    {
        var roles = ActorLexicon.Instance.Roles("Burhanuddin Rabbani");
        Assert.Contains(roles, r => r.Code == "AFGGOV" && r.From == 19920628 && r.To == 19960927 && r.Kind == ActorKind.OfficeHolder);
        Assert.Equal("AFGGOV", ActorLexicon.Instance.RoleOn("burhanuddin rabbani", 19950101)!.Code);
        Assert.Equal("AFGELI", ActorLexicon.Instance.RoleOn("burhanuddin rabbani", 19800101)!.Code);
    }

    [Theory]
    [InlineData("United Nations", "Igo")]
    [InlineData("Abu Nidal Organization", "ArmedGroup")]
    [InlineData("U.N.", "Igo")] // from tools/lexicons/overrides.tsv
    public void Named_actors_have_a_kind(string phrase, string kind) =>
        Assert.Contains(ActorLexicon.Instance.Roles(phrase), r => r.Kind.ToString() == kind);

    [Theory]
    [InlineData("police", "COP")]
    [InlineData("policemen", "COP")]
    [InlineData("Minister", "GOV")]
    [InlineData("ministers", "GOV")]
    [InlineData("protester", "OPP")]
    [InlineData("congresswoman", "LEG")]
    public void Agent_nouns_have_a_role(string phrase, string code)
    {
        Assert.True(AgentLexicon.Instance.TryGetRole(phrase, out var role), phrase);
        Assert.Equal(code, role.Code);
        Assert.Equal(AgentPlacement.AfterActor, role.Placement);
    }

    [Fact]
    public void A_verb_form_leads_to_its_lemma_and_patterns()
    {
        var verbs = CameoVerbLexicon.Instance.VerbsOfForm("negotiated");
        var negotiate = Assert.Single(verbs, v => v.Lemma == "negotiate");
        Assert.NotEmpty(CameoVerbLexicon.Instance.PatternsOfBlock(negotiate.Block));
        Assert.Contains(CameoVerbLexicon.Instance.VerbsOfForm("went"), v => v.Lemma == "go");
        Assert.Contains(CameoVerbLexicon.Instance.VerbsOfForm("said"), v => v.Lemma == "say");
    }

    [Fact]
    public void Patterns_keep_their_codes_in_compact_form()
    {
        var patterns = CameoVerbLexicon.Instance.PatternsOfBlock("accelerate");
        var rush = Assert.Single(patterns, p => p.Text == "* (to)");
        Assert.Equal(new[] { "042:043" }, rush.Codes);
        Assert.Contains(patterns, p => p.Text == "* &FOOD");
        Assert.Contains("dollars", CameoVerbLexicon.Instance.SynsetMembers("&CURRENCY"));
    }

    [Theory]
    [InlineData("went", "Verb", "go")]
    [InlineData("negotiated", "Verb", "negotiate")]
    [InlineData("stopped", "Verb", "stop")]
    [InlineData("carries", "Verb", "carry")]
    [InlineData("mice", "Noun", "mouse")]
    [InlineData("churches", "Noun", "church")]
    [InlineData("Policemen", "Noun", "policeman")]
    [InlineData("bigger", "Adjective", "big")]
    [InlineData("better", "Adjective", "good")]
    [InlineData("zzyzx", "Noun", "zzyzx")]
    public void Lemmatize_uses_the_exception_tables_and_suffix_rules(string word, string pos, string lemma) =>
        Assert.Equal(lemma, WordClassLexicon.Instance.Lemmatize(word, Enum.Parse<PartOfSpeech>(pos)));

    [Fact]
    public void Priors_favour_the_common_part_of_speech()
    {
        var words = WordClassLexicon.Instance;
        Assert.Equal(PartOfSpeech.Verb, words.Priors("say").Likeliest);
        Assert.Equal(PartOfSpeech.Noun, words.Priors("government").Likeliest);
        Assert.True(words.Has("police", PartOfSpeech.Noun));
        Assert.Equal(0, words.Priors("police").Adverb);
        Assert.True(words.TryGetMultiword("prime minister", out var classes) && classes.Contains('n'));
    }

    /// <summary>
    /// One list of town and division nouns answers every finder, singular or plural ("the province of Ostrel", "Norland
    /// cities"); a country, its soil or its people are no such place.
    /// </summary>
    [Theory]
    [InlineData("city", true)]
    [InlineData("Cities", true)]
    [InlineData("counties", true)]
    [InlineData("municipality", true)]
    [InlineData("oblasts", true)]
    [InlineData("country", false)]
    [InlineData("soil", false)]
    [InlineData("citizens", false)]
    [InlineData("is", false)]
    public void Town_and_division_nouns_are_read_singular_or_plural(string word, bool isPlaceNoun) =>
        Assert.Equal(isPlaceNoun, CommonWords.IsPlaceNoun(Tokenizer.Tokenize(word, 0, word.Length)[0]));
}
