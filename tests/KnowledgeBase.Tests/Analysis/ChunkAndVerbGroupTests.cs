using System.Linq;
using KnowledgeBase.Generators.Extraction.Analysis;
using Xunit;
using static KnowledgeBase.Tests.Analysis.AnalysisTestKit;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>Noun chunks (head, possessor, apposition, preposition) and verb groups (tense, voice, modality, negation).</summary>
public sealed class ChunkAndVerbGroupTests
{
    [Fact]
    public void A_possessor_opens_the_chunk_it_owns()
    {
        var a = Analyze("Freedonia's president met Lind.");
        var chunk = a.ChunkAt(a.IndexOf("president"))!;
        Assert.Equal("Freedonia's president", chunk.Text);
        Assert.Equal("president", chunk.HeadToken.Text);
        Assert.Equal("Freedonia", chunk.Possessor?.Text);
        Assert.Equal("Freedonia's president", a.ClauseOf("met").Subject?.Text);
    }

    [Fact]
    public void A_possessive_pronoun_is_the_possessor()
    {
        var a = Analyze("Berg sold his old car.");
        var chunk = a.ChunkAt(a.IndexOf("car"))!;
        Assert.Equal(("his", "old car"), (chunk.Possessor?.Text, string.Join(" ", Enumerable.Range(chunk.ModifierStart, chunk.End - chunk.ModifierStart).Select(i => a.Tokens[i].Text))));
    }

    [Fact]
    public void An_apposition_renames_and_is_skipped_for_the_subject()
    {
        var a = Analyze("Anna Berg, the foreign minister of Freedonia, said the talks were useful.");
        var name = a.ChunkAt(a.IndexOf("Berg"))!;
        Assert.Equal("the foreign minister", name.Apposition?.Text);
        Assert.Same(name, name.Apposition!.AppositionOf);
        Assert.Equal("Anna Berg", a.ClauseOf("said").Subject?.Text);
    }

    [Fact]
    public void A_list_of_names_is_no_apposition()
    {
        var a = Analyze("Berg, the minister, and Lind met.");
        Assert.Null(a.ChunkAt(a.IndexOf("Berg"))!.Apposition);
    }

    [Fact]
    public void A_chunk_knows_its_preposition_and_an_of_phrase_its_owner()
    {
        var a = Analyze("The head of the agency arrived in Lindstad.");
        var agency = a.ChunkAt(a.IndexOf("agency"))!;
        Assert.Equal("of", a.Tokens[agency.Preposition].Text);
        Assert.Equal("The head", agency.AttachedTo?.Text);
        var clause = a.ClauseOf("arrived");
        Assert.Equal("The head", clause.Subject?.Text);
        Assert.Equal(("in", "Lindstad"), (clause.Attachments.Single().Word, clause.Attachments.Single().Chunk.Text));
    }

    [Theory]
    [InlineData("Berg will visit Lindstad.", "visit", "Future", "Planned", false)]
    [InlineData("Lind plans to meet Berg.", "meet", "Present", "Planned", false)]
    [InlineData("Lind is to meet Berg.", "meet", "Present", "Planned", false)]
    [InlineData("Lind is scheduled to meet Berg.", "meet", "Present", "Planned", false)]
    [InlineData("Lind is going to meet Berg.", "meet", "Future", "Planned", false)]
    [InlineData("Lind intends to meet Berg.", "meet", "Present", "Planned", false)]
    [InlineData("Berg did not sign the deal.", "sign", "Past", "None", true)]
    [InlineData("Berg didn't sign the deal.", "sign", "Past", "None", true)]
    [InlineData("Berg never signed the deal.", "signed", "Past", "None", true)]
    [InlineData("Berg is no longer leading the party.", "leading", "Present", "None", true)]
    // After a negation "yet" is an adverb of the group, not the conjunction of "small, yet busy".
    [InlineData("Berg has not yet signed the deal.", "signed", "Present", "None", true)]
    [InlineData("Lind could resign.", "resign", "Present", "Possible", false)]
    [InlineData("Lind might resign.", "resign", "Present", "Possible", false)]
    [InlineData("Berg signed the deal.", "signed", "Past", "None", false)]
    [InlineData("If Berg resigns, Lind will lead the party.", "resigns", "Present", "Conditional", false)]
    public void A_verb_group_has_tense_modality_and_negation(string sentence, string verb, string tense, string modality, bool negated)
    {
        var a = Analyze(sentence);
        var group = a.ClauseOf(verb).Verb;
        Assert.True((a.Tokens[group.Head].Text, group.Tense.ToString(), group.Modality.ToString(), group.IsNegated) == (verb, tense, modality, negated), a.Dump());
    }

    public static TheoryData<string> ModalityRows()
    {
        var data = new TheoryData<string>();
        foreach (var row in ModalityRules.Rows) data.Add(row.Example);
        return data;
    }

    [Theory]
    [MemberData(nameof(ModalityRows))]
    public void Every_modality_row_decides_its_example(string example)
    {
        var row = ModalityRules.Rows.First(r => r.Example == example);
        var a = Analyze(example);
        var group = a.Clauses[0].Verb;
        Assert.True(group.Modality == row.Modality && (!row.Future || group.Tense == Tense.Future) && a.Clauses.Length == 1, a.Dump());
    }

    [Fact]
    public void A_passive_has_its_by_agent()
    {
        var a = Analyze("The mayor was stabbed by a man in Lindstad.");
        var clause = a.ClauseOf("stabbed");
        Assert.Equal((Voice.Passive, Tense.Past, "stab"), (clause.Verb.Voice, clause.Verb.Tense, clause.Verb.Lemma));
        Assert.Equal("The mayor", clause.Subject?.Text);
        Assert.Equal("a man", clause.Agent?.Text);
        Assert.Null(clause.Object);
        Assert.Equal("Lindstad", clause.Attachments.Single().Chunk.Text);
    }

    [Fact]
    public void An_active_verb_has_subject_and_object()
    {
        var a = Analyze("Berg signed the deal with Lind on Monday.");
        var clause = a.ClauseOf("signed");
        Assert.Equal((Voice.Active, "Berg", "the deal"), (clause.Verb.Voice, clause.Subject?.Text, clause.Object?.Text));
        Assert.Equal(new[] { "with Lind", "on Monday" }, clause.Attachments.Select(x => x.Word + " " + x.Chunk.Text).ToArray());
    }
}
