using KnowledgeBase.Generators.Extraction.Analysis;
using Xunit;
using static KnowledgeBase.Tests.Analysis.AnalysisTestKit;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>Parts of speech on invented sentences: ambiguous words by their context, unknown words by their ending.</summary>
public sealed class PartOfSpeechTests
{
    [Theory]
    [InlineData("The talks resumed on Monday.", "talks", "Noun")]
    [InlineData("The suspect shot two officers on Friday.", "suspect", "Noun")] // a noun and a past verb with its object
    [InlineData("The suspect shot two officers on Friday.", "shot", "Verb")]
    [InlineData("The suspect vehicle was found in Velden.", "suspect", "Adjective")]
    [InlineData("She talks daily with Berg.", "talks", "Verb")]
    [InlineData("Lindstad joined the peace talks on Monday.", "talks", "Noun")] // the head of a compound in an object: the clause has its verb
    [InlineData("Berg arrived in Lindstad for a state visit.", "visit", "Noun")]
    [InlineData("Berg said the company plans to expand.", "plans", "Verb")] // a clause without "that" after a verb of saying
    [InlineData("The central bank let the peso float.", "float", "Verb")] // an object with a bare infinitive
    [InlineData("The government plans to build a bridge.", "plans", "Verb")]
    [InlineData("Her plans were rejected.", "plans", "Noun")]
    [InlineData("Berg will visit Lindstad.", "visit", "Verb")]
    [InlineData("The visit was short.", "visit", "Noun")]
    [InlineData("The foreign minister arrived.", "foreign", "Adjective")]
    [InlineData("Anna Berg arrived in Lindstad.", "Lindstad", "ProperNoun")]
    [InlineData("Anna Berg arrived in Lindstad.", "Anna", "ProperNoun")]
    [InlineData("The deal was signed quickly.", "quickly", "Adverb")]
    [InlineData("Tomas Vell was further sanctioned by Norland in 2011.", "further", "Adverb")] // an adverb between "be" and a participle
    [InlineData("Tomas Vell was further sanctioned by Norland in 2011.", "sanctioned", "Verb")]
    [InlineData("Ana Ruiz has long stated that the port is too small.", "long", "Adverb")]
    [InlineData("The minister was right wing.", "right", "Adjective")] // a guard: no participle follows
    [InlineData("Berg said that the talks were useful.", "that", "Subordinator")]
    [InlineData("The minister that resigned spoke.", "that", "WhWord")]
    [InlineData("Berg signed that deal.", "that", "Determiner")]
    [InlineData("Lind went to Ottawa.", "to", "Preposition")]
    [InlineData("Lind wants to meet Berg.", "to", "Particle")]
    [InlineData("She is ready.", "is", "Verb")]
    [InlineData("She is leaving.", "is", "Auxiliary")]
    [InlineData("Lind could resign.", "could", "Modal")]
    [InlineData("The blorfish committee met.", "blorfish", "Adjective")]
    [InlineData("Berg was blorfed by Lind.", "blorfed", "Verb")]
    [InlineData("Russia's president spoke.", "'s", "Possessive")]
    [InlineData("Berg met 12 ministers.", "12", "Number")]
    public void A_word_takes_its_class_from_its_context(string sentence, string word, string expected)
    {
        var a = Analyze(sentence);
        Assert.True(a.TagOf(word).ToString() == expected, a.Dump());
    }

    [Fact]
    public void Verb_forms_and_lemmas_are_given()
    {
        var a = Analyze("She talks daily, and the ministers resumed after Berg had gone.");
        Assert.Equal((VerbForm.ThirdSingular, "talk"), (a.Tags.Forms[a.IndexOf("talks")], a.LemmaAt(a.IndexOf("talks"))));
        Assert.Equal("minister", a.LemmaAt(a.IndexOf("ministers")));
        Assert.Equal((VerbForm.Past, "resume"), (a.Tags.Forms[a.IndexOf("resumed")], a.LemmaAt(a.IndexOf("resumed"))));
        Assert.Equal((VerbForm.Participle, "go"), (a.Tags.Forms[a.IndexOf("gone")], a.LemmaAt(a.IndexOf("gone"))));
    }

    public static TheoryData<string, string, string> ContextRows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in ContextRules.Rows) data.Add(row.Example, row.Word, row.Expected.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(ContextRows))]
    public void Every_context_rule_decides_its_example(string example, string word, string expected)
    {
        var a = Analyze(example);
        Assert.True(a.TagOf(word).ToString() == expected, a.Dump());
    }

    public static TheoryData<string> UnknownWordRows()
    {
        var data = new TheoryData<string>();
        foreach (var row in UnknownWordRules.Rows) data.Add(row.Example);
        return data;
    }

    [Theory]
    [MemberData(nameof(UnknownWordRows))]
    public void Every_suffix_rule_classifies_its_example(string example)
    {
        var row = UnknownWordRules.Find(example);
        Assert.NotNull(row);
        Assert.Equal(example.Substring(example.Length - row!.Suffix.Length), row.Suffix);
        Assert.True(WordEntry.Of(example).IsGuessed);
        Assert.Equal(row.Open, WordEntry.Of(example).Open);
    }

    [Fact]
    public void A_noun_or_an_adjective_alone_is_tagged_alike_in_every_context()
    {
        // The tagger's shortcut for words of one open class, read from the context rows.
        Assert.Equal(Tag.Noun, ContextRules.TagOfOnly(OpenClass.Noun));
        Assert.Equal(Tag.Adjective, ContextRules.TagOfOnly(OpenClass.Adjective));
        Assert.Null(ContextRules.TagOfOnly(OpenClass.Adverb)); // "the" + an adverb: Modifier makes it an adjective or a noun
        Assert.Null(ContextRules.TagOfOnly(OpenClass.Noun | OpenClass.Verb));
    }
}
