using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An unnamed person who speaks by a role over a group ("The head of the port's divers told ...") keeps the whole role as
/// speaker, and "She also said" right after that speaker's quotation is the same person. Invented sentences.
/// </summary>
public sealed class QuoteUnnamedRoleTests
{
    [Fact]
    public void A_singular_role_over_a_group_is_the_speaker_not_the_group()
    {
        var quote = Assert.Single(RuleArticle.Extract("The head of the city's firefighters told the court the alarm never sounded.").Quotes);
        Assert.Equal("The head of the city's firefighters", quote.SpeakerText);
    }

    [Fact]
    public void She_right_after_an_unnamed_role_speaker_is_that_speaker()
    {
        var model = RuleArticle.Extract("Mayor Karel Brandt opened the hearing. The head of the city's firefighters told the court \"The alarm never sounded.\" She also said \"We arrived within minutes.\"");
        Assert.Equal(2, model.Quotes.Count);
        Assert.All(model.Quotes, q => Assert.Equal(("The head of the city's firefighters", null), (q.SpeakerText, q.Speaker)));
    }

    // '"...," she said' right after the quotation opening its sentence is the same unnamed speaker, and a role speaking for
    // a body ("A spokeswoman for the Velden Harbour Police") is that body; a body named alone has no "she".
    [Theory]
    [InlineData("A ferry spokeswoman said the pier was closed. \"We are still counting the damage,\" she said.", "ferry spokeswoman")]
    [InlineData("A spokeswoman for the Velden Harbour Police said the pier was closed. \"We are still counting the damage,\" she said.", "Velden Harbour Police")]
    [InlineData("The Velden Harbour Police said the pier was closed. \"We are still counting the damage,\" she said.", null)]
    public void She_after_a_quotation_right_after_an_unnamed_role_speaker_is_that_speaker(string paragraphs, string? speaker)
    {
        var model = RuleArticle.Extract(paragraphs);
        var quote = model.Quotes.SingleOrDefault(q => q.Kind == 1); // the direct quotation
        Assert.Equal(speaker, quote is null ? null : quote.Speaker ?? quote.SpeakerText);
    }

    [Theory]
    [InlineData("Residents of the town said the river had risen overnight.", "Residents of the town")]
    [InlineData("Members of the rowing club said the vote was unfair.", "Members of the rowing club")]
    [InlineData("Parents at the school said the roof had leaked for weeks.", "Parents at the school")]
    [InlineData("The mayor of the town said the river had risen overnight.", "The mayor")]
    [InlineData("The head of the firefighters told the court the alarm never sounded.", "The head of the firefighters")]
    public void A_group_or_role_before_its_complement_speaks_not_the_place_or_body_after_it(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(RuleArticle.Extract(sentence).Quotes).SpeakerText);
}
