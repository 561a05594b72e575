using KnowledgeBase.Generators.Extraction.Analysis;
using Xunit;
using static KnowledgeBase.Tests.Analysis.AnalysisTestKit;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>Subordinate and relative clauses whose subject is more than one chunk: the introducer is found past all of it.</summary>
public sealed class IntroducedClauseTests
{
    [Theory]
    [InlineData("When the members of the council asked Ana Ruiz about the port, she resigned.", "asked", "Subordinate", "the members")]
    [InlineData("While consensus among the ministers says the port will close, Tomas Vell disagrees.", "says", "Subordinate", "consensus")]
    [InlineData("Although some analysts, like Tomas Vell of the Velden Institute, called the vote a victory, it signals a shift.", "called", "Subordinate", "some analysts")]
    [InlineData("While one candidate stated he had won, little of the money reached Ostrel.", "stated", "Subordinate", "one candidate")]
    [InlineData("After Ana Ruiz and Karel Brandt met in Velden, the talks resumed.", "met", "Subordinate", "Ana Ruiz")]
    [InlineData("Ana Ruiz said that over the last decade of the war, only two ships reached Ostrel.", "reached", "Reported", "two ships")]
    [InlineData("The ferry sank in a storm in which hundreds died.", "died", "Relative", "hundreds")]
    [InlineData("The leaders met for a summit where on Sunday the ministers signed the deal.", "signed", "Subordinate", "the ministers")]
    [InlineData("The Velden Herald claimed that during a trip to Ostrel, Karel Brandt refused to visit the port.", "refused", "Reported", "Karel Brandt")]
    [InlineData("The charter specifies that officials are elected by the council of Velden.", "elected", "Subordinate", "officials")]
    [InlineData("WHO said the outbreak in Ostrel was over.", "said", "Main", "WHO")]
    public void The_clause_is_introduced_past_its_whole_subject(string sentence, string verb, string kind, string subject)
    {
        var a = Analyze(sentence);
        var clause = a.ClauseOf(verb);
        Assert.True(clause.Kind.ToString() == kind && clause.Subject?.Text == subject, a.Dump());
    }

    [Theory]
    [InlineData("The ministry said on Monday that it had expelled Lena Vos.", "expelled")]
    [InlineData("Ana Ruiz told reporters in Velden on Friday that the port would close.", "close")]
    [InlineData("The council wrote, in a letter to Karel Brandt, that the permit had expired.", "expired")]
    [InlineData("Tomas Vell said repeatedly that he had not seen the report.", "seen")]
    public void A_that_clause_after_a_speech_verb_and_its_phrases_is_what_is_said(string sentence, string verb)
    {
        var a = Analyze(sentence);
        Assert.True(a.ClauseOf(verb).Kind == ClauseKind.Reported, a.Dump());
    }

    [Fact]
    public void A_that_clause_lacking_its_object_after_a_phrase_is_relative()
    {
        var a = Analyze("Ana Ruiz wrote about the treaty that Velden signed with Ostrel.");
        Assert.True(a.ClauseOf("signed").Kind == ClauseKind.Relative, a.Dump());
    }

    [Fact]
    public void A_phrase_between_commas_after_a_clause_is_no_subject()
    {
        var a = Analyze("Ana Ruiz, who has a seat as a member of the board, was named chair.");
        Assert.True(a.ClauseOf("named").Kind == ClauseKind.Main, a.Dump());
    }

    [Fact]
    public void A_preposition_introduces_no_participle()
    {
        var a = Analyze("The summit will serve as a platform for talks involving Ana Ruiz.");
        Assert.True(a.ClauseOf("involving").Kind == ClauseKind.Nonfinite, a.Dump());
    }

    [Theory]
    [InlineData("Ana Ruiz joined the board of the Velden Port, on which Karel Brandt served.", true)]
    [InlineData("Ana Ruiz, whose aide resigned on Monday, left Ostrel.", true)]
    [InlineData("Ana Ruiz met Karel Brandt, and the talks resumed.", false)]
    public void A_comma_opens_a_relative_clause(string sentence, bool opens)
    {
        var a = Analyze(sentence);
        Assert.True(a.OpensRelativeClause(a.IndexOf(",")) == opens, a.Dump());
    }

    [Fact]
    public void A_word_stands_in_the_relative_clause_through_what_it_reports()
    {
        var a = Analyze("The minister who said that Karel Brandt attacked the port resigned on Monday.");
        Assert.True(a.RelativeClauseAround(a.IndexOf("attacked")) is { Kind: ClauseKind.Relative } && a.RelativeClauseAround(a.IndexOf("port")) is not null, a.Dump());
        Assert.Null(a.RelativeClauseAround(a.IndexOf("resigned")));
        Assert.Null(a.RelativeClauseAround(a.IndexOf("Monday")));
    }

    [Theory]
    [InlineData("Judge Mira Holt ruled on Monday the ban was unlawful.", "on", true)]
    [InlineData("Ana Ruiz told reporters she was forced to leave.", "she", true)]
    [InlineData("Ana Ruiz told me what I was doing was wrong.", "what", true)]
    [InlineData("Ana Ruiz said Tomas Vell, who died in Velden, will be buried on Tuesday.", "Tomas", true)]
    [InlineData("The minister ordered the network to shut down.", "the", false)]
    [InlineData("Velden Motors announced investigating itself, following concerns that the tests could be flawed.", "investigating", false)]
    public void A_finite_clause_opens_at_a_word_when_its_finite_verb_follows_close_and_before_any_comma(string sentence, string word, bool opens)
    {
        var a = Analyze(sentence);
        Assert.True(a.OpensFiniteClauseAt(a.IndexOf(word)) == opens, a.Dump());
    }
}
