using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// In an interviewer's turn, "you" before a cue of speech with its quotation ("you wrote "..."") is the one interviewed, whom
/// the next "((Name))" label names; a cue of a view in a question ("Do you still think "..."?") reports nothing. Invented text.
/// </summary>
public sealed class QuoteInterviewAddresseeTests
{
    private const string Transcript =
        "Karel Brandt sells boats in Ostrel.\n\n"
        + "((WN)) On your blog, you wrote \"Every harbour town deserves a ferry that sails all winter.\" How would the council pay for it?\n\n"
        + "((Karel Brandt)) With the mooring fees, mostly.\n\n"
        + "((WN)) Do you still think \"the old pier is far too short\"?\n\n"
        + "((Karel Brandt)) The new boats are longer.";

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    [Fact]
    public void The_one_interviewed_wrote_the_quoted_words()
    {
        var model = RuleArticle.Extract(Transcript);
        var quote = Assert.Single(model.Quotes, q => TextOf(model, q).Contains("deserves a ferry"));
        Assert.Equal("Karel Brandt", quote.SpeakerText);
    }

    [Fact] // a guard: what the interviewee is asked to hold is no statement
    public void A_view_asked_about_reports_nothing()
    {
        var model = RuleArticle.Extract(Transcript);
        Assert.DoesNotContain(model.Quotes, q => TextOf(model, q).Contains("far too short"));
    }
}
