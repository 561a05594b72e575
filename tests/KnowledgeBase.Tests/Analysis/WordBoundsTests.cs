using KnowledgeBase.Generators.Extraction.Analysis;
using Xunit;
using static KnowledgeBase.Tests.Analysis.AnalysisTestKit;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>
/// The word tests that spare a sentence its analysis (<see cref="WordBounds"/>) are necessary conditions: wherever the analysis
/// says a verb is passive or a word introduces a clause, the words must not have ruled it out.
/// </summary>
public sealed class WordBoundsTests
{
    public static TheoryData<string> Sentences => new()
    {
        "The port was closed by the navy on Monday.",
        "Karel Brandt, who had been arrested in Velden, was released after the court ruled.",
        "The ferry, reported by the Velden Post as belonging to the navy, sank.",
        "While Mira Holt spoke, the minister left the hall.",
        "The bill has been passed and will be signed before the summit ends.",
        "The deal, which is being negotiated, was not expected to be approved until the vote had been held.",
        "As the crowd gathered, police were deployed since the march had been banned.",
        "Tomas Vell said that he was never told who would be named.",
        "Ana Ruiz, whose car was seized, is reported to have been questioned by police.",
        "Residents told the press the officers, who had come at night, claimed to be seeking a bomb.",
        "The Port Of Velden Will Reopen After Storm Damage Is Repaired",
        "Ana Ruiz told reporters today psychiatric assessments will be carried out.",
        "The levy might be expected to raise more than the council said.",
        "Farmers could have been warned, the minister said.",
    };

    [Theory, MemberData(nameof(Sentences))]
    public void Where_the_analysis_finds_a_passive_the_words_allow_one(string sentence)
    {
        var a = Analyze(sentence);
        for (var i = 0; i < a.Tokens.Count; i++)
            if (a.IsPassiveAt(i)) Assert.True(WordBounds.MayBePassiveAt(a.Tokens, i), a.Tokens[i].Text + ": " + a.Dump());
    }

    [Theory, MemberData(nameof(Sentences))]
    public void Where_the_analysis_finds_a_clause_introducer_the_words_allow_one(string sentence)
    {
        var a = Analyze(sentence);
        foreach (var clause in a.Clauses)
            if (clause.Introducer >= 0) Assert.True(WordBounds.MayIntroduceClause(a.Tokens, clause.Introducer), clause + ": " + a.Dump());
        for (var i = 0; i < a.Tokens.Count; i++)
            if (a.IntroducesAdverbialClause(i) || a.ClauseIntroducedBy(i) is not null) Assert.True(WordBounds.MayIntroduceClause(a.Tokens, i), a.Tokens[i].Text + ": " + a.Dump());
    }

    [Theory, MemberData(nameof(Sentences))]
    public void Where_a_comma_stands_before_a_verb_group_the_words_allow_one(string sentence)
    {
        var a = Analyze(sentence);
        foreach (var group in a.VerbGroups)
            for (var i = group.Start; i < group.End; i++)
                if (group.Start > 0 && a.Tokens[group.Start - 1].IsPunct(',')) Assert.True(WordBounds.MayFollowComma(a.Tokens, i), a.Tokens[i].Text + ": " + a.Dump());
    }

    [Theory, MemberData(nameof(Sentences))]
    public void Where_the_analysis_reads_a_verb_or_opens_a_finite_clause_the_words_allow_it(string sentence)
    {
        var a = Analyze(sentence);
        for (var i = 0; i < a.Tokens.Count; i++)
        {
            if (a.TagAt(i) is Tag.Verb or Tag.Auxiliary or Tag.Modal) Assert.True(WordBounds.MayBeVerbAt(a.Tokens, i), a.Tokens[i].Text + ": " + a.Dump());
            if (a.OpensFiniteClauseAt(i)) Assert.True(WordBounds.MayOpenFiniteClauseAt(a.Tokens, i), a.Tokens[i].Text + ": " + a.Dump());
        }
    }

    [Fact]
    public void Names_inside_a_sentence_and_words_without_a_verb_reading_are_no_verbs()
    {
        var a = Analyze("Tomas Vell, a lawyer for the port, told Velden Radio on Monday.");
        Assert.False(WordBounds.MayHaveVerbIn(a.Tokens, 1, a.IndexOf(",")));
        Assert.False(WordBounds.MayOpenFiniteClauseAt(a.Tokens, a.IndexOf("Radio")));
        Assert.True(WordBounds.MayBeVerbAt(a.Tokens, a.IndexOf("told")));
        var b = Analyze("Ana Ruiz told reporters the port, which reopened, was closed.");
        Assert.True(WordBounds.MayOpenFiniteClauseAt(b.Tokens, b.IndexOf("reporters")));
        Assert.True(b.OpensFiniteClauseAt(b.IndexOf("reporters")));
        var c = Analyze("Ana Ruiz told reporters, in a statement issued today.");
        Assert.False(WordBounds.MayOpenFiniteClauseAt(c.Tokens, c.IndexOf("reporters")));
    }

    [Fact]
    public void An_active_verb_without_be_or_by_and_a_sentence_without_introducers_are_ruled_out()
    {
        var a = Analyze("Ana Ruiz closed the port of Velden on Monday.");
        Assert.False(WordBounds.MayBePassiveAt(a.Tokens, a.IndexOf("closed")));
        Assert.False(WordBounds.MayIntroduceClauseIn(a.Tokens, 0, a.Tokens.Count));
        Assert.False(WordBounds.MayFollowComma(a.Tokens, a.IndexOf("closed")));
        var b = Analyze("The port was closed after the storm.");
        Assert.True(WordBounds.MayBePassiveAt(b.Tokens, b.IndexOf("closed")));
        Assert.True(WordBounds.MayIntroduceClause(b.Tokens, b.IndexOf("after")));
        var c = Analyze("The port, its owners said, was closed.");
        Assert.True(WordBounds.MayFollowComma(c.Tokens, c.IndexOf("closed")));
    }
}
