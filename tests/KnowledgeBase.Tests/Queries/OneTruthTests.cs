using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using Xunit;

namespace KnowledgeBase.Tests.Queries;

/// <summary>The runtime says what kb says: records print their text, dates parse, evidence knows its sentence.</summary>
public sealed class OneTruthTests
{
    [Fact]
    public void Records_print_their_text()
    {
        var quote = Seeds.Knowledge.Quotes[0];
        Assert.Equal(quote.Span.Text, quote.Span.ToString());
        Assert.Equal($"{quote.Article.File}@{quote.Span.Start}+{quote.Span.Length}", quote.Span.Location);
        Assert.Contains(quote.Text, quote.ToString());
        var ev = Seeds.Timeline[0];
        Assert.Equal($"{ev.Date} {ev.Summary}", ev.ToString());
        var hit = Seeds.Knowledge.Search("ceasefire").First();
        Assert.Equal(hit.Sentence.Text, hit.ToString());
        Assert.DoesNotContain(".txt@", hit.ToString());
    }

    [Theory]
    [InlineData("2025", 2025, null, null)]
    [InlineData("2025-02", 2025, 2, null)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void PartialDate_parses_what_it_prints(string text, int year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date.ToString());
        Assert.True(PartialDate.TryParse(text, out var again));
        Assert.Equal(date, again);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("0000")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2025/02/03")]
    [InlineData("2025-2-3")]
    [InlineData(" 2025")]
    [InlineData("٢٠٢٥")]
    [InlineData("2025-02-03T00:00")]
    public void PartialDate_rejects_everything_else(string? text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        if (text is not null) Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void PartialDate_parsing_ignores_the_culture()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal(new PartialDate(2025, 2, 13), PartialDate.Parse("2025-02-13"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Fact]
    public void Events_and_quotes_know_their_evidence_sentence()
    {
        foreach (var e in Seeds.Knowledge.Events)
        {
            Assert.Equal(e.Sources[0], e.Sentence);
            Assert.False(string.IsNullOrWhiteSpace(e.Sentence.Text));
        }
        foreach (var q in Seeds.Knowledge.Quotes)
        {
            Assert.Contains(q.Text, q.Sentence.Text);
            Assert.InRange(q.Span.Start, q.Sentence.Start, q.Sentence.Start + q.Sentence.Length);
        }
    }

    [Fact]
    public void ReportedBetween_finds_undated_events_by_when_they_were_reported()
    {
        var undated = Seeds.Knowledge.Events.First(e => e.Date is null && e.Reported is not null);
        var day = undated.Reported!.Value;
        var found = Seeds.Knowledge.Events.ReportedBetween(day, day).ToList();
        Assert.Contains(undated, found);
        Assert.DoesNotContain(undated, Seeds.Knowledge.Events.Between(day, day));
        Assert.All(found, e => Assert.True(e.Reported is { } r && r.IsWithin(day, day)));
        Assert.Equal(Seeds.Knowledge.Events.Count(e => e.Reported is { } r && r.IsWithin(day, day)), found.Count);
        Assert.Empty(Seeds.Knowledge.Events.ReportedBetween(new PartialDate(1990), new PartialDate(1990)));
        Assert.Equal(found, Seeds.Knowledge.Events.AsEnumerable().ReportedBetween(day, day));
    }
}
