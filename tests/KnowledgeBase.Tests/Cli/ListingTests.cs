using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using KnowledgeBase.Cli;
using Xunit;

namespace KnowledgeBase.Tests.Cli;

/// <summary>The listing commands for people: --json, --limit, tables that fit the terminal, words that agree with their counts.</summary>
public sealed class ListingTests
{
    private static (int Code, string Output, string Error) Run(int width, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, Seeds.Knowledge, width);
        return (code, output.ToString(), error.ToString());
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => Run(100, args);

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        return json.RootElement.Clone();
    }

    [Fact]
    public void Kb_timeline_lists_the_runtimes_timeline_in_its_order()
    {
        var ids = Json("timeline", "--json").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Equal(Seeds.Timeline.Select(e => e.Id).ToList(), ids);
        var rows = Run("timeline").Output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).ToList();
        Assert.Equal(Seeds.Timeline.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++) Assert.Contains(Seeds.Timeline[i].Date!.Value.ToString(), rows[i]);
    }

    [Theory]
    [InlineData("timeline", "id", "cameo")]
    [InlineData("events", "id", "reported")]
    [InlineData("people", "id", "aliases")]
    [InlineData("quotes", "id", "speakerText")]
    [InlineData("articles", "id", "published")]
    [InlineData("search", "sentence", "score")]
    public void Every_listing_prints_one_JSON_array_of_the_exports_shapes_and_takes_a_limit(string command, string field, string other)
    {
        var args = command == "search" ? new[] { command, "ceasefire" } : new[] { command };
        var all = Json(args.Append("--json").ToArray());
        Assert.True(all.GetArrayLength() >= 2, command);
        Assert.All(all.EnumerateArray(), item => { Assert.True(item.TryGetProperty(field, out _)); Assert.True(item.TryGetProperty(other, out _)); });
        Assert.Equal(2, Json(args.Concat(new[] { "--json", "--limit", "2" }).ToArray()).GetArrayLength());
        var table = Run(args.Concat(new[] { "--limit", "1" }).ToArray()).Output;
        Assert.Single(table.Split('\n'), l => l.StartsWith("1 ", StringComparison.Ordinal));
        Assert.DoesNotContain(table.Split('\n'), l => l.StartsWith("2 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Listings_export_the_same_records_as_kb_export()
    {
        var (_, export, _) = Run("export");
        using var whole = JsonDocument.Parse(export);
        Assert.True(JsonElement.DeepEquals(whole.RootElement.GetProperty("events"), Json("events", "--json")));
        Assert.True(JsonElement.DeepEquals(whole.RootElement.GetProperty("quotes"), Json("quotes", "--json")));
        Assert.True(JsonElement.DeepEquals(whole.RootElement.GetProperty("articles"), Json("articles", "--json")));
        Assert.True(JsonElement.DeepEquals(whole.RootElement.GetProperty("entities"), Json("people", "--json")));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    [InlineData(140)]
    public void Tables_fit_the_width_by_wrapping_the_last_column(int width)
    {
        foreach (var command in new[] { "timeline", "events", "people", "quotes", "articles" })
        {
            var lines = Run(width, command).Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var header = lines.FindIndex(l => l.StartsWith("#", StringComparison.Ordinal));
            Assert.True(header >= 0, command);
            // The first columns are as wide as they need; the last one wraps within what is left (at least 24).
            var last = lines[header].TrimEnd().LastIndexOf("  ", StringComparison.Ordinal) + 2;
            var room = Math.Max(width - last, 24);
            Assert.All(lines.Skip(header), l => Assert.True(l.Length <= last + room, $"kb {command} at {width}: {l.Length} > {last + room}: {l}"));
        }
    }

    [Fact]
    public void The_width_comes_from_COLUMNS_else_100()
    {
        var before = Environment.GetEnvironmentVariable("COLUMNS");
        try
        {
            Environment.SetEnvironmentVariable("COLUMNS", "77");
            Assert.Equal(77, TextTable.TerminalWidth());
            Environment.SetEnvironmentVariable("COLUMNS", null);
            Assert.Equal(100, TextTable.TerminalWidth());
        }
        finally
        {
            Environment.SetEnvironmentVariable("COLUMNS", before);
        }
    }

    [Fact]
    public void No_first_column_holds_a_long_id()
    {
        foreach (var command in new[] { "timeline", "events", "people", "quotes", "articles" })
        {
            var lines = Run(command).Output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0]));
            Assert.All(lines, l => Assert.True(l.IndexOf(' ') <= 6, $"kb {command}: {l}"));
        }
    }

    [Fact]
    public void Counts_agree_with_their_nouns()
    {
        Assert.Contains("1 sentence holds 'Kellogg'", Run("search", "Kellogg").Output);
        Assert.Matches("^[0-9]+ sentences hold 'ceasefire'", Run("search", "ceasefire").Output);
        Assert.Contains("1 article:", Run("show", "Keith Kellogg").Output);
        Assert.Contains("in 5 articles:", Run("show", "Donald Trump").Output);
    }

    [Theory]
    [InlineData("No events match.", "events", "--kind", "zeppelin")]
    [InlineData("No quotes by Keith Kellogg.", "quotes", "--by", "Keith Kellogg")]
    [InlineData("No sentence holds 'zeppelin'.", "search", "zeppelin")]
    public void An_empty_result_says_so_in_one_line(string says, params string[] args)
    {
        var (code, output, _) = Run(args);
        Assert.Equal(0, code);
        Assert.Equal(says, output.TrimEnd('\n', '\r'));
        Assert.Equal("[]", Run(args.Append("--json").ToArray()).Output.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void Undated_events_are_matched_and_shown_by_their_reported_date()
    {
        var undated = Seeds.Knowledge.Events.First(e => e.Date is null && e.Reported is not null);
        var day = undated.Reported!.Value.ToString();
        var (code, output, _) = Run("events", "--from", day, "--to", day);
        Assert.Equal(0, code);
        Assert.Contains("reported " + day, output);
        var ids = Json("events", "--from", day, "--to", day, "--json").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Equal(Seeds.Knowledge.Events.Where(e => (e.Date ?? e.Reported) is { } d && d.IsWithin(PartialDate.Parse(day), PartialDate.Parse(day))).Select(e => e.Id), ids);
    }

    [Fact]
    public void Articles_are_listed_and_shown_with_their_entities_quotes_and_events()
    {
        var article = Seeds.Knowledge.Articles[4];
        Assert.Contains(article.File, Run("articles").Output);
        foreach (var key in new[] { article.Id, article.File })
        {
            var (code, output, error) = Run("show", key);
            Assert.True(code == 0, error);
            Assert.Contains(article.Title, output);
            Assert.Contains($"{article.Quotes.Count} quotes:", output);
            Assert.Contains(" entities:", output);
            Assert.Contains(article.Quotes[0].Id, output);
            var ev = Seeds.Knowledge.Events.First(e => e.Sources.Any(s => s.Article == article));
            Assert.Contains(ev.Summary, output);
        }
    }
}
