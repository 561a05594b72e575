using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Generators.Diagnostics;
using KnowledgeBase.Generators.Helpers;
using KnowledgeBase.Generators.Linking;
using KnowledgeBase.Generators.Models;
using Xunit;

namespace KnowledgeBase.Tests.Linking;

/// <summary>
/// When two reports are one event: the same CAMEO root and actors, compatible dates; an undated report joins a
/// dated event only from an article published within 14 days after it. Invented articles, one event each.
/// </summary>
public sealed class EventLinkerTests
{
    private static readonly string[] Callers = { "Anna Berg", "Tomas Lind" };

    private static ArticleModel Article(string file, int published, string cameo, int date, params string[] participants) =>
        new(file, file, "text", file, published,
            participants.Select(p => new ArticleEntity(p, 0, new[] { p }.ToEquatableArray(), 1, 0, 1)).ToEquatableArray(),
            EquatableArray<QuoteModel>.Empty,
            new[] { new EventModel(cameo, "call", participants.ToEquatableArray(), null, date, 0, 0, 4) }.ToEquatableArray(),
            EquatableArray<DiagnosticInfo>.Empty);

    private static List<EventCluster> Link(params ArticleModel[] articles)
    {
        var names = articles.SelectMany(a => a.Entities.Select(e => e.Name)).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        return EventLinker.Link(articles, (_, name) => names.IndexOf(name));
    }

    [Fact]
    public void An_undated_report_a_few_days_after_a_dated_event_joins_it()
    {
        // "Berg phoned Lind on 3 March" (article of 4 March); "Berg and Lind spoke by phone" (article of 10 March).
        var clusters = Link(Article("a.txt", 20250304, "041", 20250303, Callers), Article("b.txt", 20250310, "041", 0, Callers));
        var one = Assert.Single(clusters);
        Assert.Equal(2, one.Sources.Count);
        Assert.Equal(20250303, one.Date);
    }

    [Fact]
    public void An_undated_report_months_later_stays_apart_from_the_dated_event()
    {
        // The November call and a February article's undated call are two occasions, also when the article
        // that dates the call has no date of its own.
        Assert.Equal(2, Link(Article("a.txt", 20241110, "041", 20241108, Callers), Article("b.txt", 20250213, "041", 0, Callers)).Count);
        Assert.Equal(2, Link(Article("a.txt", 0, "041", 20241108, Callers), Article("b.txt", 20250213, "041", 0, Callers)).Count);
    }

    [Fact]
    public void An_undated_report_published_before_the_dated_event_stays_apart()
    {
        // An article of 14 March cannot report the call of 18 March, however close the two articles are.
        var clusters = Link(Article("a.txt", 20250314, "041", 0, Callers), Article("b.txt", 20250319, "041", 20250318, Callers));
        Assert.Equal(2, clusters.Count);
    }

    [Fact]
    public void Codes_of_one_CAMEO_root_with_agreeing_dates_merge_and_other_roots_do_not()
    {
        // A call (041) and a discussion (040) of the same day are one consultation; a visit of another root is not.
        Assert.Single(Link(Article("a.txt", 20250304, "041", 20250303, Callers), Article("b.txt", 20250305, "040", 20250303, Callers)));
        Assert.Equal(2, Link(Article("a.txt", 20250304, "041", 20250303, Callers), Article("b.txt", 20250305, "051", 20250303, Callers)).Count);
    }

    [Fact]
    public void Two_acts_of_one_root_stay_apart_and_the_roots_own_code_joins_either()
    {
        // "Lind resigned on 3 March" (0831) and "Lind was released on 3 March" (0841) share the root "yield" and are two acts;
        // a phone call (041) and a visit hosted (043) on one day are two occasions; "yielded" told as the root (080) is either.
        Assert.Equal(2, Link(Article("a.txt", 20250304, "0831", 20250303, Callers), Article("b.txt", 20250305, "0841", 20250303, Callers)).Count);
        Assert.Equal(2, Link(Article("a.txt", 20250304, "041", 20250303, Callers), Article("b.txt", 20250305, "043", 20250303, Callers)).Count);
        Assert.Single(Link(Article("a.txt", 20250304, "0831", 20250303, Callers), Article("b.txt", 20250305, "080", 20250303, Callers)));
    }

