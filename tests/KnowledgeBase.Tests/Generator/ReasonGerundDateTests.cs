using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A year inside a "for" + -ing clause after a prize or win ("won the medal for charting the reef in 1998") dates the feat the
/// prize rewards, done before, not the prize. Invented sentences, against Sunday, July 28, 2019.
/// </summary>
public sealed class ReasonGerundDateTests
{
    [Fact]
    public void A_year_in_the_reason_clause_leaves_the_prize_to_its_paragraph_day()
    {
        var model = RuleArticle.Extract("On Tuesday, the Ostrel Academy named the winners of its science medals. Ilse Marr and Teodor Brask won their medal for charting the northern reef in 1998.");
        Assert.DoesNotContain(model.Events, e => e.Date == 19980000);
        Assert.Contains(model.Events, e => e.Date == 20190723 && e.Kind is "win" or "award");
    }

    [Fact]
    public void A_prize_told_in_a_paragraph_of_its_own_takes_the_lead_day_past_the_feat_year()
    {
        var model = RuleArticle.Extract("On Tuesday, the Ostrel Academy named the winners of its science medals.\n\nIlse Marr and Teodor Brask, both from Norhaven, won their medal for charting the northern reef in 1998.");
        Assert.DoesNotContain(model.Events, e => e.Date == 19980000);
        Assert.Contains(model.Events, e => e.Date == 20190723 && e.Kind is "win" or "award" && e.Participants.Count > 0);
    }

    [Fact]
    public void A_year_before_the_reason_clause_still_dates_the_prize()
    {
        var model = RuleArticle.Extract("Ilse Marr and Teodor Brask won their medal in 1998 for charting the northern reef.");
        Assert.Contains(model.Events, e => e.Date == 19980000 && e.Kind is "win" or "award");
    }

    [Fact]
    public void An_arrest_for_a_deed_keeps_the_year_after_it()
    {
        var model = RuleArticle.Extract("Police in Ostrel arrested Tomas Vell for smuggling cigarettes across the border in 2015.");
        Assert.Contains(model.Events, e => e.Date == 20150000 && e.Kind == "arrest");
    }
}
