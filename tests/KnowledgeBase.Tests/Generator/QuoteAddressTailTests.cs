using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A place that only ends a town's address ("Lyon, France") right before the cue never speaks: the person the apposition
/// describes, or the body located in the town, does. Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class QuoteAddressTailTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Ana Ruiz, the mayor of Lyon, France, said the ferry would resume in August.", "Ana Ruiz")]
    [InlineData("Karel Brandt, the former mayor of South Velden, Ohio, announced that the old pier would be sold.", "Karel Brandt")]
    [InlineData("The Velden Ministry of Health in Lyon, France confirmed on Friday that two new cases were found.", "Velden Ministry of Health")]
    public void A_town_s_region_or_country_before_the_cue_is_no_speaker(string sentence, string speaker)
    {
        var model = Extract(sentence);
        Assert.Equal(speaker, Assert.Single(model.Quotes).Speaker);
        Assert.DoesNotContain(model.Events, e => e.Participants.Contains("France") || e.Participants.Contains("Ohio"));
    }
}
