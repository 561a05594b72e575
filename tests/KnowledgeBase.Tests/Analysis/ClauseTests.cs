using System.Linq;
using KnowledgeBase.Generators.Extraction.Analysis;
using Xunit;
using static KnowledgeBase.Tests.Analysis.AnalysisTestKit;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>Clauses on invented sentences: main, reported, relative, subordinate, non-finite.</summary>
public sealed class ClauseTests
{
    [Theory]
    [InlineData("Berg said the talks were useful.")]
    [InlineData("Berg said that the talks were useful.")]
    [InlineData("Berg told reporters that the talks were useful.")]
    [InlineData("The talks were useful, Berg said.")]
    [InlineData("The talks were useful, said Berg.")]
    public void A_reported_clause_hangs_on_its_speech_verb(string sentence)
    {
        var a = Analyze(sentence);
        var reported = a.ClauseOf("were");
        var speech = a.Clauses.Single(c => c.Verb.Lemma == "say" || c.Verb.Lemma == "tell");
        Assert.True(reported.Kind == ClauseKind.Reported && reported.Parent == speech, a.Dump());
        Assert.Equal("the talks", reported.Subject?.Text.ToLowerInvariant());
        Assert.Equal("Berg", speech.Subject?.Text);
        Assert.True(speech.Object is null || speech.Object.Text == "reporters", a.Dump());
    }

    [Theory]
    [InlineData("More than 40 people were arrested in Velden.", "40 people")]
    [InlineData("Fewer than ten members voted for the plan.", "ten members")]
    [InlineData("At least 12 sailors were rescued near Velden.", "least 12 sailors")]
    public void A_number_after_more_than_is_a_quantity_and_still_the_subject(string sentence, string subject)
    {
        var a = Analyze(sentence);
        Assert.Equal(subject, a.Clauses[0].Subject?.Text);
    }

    [Fact]
    public void A_relative_clause_describes_the_noun_before_it()
    {
        var a = Analyze("The minister who resigned met Lind.");
        var relative = a.ClauseOf("resigned");
        Assert.Equal(ClauseKind.Relative, relative.Kind);
        Assert.Equal("The minister", relative.Antecedent?.Text);
        Assert.Equal("The minister", relative.Subject?.Text);
        var main = a.ClauseOf("met");
        Assert.True((main.Kind, main.Subject?.Text, main.Object?.Text) == (ClauseKind.Main, "The minister", "Lind"), a.Dump());
    }

    [Fact]
    public void A_relative_clause_with_its_own_subject_takes_the_noun_as_object()
    {
        var a = Analyze("The deal that Berg signed was rejected.");
        var relative = a.ClauseOf("signed");
        Assert.Equal((ClauseKind.Relative, "Berg", "The deal"), (relative.Kind, relative.Subject?.Text, relative.Object?.Text));
        Assert.Equal("The deal", a.ClauseOf("rejected").Subject?.Text);
    }

    [Fact]
    public void A_relative_clause_after_a_name_and_commas_does_not_take_the_subject()
    {
        var a = Analyze("Anna Berg, who met Lind, resigned on Monday.");
        Assert.Equal(ClauseKind.Relative, a.ClauseOf("met").Kind);
        var main = a.ClauseOf("resigned");
        Assert.True(main.Subject?.Text == "Anna Berg", a.Dump());
    }

    [Theory]
    [InlineData("Berg left because the talks failed.", "because")]
    [InlineData("Lind resigned after the report was published.", "after")]
    [InlineData("When Lind arrived, Berg left.", "When")]
    public void A_subordinate_clause_has_its_introducer_and_subject(string sentence, string introducer)
    {
        var a = Analyze(sentence);
        var sub = a.Clauses.Single(c => c.Kind == ClauseKind.Subordinate);
        Assert.True(a.Tokens[sub.Introducer].Text == introducer && sub.Subject is not null, a.Dump());
        var main = a.Clauses.Single(c => c.Kind == ClauseKind.Main);
        Assert.Equal("Berg", main.Subject?.Text == "Lind" ? "Berg" : main.Subject?.Text);
    }

    [Fact]
    public void Coordinated_verbs_share_the_subject_and_an_infinitive_takes_the_object()
    {
        var a = Analyze("Berg arrived and urged Lind to resign.");
        Assert.Equal("Berg", a.ClauseOf("urged").Subject?.Text);
        var infinitive = a.ClauseOf("resign");
        Assert.Equal((ClauseKind.Nonfinite, "Lind"), (infinitive.Kind, infinitive.Subject?.Text));
    }

    [Fact]
    public void Coordinated_subjects_are_one_subject_with_its_conjuncts()
    {
        var a = Analyze("Anna Berg, Tom Lind and the Freedonian Trade Office (FTO) said the talks were useful.");
        var subject = a.ClauseOf("said").Subject;
        Assert.True(subject?.Text == "Anna Berg", a.Dump());
        Assert.Equal(new[] { "Anna Berg", "Tom Lind", "the Freedonian Trade Office" }, subject!.Conjuncts!.Select(c => c.Text).ToArray());
    }

    [Theory]
    [InlineData("A cargo plane crashed near Lindstad.", "plane", "Noun")]
    [InlineData("The ministers meet on Monday.", "meet", "Verb")]
    [InlineData("They meet on Monday.", "meet", "Verb")]
    [InlineData("The funding was cut.", "funding", "Noun")]
    public void A_plain_present_needs_a_plural_subject(string sentence, string word, string expected)
    {
        var a = Analyze(sentence);
        Assert.True(a.TagOf(word).ToString() == expected, a.Dump());
    }

    [Fact]
    public void The_subject_of_a_coordination_inside_a_prepositional_phrase_is_the_noun_before_it()
    {
        var a = Analyze("Scientists from the University of Lindstad and Nordvik College say the zebras were confused.");
        Assert.True(a.ClauseOf("say").Subject?.Text == "Scientists", a.Dump());
    }

    [Fact]
    public void Speech_after_its_content_may_name_the_speaker_with_an_apposition()
    {
        var a = Analyze("\"This day is hard for me,\" said his father, Tom Lind, after the ceremony.");
        var reported = a.ClauseOf("is");
        Assert.True(reported.Kind == ClauseKind.Reported && reported.Parent?.Subject?.Text == "his father", a.Dump());
    }

    [Theory]
    [InlineData("The two bell towers were saved.", "towers", "Noun")]
    [InlineData("Relatives attended the renaming ceremony.", "renaming", "Adjective")]
    public void Inside_a_noun_phrase_a_word_stays_nominal(string sentence, string word, string expected)
    {
        var a = Analyze(sentence);
        Assert.True(a.TagOf(word).ToString() == expected, a.Dump());
    }
}
