using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A quotation after a colon that closes "X issued/released/made [the following] statement/announcement": the words of the
/// text X put out, so X speaks ("The council issued the following statement: "...""). Invented sentences.
/// </summary>
public sealed class QuoteIssuedTextTests
{
    private const int QuoteDirect = 1;

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Theory]
    [InlineData("An official Norvel council Facebook account made the following announcement: \"Fishing boats must stay in the inner harbour for now.\"", "council Facebook account")]
    [InlineData("Mayor Tomas Brekke released a brief statement on Twitter: \"We owe the fishermen of Norvel a safe pier this year.\"", "Tomas Brekke")]
    [InlineData("The palace issued a statement from the queen: \"My thoughts are with the families who lost their boats in the storm.\"", "queen")]
    [InlineData("The Ostrel ferry company made the following announcement: \"All crossings to Norvel are cancelled until the storm passes.\"", "Ostrel")]
    public void A_quotation_after_a_text_someone_put_out_is_theirs(string sentence, string speaker)
    {
        var model = RuleArticle.Extract(sentence);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(QuoteDirect, quote.Kind);
        Assert.Contains(speaker, (quote.Speaker ?? "") + " " + quote.SpeakerText);
        Assert.StartsWith(TextOf(model, quote), sentence.Split(": \"")[1]);
    }

    // Guards: a colon after something else than a text put out ("made three changes"), or a text named with "that", adds no speaker.
    [Theory]
    [InlineData("The Norvel council made three changes to its plan: \"safer railings\", \"new lights\" and \"a wider walkway\".")]
    [InlineData("The council sent that letter to Ostrel: \"Dear neighbours, the pier is closed until further notice.\"")]
    public void A_colon_after_no_issued_text_names_no_issuer(string sentence) =>
        Assert.DoesNotContain(RuleArticle.Extract(sentence).Quotes, q => q.Cue is "made" or "sent");
}