    [Fact]
    public void Dated_reports_with_different_days_stay_apart()
    {
        Assert.Equal(2, Link(Article("a.txt", 20250304, "041", 20250303, Callers), Article("b.txt", 20250312, "041", 20250311, Callers)).Count);
    }

    [Fact]
    public void Undated_reports_of_different_codes_stay_apart_even_in_the_same_week()
    {
        // "Berg and Lind held talks" and "Berg phoned Lind", neither dated: perhaps two occasions.
        Assert.Equal(2, Link(Article("a.txt", 20250304, "040", 0, Callers), Article("b.txt", 20250305, "041", 0, Callers)).Count);
        Assert.Single(Link(Article("a.txt", 20250304, "041", 0, Callers), Article("b.txt", 20250305, "041", 0, Callers)));
    }

    [Fact]
    public void A_report_that_names_more_parties_joins_the_same_actor_and_target()
    {
        // "Norvale struck Ostmark's army chief Anna Berg on 3 March, with Tomas Lind" and, days later, "Berg was killed by Norvale".
        var clusters = Link(Article("a.txt", 20250304, "195", 20250303, "Norvale", "Anna Berg", "Tomas Lind"), Article("b.txt", 20250306, "195", 0, "Norvale", "Anna Berg"));
        Assert.Equal(2, Assert.Single(clusters).Sources.Count);
        // Another target is another event.
        Assert.Equal(2, Link(Article("a.txt", 20250304, "195", 20250303, "Norvale", "Anna Berg"), Article("b.txt", 20250306, "195", 0, "Norvale", "Tomas Lind")).Count);
    }

    [Fact]
    public void Undated_reports_stay_apart_when_an_article_has_no_date()
    {
        Assert.Equal(2, Link(Article("a.txt", 0, "041", 0, Callers), Article("b.txt", 20250305, "041", 0, Callers)).Count);
    }

    [Fact]
    public void Occurrences_with_nobody_named_never_merge_across_articles()
    {
        // "A measles outbreak was confirmed on 2 March" in two articles: nothing shows it is the same outbreak.
        var clusters = Link(Article("a.txt", 20250304, "000", 20250302), Article("b.txt", 20250305, "000", 20250302));
        Assert.Equal(2, clusters.Count);
    }

    private static ArticleModel AtPlace(string file, int published, int date, string place) =>
        new(file, file, "text", file, published,
            Callers.Append(place).Select(p => new ArticleEntity(p, 0, new[] { p }.ToEquatableArray(), 1, 0, 1)).ToEquatableArray(),
            EquatableArray<QuoteModel>.Empty,
            new[] { new EventModel("195", "strike", Callers.ToEquatableArray(), place, date, 1, 0, 4) }.ToEquatableArray(),
            EquatableArray<DiagnosticInfo>.Empty);

    [Theory]
    [InlineData("Lyon", "France", 1)] // a city of the country: the same strike told less precisely
    [InlineData("Velden Airport", "France", 1)] // a site the gazetteer does not know, in the country named
    [InlineData("Lyon", "Marseille", 2)] // two cities: two strikes
    [InlineData("Lyon", "Germany", 2)] // a city of another country
    public void Places_agree_when_one_lies_in_the_other(string first, string second, int events)
    {
        var articles = new[] { AtPlace("a.txt", 20250304, 20250303, first), AtPlace("b.txt", 20250306, 0, second) };
        var names = articles.SelectMany(a => a.Entities.Select(e => e.Name)).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        Assert.Equal(events, EventLinker.Link(articles, (_, name) => names.IndexOf(name), i => names[i]).Count);
    }
}
