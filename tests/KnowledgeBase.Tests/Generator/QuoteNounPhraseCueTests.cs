using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A cue word inside a noun phrase: the base form after one name ("the NRS signal", "UK voice actor") and a cue noun that
/// is the subject of an auxiliary right after it ("members states had asked") report nothing.
/// Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteNounPhraseCueTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("The harbour office noted the NRS signal received from Ostrel but declared the ferry lost.", "signal")]
    [InlineData("UK voice actor Mira Holt marveled at how fast the ferry trade in Ostrel had grown.", "voice")]
    [InlineData("Five members states had asked to house the Velden fisheries office before the vote.", "states")]
    public void A_cue_word_inside_a_noun_phrase_reports_nothing(string sentence, string noun)
    {
        var model = Extract(sentence);
        Assert.DoesNotContain(model.Quotes, q => q.Cue == noun);
    }

    [Theory] // guards: a group, a name after a preposition, an "-s" form, a subject taken out by "which" keep their cue
    [InlineData("Police say the Velden ferry sank near Ostrel on Friday.", "say")]
    [InlineData("Researchers from Velden University say the reef near Ostrel is recovering.", "say")]
    [InlineData("The Ostrel Herald reports the harbour master had resigned on Friday.", "reports")]
    [InlineData("Mayor Ana Ruiz announced a curfew in Velden, which she said would last until Friday.", "said")]
    public void A_cue_after_its_subject_still_reports(string sentence, string cue)
    {
        var model = Extract(sentence);
        Assert.Contains(model.Quotes, q => q.Cue == cue);
    }
}
