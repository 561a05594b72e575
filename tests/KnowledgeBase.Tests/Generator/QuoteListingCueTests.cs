using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "lists X as Y", "classified X as Y": a source that files something under a description reports it, as
/// "described X as Y" does; the object and its description are the reported content. Invented sentences.
/// </summary>
public sealed class QuoteListingCueTests
{
    private static string[] ContentsBy(string sentence, string speaker)
    {
        var model = RuleArticle.Extract(sentence);
        return model.Quotes.Where(q => (q.Speaker ?? q.SpeakerText) == speaker).Select(q => model.Text.Substring(q.Start, q.Length)).ToArray();
    }

    [Theory]
    [InlineData("The Velden Heritage Board lists the old brick mill as a protected site.", "Velden Heritage Board", "as a protected site")]
    [InlineData("The Ostrel Weather Office has classified the storm over Tarn Vell as a severe gale.", "Ostrel Weather Office", "as a severe gale")]
    public void A_listing_cue_with_an_as_description_reports_it(string sentence, string speaker, string description) =>
        Assert.Contains(ContentsBy(sentence, speaker), content => content.EndsWith(description));

    // Nobody lists anything in a noun "list" or a passive without its source.
    [Theory]
    [InlineData("The list of the Velden Heritage Board names the old brick mill as a protected site.", "list")]
    [InlineData("The old brick mill was listed as a protected site in Velden.", "mill")]
    public void A_list_noun_or_a_sourceless_passive_reports_nothing(string sentence, string notSpeaker) =>
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Quotes, q => (q.Speaker ?? q.SpeakerText ?? "").Contains(notSpeaker));
}
