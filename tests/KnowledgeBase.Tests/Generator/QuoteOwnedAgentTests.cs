using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// "His legal team argued ...", "Ana Ruiz's office said ...": a team, office or campaign owned by a person speaks for them. The
/// speaker is the owner, and the speaker's text keeps the owned noun, so the quote names the team as well as whose it is.
/// Invented sentences.
/// </summary>
public sealed class QuoteOwnedAgentTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Orlen Vasquet, the mayor of Tessport, was questioned by inspectors on Friday. His legal team argued that the inquiry had no basis.", "His legal team")]
    [InlineData("Orlen Vasquet, the mayor of Tessport, was questioned by inspectors on Friday. His office said the mayor would skip the hearing.", "His office")]
    [InlineData("Orlen Vasquet, the mayor of Tessport, was questioned by inspectors on Friday. Vasquet's campaign said the charges were invented.", "Vasquet's campaign")]
    [InlineData("Orlen Vasquet, the mayor of Tessport, was questioned by inspectors on Friday. The Vasquet campaign said the charges were invented.", "Vasquet campaign")]
    [InlineData("Orlen Vasquet, the mayor of Tessport, was questioned by inspectors on Friday. Vasquet campaign officials said the charges were invented.", "Vasquet campaign officials")]
    [InlineData("Orlen Vasquet, spokesman for the Tessport council's planning office, sharply criticized the ruling, which the mayor has referred to as \"a stunt\".", "Orlen Vasquet")]
    public void An_owned_team_or_office_keeps_its_noun_in_the_speaker_text(string sentences, string speakerText)
    {
        var model = Extract(sentences);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(("Orlen Vasquet", speakerText), (quote.Speaker, quote.SpeakerText));
    }
}
