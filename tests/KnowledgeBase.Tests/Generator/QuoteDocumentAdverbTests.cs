using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A document as the subject of a cue with an adverb between them ("The advisory also noted ...", "The notice further
/// warned ..."): the adverb is no bar, as it is none after a person, and the document speaks; an advisory and a notice
/// are documents (common-words.tsv document-noun).
/// </summary>
public sealed class QuoteDocumentAdverbTests
{
    [Theory]
    [InlineData("The Velden council issued a notice about the pier. The memo further stated the pier would close in June.", "the pier would close in June", "The memo")]
    [InlineData("The Ostrel coast office issued an advisory for the harbour. The advisory also noted high surf along the cliffs.", "high surf along the cliffs", "The advisory")]
    [InlineData("A survey of Velden anglers was released in May. The survey only noted that catches had fallen.", "catches had fallen", "The survey")]
    [InlineData("The harbour office posted a notice on the gate. The notice further warned that the pier was unsafe.", "the pier was unsafe", "The notice")]
    public void A_document_speaks_past_an_adverb_before_its_cue(string paragraph, string said, string speakerText)
    {
        var model = RuleArticle.Extract(paragraph);
        var quote = Assert.Single(model.Quotes, q => model.Text.Substring(q.Start, q.Length) == said);
        Assert.Equal(speakerText, quote.SpeakerText);
    }
}
