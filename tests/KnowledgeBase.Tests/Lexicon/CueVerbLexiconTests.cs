using System.IO;
using System.Linq;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Lexicon;

/// <summary>The reporting cues come from data: every listed lemma is reached, with its role and frames, in every form.</summary>
public sealed class CueVerbLexiconTests
{
    [Fact]
    public void Every_lemma_of_the_source_list_is_produced_with_its_role()
    {
        var source = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "tools", "lexicons", "cue-verbs.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        Assert.NotEmpty(source);
        foreach (var row in source)
        {
            var cue = CueVerbLexicon.Instance.OfLemma(row[0]);
            Assert.True(cue is not null, row[0] + " is in the source list but no form produces it");
            Assert.Equal(row[1], cue!.Role.ToString().ToLowerInvariant());
        }
        Assert.Equal(source.Count, CueVerbLexicon.Instance.Lemmas.Count());
    }

    [Theory]
    [InlineData("said", "say")]
    [InlineData("Emphasized", "emphasize")]
    [InlineData("denies", "deny")]
    [InlineData("slammed", "slam")]       // the doubled consonant comes from WordNet's irregular forms
    [InlineData("written", "write")]
    [InlineData("signaled", "signal")]    // American spelling beside the British "signalled" that WordNet lists
    [InlineData("signalled", "signal")]
    public void Inflected_forms_map_to_their_lemma(string form, string lemma) => Assert.Equal(lemma, CueVerbs.Lemma(form));

    [Theory]
    [InlineData("report")]   // far more often the noun
    [InlineData("calls")]
    [InlineData("sayed")]    // no rule form where WordNet gives the irregular one
    [InlineData("speaks")]
    public void Nouns_and_non_words_are_no_cues(string form) => Assert.Null(CueVerbs.Lemma(form));

    [Fact]
    public void Frames_come_with_the_lemma()
    {
        Assert.True(CueVerbs.TakesAddressee("tell"));
        Assert.True(CueVerbs.NeedsThat("rule"));
        Assert.True(CueVerbs.IsEvidenceOnly("signal"));
        Assert.True(CueVerbs.Names("call"));
        Assert.True(CueVerbs.Relays("report"));
        Assert.False(CueVerbs.TakesAddressee("say"));
    }

    [Fact]
    public void A_line_with_an_unknown_role_is_reported_not_guessed()
    {
        var lexicon = CueVerbLexicon.Parse("said\tsay\tspeech\t-\nmused\tmuse\tpoetry\t-\nsaid\tsay\tspeech\t-\n");
        Assert.Equal(2, lexicon.Conflicts.Messages.Count);
        Assert.Null(lexicon.OfForm("mused"));
    }
}
