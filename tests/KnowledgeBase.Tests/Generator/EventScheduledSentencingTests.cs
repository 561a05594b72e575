using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A sentencing set for a later day whose own sentence names nobody ("Sentencing is scheduled for August 14") is the sentencing
/// of the one person the article told before as pleading, charged, held or convicted (ScheduledSentencings). Invented sentences;
/// the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventScheduledSentencingTests
{
    private const int StatusPlanned = 2;

    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Jonas Halvik pleaded guilty to arson at the Tarnow District Court on Tuesday. Sentencing is scheduled for August 14.")]
    [InlineData("Prosecutors charged Jonas Halvik with arson in May, and a jury found him guilty on Friday.\n\nSentencing has been set for September.")]
    public void A_scheduled_sentencing_is_the_accused_told_before(string text) =>
        Assert.Contains(Extract(text).Events, e => e.Kind == "sentencing" && e.Participants.ToArray().SequenceEqual(new[] { "Jonas Halvik" }) && e.Status == StatusPlanned);

    [Theory]
    // Two accused: whose sentencing it is, is not guessed.
    [InlineData("Jonas Halvik and Piet Valdor pleaded guilty to arson at the Tarnow District Court on Tuesday. Sentencing is scheduled for August 14.")]
    // Nobody accused before.
    [InlineData("The Tarnow council met on Tuesday to discuss the budget. Sentencing is scheduled for August 14.")]
    // Not the noun that opens the sentence: a practice, not a step of a case.
    [InlineData("Jonas Halvik pleaded guilty to arson on Tuesday. New sentencing guidelines are scheduled for release in August.")]
    public void Without_one_accused_no_sentencing_is_told(string text) =>
        Assert.DoesNotContain(Extract(text).Events, e => e.Kind == "sentencing" && e.Status == StatusPlanned);
}
