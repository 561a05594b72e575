using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A cue word used as a noun before a quotation: owned ("the firm's claims") or counted ("nine state ... contests") it has no
/// subject and names no speaker of the quoted words. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteNounCueTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Mira Holt won none of the nine state nominating contests of \"Grey Monday\", March 4.", "state")]
    [InlineData("Tomas Vell mocked the Ostrel Shipping board's claims as a \"harbour fairy tale\" on Friday.", "claims")]
    [InlineData("Velden voters rejected the two claims of a \"clean ballot\" in the port town.", "claims")]
    public void An_owned_or_counted_cue_noun_is_no_cue_of_the_quotation(string sentence, string noun)
    {
        var model = Extract(sentence);
        Assert.DoesNotContain(model.Quotes, q => q.Cue == noun);
    }

    [Fact] // a guard: the verb after its subject still reports
    public void A_cue_verb_after_its_subject_still_reports()
    {
        var model = Extract("The Ostrel Shipping board claims the vote was \"a harbour fairy tale\".");
        Assert.Contains(model.Quotes, q => q.Cue == "claims");
    }
}
