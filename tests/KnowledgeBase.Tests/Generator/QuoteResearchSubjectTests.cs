using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Research speaks through studies, investigations and evidence as through a study or its findings: "early investigations
/// suggest a loose bolt caused the fire" is an indirect quote of the investigations. Invented sentences.
/// </summary>
public sealed class QuoteResearchSubjectTests
{
    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("The harbour investigation found the crane near Velden had not been inspected since 2015.", "investigation", "the crane near Velden had not been inspected")]
    [InlineData("Early investigations suggest a loose bolt on the Ostrel ferry caused the engine fire.", "investigations", "a loose bolt on the Ostrel ferry")]
    [InlineData("The drug helped some patients, but two later studies indicated it had little effect on the fever.", "studies", "it had little effect on the fever")]
    [InlineData("Few records survive, but some old evidence suggests there were mills along the Velden river before 1400.", "evidence", "there were mills along the Velden river")]
    public void A_finding_research_states_is_quoted(string sentence, string speaker, string claim)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q).StartsWith(claim));
        Assert.Contains(speaker, quote.SpeakerText ?? "");
    }
}
