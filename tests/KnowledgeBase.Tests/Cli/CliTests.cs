using System.IO;
using System.Linq;
using System.Text.Json;
using KnowledgeBase.Cli;
using Xunit;

namespace KnowledgeBase.Tests.Cli;

/// <summary>The kb command over the seeds knowledge base.</summary>
public sealed class CliTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, Seeds.Knowledge);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Timeline_lists_events_in_aligned_columns()
    {
        var (code, output, _) = Run("timeline");
        Assert.Equal(0, code);
        Assert.Contains("DATE", output);
        Assert.Contains("2024-11-08", output);
        var lines = output.Split('\n');
        var header = System.Array.FindIndex(lines, l => l.StartsWith("#  DATE", System.StringComparison.Ordinal));
        var column = lines[header].IndexOf("CAMEO", System.StringComparison.Ordinal);
        var row = lines[header + 2];
        Assert.True(char.IsDigit(row[column]) && row[column - 1] == ' ', row);
    }

    [Fact]
    public void People_quotes_and_events_filters()
    {
        Assert.Contains("Vladimir Putin", Run("people").Output);
        Assert.Contains("Donald Trump", Run("people", "--type", "person").Output);
        Assert.DoesNotContain("Acme", Run("people", "--type", "person").Output);
        var quotes = Run("quotes", "--by", "Putin");
        Assert.Equal(0, quotes.Code);
        Assert.Contains("Vladimir Putin", quotes.Output);
        var events = Run("events", "--with", "Putin", "--from", "2024-11", "--to", "2024-11-30", "--kind", "04");
        Assert.Equal(0, events.Code);
        Assert.Contains("2024-11-08", events.Output);
    }

    [Fact]
    public void Show_describes_an_entity()
    {
        var (code, output, _) = Run("show", "Zelenskyy");
        Assert.Equal(0, code);
        Assert.Contains("Volodymyr Zelensky", output);
        Assert.Contains("aliases", output);
    }

    [Fact]
    public void Unknown_name_suggests_the_closest_and_exits_2()
    {
        var (code, _, error) = Run("show", "Putn");
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("did you mean", error);
        Assert.Contains("Vladimir Putin", error);
    }

    [Theory]
    [InlineData("unknown command 'frobnicate'", "frobnicate")]
    [InlineData("no command given", new string[0])]
    [InlineData("--from 'yesterday' is not a date", "events", "--from", "yesterday")]
    [InlineData("--to '2025-13-01' is not a date", "events", "--to", "2025-13-01")]
    [InlineData("--from '2025-02-30' is not a date", "events", "--from", "2025-02-30")]
    [InlineData("no person, organization or place is called 'Nobody Atall'", "events", "--with", "Nobody Atall")]
    [InlineData("no person, organization or place is called 'Putn'", "quotes", "--by", "Putn")]
    [InlineData("unknown type 'alien'", "people", "--type", "alien")]
    [InlineData("'--by'", "quotes", "--by")]
    [InlineData("'show'", "show")]
    [InlineData("'--bogus' is not an option or argument of 'kb people'", "people", "--bogus")]
    [InlineData("--top must be a whole number from 1 to 2147483647, not '99999999999'.", "search", "ceasefire", "--top", "99999999999")]
    [InlineData("--top must be a whole number from 1 to 2147483647, not '0'.", "search", "ceasefire", "--top", "0")]
    [InlineData("--top must be a whole number from 1 to 2147483647, not 'ten'.", "search", "ceasefire", "--top", "ten")]
    [InlineData("the name is empty", "show", "")]
    [InlineData("the name is empty", "show", " \t ")]
    [InlineData("the name is empty", "quotes", "--by", "")]
    [InlineData("the name is empty", "events", "--with", " ")]
    [InlineData("kb: --from 2025-03-01 is after --to 2025-01-01", "events", "--from", "2025-03-01", "--to", "2025-01-01")]
    [InlineData("kb: --from 2024-12 is after --to 2024-11-30", "events", "--from", "2024-12", "--to", "2024-11-30")]
    public void Bad_arguments_exit_2_with_a_one_line_error_and_usage(string says, params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(CliApp.UsageError, code);
        Assert.Equal(string.Empty, output);
        var lines = error.TrimEnd('\n', '\r').Split('\n');
        Assert.True(lines.Length == 2, error);
        Assert.StartsWith("kb: ", lines[0]);
        Assert.Contains(says, lines[0]);
        Assert.StartsWith("Usage: kb ", lines[1]);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Overlapping_from_and_to_are_a_range_not_an_error()
    {
        var (code, output, error) = Run("events", "--from", "2024-11", "--to", "2024-11-08");
        Assert.True(code == 0, error);
        Assert.Contains("2024-11-08", output);
    }

    [Theory]
    [InlineData("\u001b[31mRED\u001b[0m")]
    [InlineData("ring\u0007bell")]
    [InlineData("c1\u009b31mcsi\u0085nel")]
    [InlineData("\u202Eoverride\u202C")]
    [InlineData("\u2067isolate\u2069\u200F")]
    [InlineData("line\nbreak\u2028")]
    public void Echoed_arguments_are_printed_without_control_or_bidi_characters(string hostile)
    {
        string[][] commands =
        {
            new[] { hostile },
            new[] { "people", hostile },
            new[] { "people", "--type", hostile },
            new[] { "show", hostile },
            new[] { "quotes", "--by", hostile },
            new[] { "events", "--with", hostile },
            new[] { "events", "--from", hostile },
            new[] { "search", hostile },
            new[] { "search", "ceasefire", hostile },
            new[] { "search", "ceasefire", "--top", hostile },
        };
        foreach (var args in commands)
        {
            var (_, output, error) = Run(args);
            foreach (var text in new[] { output, error })
            {
                var bad = text.Replace(System.Environment.NewLine, "\n").IndexOfAny(Unprintable);
                Assert.True(bad < 0, $"kb {string.Join(' ', args)} printed U+{(bad < 0 ? 0 : text.Replace(System.Environment.NewLine, "\n")[bad]):X4}:\n{text}");
            }
        }
    }

    // C0 but the line feed, DEL, C1, the Unicode line and paragraph separators, and the bidi controls.
    private static readonly char[] Unprintable = System.Linq.Enumerable.Range(0, 0x10000)
        .Select(c => (char)c)
        .Where(c => (char.IsControl(c) && c != '\n') || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
        .ToArray();

    [Fact]
    public void Usage_names_the_command_and_its_options()
    {
        var (_, _, error) = Run("events", "--from", "soon");
        Assert.Contains("Usage: kb events [--with NAME] [--from DATE] [--to DATE] [--kind KIND]", error);
    }

    [Fact]
    public void Help_is_everywhere()
    {
        foreach (var command in new[] { "timeline", "people", "quotes", "events", "articles", "search", "show", "export", "report" })
        {
            var (code, output, _) = Run(command, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Usage", output);
        }
    }

    [Fact]
    public void Export_follows_the_schema()
    {
        var (code, output, _) = Run("export");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        foreach (var section in new[] { "articles", "entities", "quotes", "events" }) Assert.Equal(JsonValueKind.Array, root.GetProperty(section).ValueKind);
        var article = root.GetProperty("articles")[0];
        foreach (var field in new[] { "id", "file", "title", "published" }) Assert.True(article.TryGetProperty(field, out _), field);
        var quote = root.GetProperty("quotes")[0];
        foreach (var field in new[] { "id", "article", "text", "speaker", "speakerText", "kind", "cue", "start", "length" }) Assert.True(quote.TryGetProperty(field, out _), field);
        var ev = root.GetProperty("events")[0];
        foreach (var field in new[] { "id", "cameo", "kind", "participants", "date", "place", "status", "summary", "sources" }) Assert.True(ev.TryGetProperty(field, out _), field);
        Assert.Equal(JsonValueKind.String, ev.GetProperty("cameo").ValueKind);
    }

    [Fact]
    public void Search_prints_the_best_sentences_with_what_they_carry()
    {
        var (code, output, _) = Run("search", "ceasefire", "--top", "3");
        Assert.Equal(0, code);
        Assert.Contains("SENTENCE", output);
        Assert.Contains("the best 3", output);
        var rows = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, System.Array.FindAll(rows, r => r.Contains(".txt@", System.StringComparison.Ordinal)).Length);
        Assert.Contains("No sentence holds", Run("search", "zeppelin").Output);
        Assert.Equal(2, Run("search", "ceasefire", "--top", "0").Code);
        Assert.Equal(2, Run("search").Code);
    }
}
