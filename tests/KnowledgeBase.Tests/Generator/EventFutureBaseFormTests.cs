using System;
using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// The base form of a verb whose trigger row lists only its other forms ("sued", "deported", "withdrew"), after "will" or
/// "shall" ("will sue", "said it will deport"), is the act that row codes, planned (TriggerFinder.FutureBaseForm); negated, after
/// a modal of possibility or after "would" (habits and hypotheses as often as plans), it is none. Invented sentences; the
/// dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventFutureBaseFormTests
{
    private const int StatusPlanned = 2;

    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Ostrel Shipping announced it will sue Velland Rail Company.", "115", "Ostrel Shipping", "Velland Rail Company")]
    [InlineData("Marrow Bank announced it will withdraw from its partnership with Quill Motors.", "166", "Marrow Bank", "Quill Motors")]
    [InlineData("The Ostrel Border Agency said it will soon deport Tomas Vell.", "174", "Ostrel Border Agency", "Tomas Vell")]
    public void A_row_verb_after_a_future_auxiliary_is_the_planned_act(string text, string cameo, string actor, string target) =>
        Assert.Contains(Extract(text).Events, e => e.Cameo == cameo && e.Status == StatusPlanned && e.Participants.ToArray().SequenceEqual(new[] { actor, target }));

    [Theory]
    [InlineData("Ostrel Shipping said it will not sue Velland Rail Company.")]
    [InlineData("Ostrel Shipping said it would sue Velland Rail Company if the talks failed.")]
    [InlineData("Ostrel Shipping said it could sue Velland Rail Company.")]
    [InlineData("Ostrel Shipping said it wanted to sue Velland Rail Company.")]
    public void Negated_only_possible_or_after_would_it_is_no_act(string text) =>
        Assert.DoesNotContain(Extract(text).Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
}
