using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KnowledgeBase.Cli;
using KnowledgeBase.Tests.Helpers;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Cli;

/// <summary>kb report: one self-contained HTML page that a real browser opens without a script error.</summary>
public sealed class ReportTests(ITestOutputHelper log)
{
    private static string Report(Knowledge kb, string folder)
    {
        var path = Path.Combine(folder, "report.html");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(new[] { "report", "--out", path }, output, error, kb);
        Assert.True(code == 0, error.ToString());
        Assert.Contains("Wrote ", output.ToString());
        return path;
    }

    [Fact]
    public void The_page_is_self_contained_and_marks_the_evidence()
    {
        using var folder = new TempFolder();
        var html = File.ReadAllText(Report(Seeds.Knowledge, folder.Path));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*""(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<svg id=\"timeline-svg\"", html);
        Assert.Contains("<svg id=\"network-svg\"", html);
        // Undated events stand at their reporting date, drawn apart from dated ones.
        Assert.Matches("class=\"dot q[0-4] undated\"", html);
        Assert.Matches("class=\"dot q[0-4]\"", html);
        // Each quote's words are marked inside its sentence.
        var quote = Seeds.Knowledge.Quotes.First(q => q.Speaker is Person);
        Assert.Contains("<mark>" + Html.Escape(quote.Text) + "</mark>", html);
        Assert.Equal(Seeds.Knowledge.Events.Count, Regex.Matches(html, "<li class=\"event ").Count);
        Assert.Equal(Seeds.Knowledge.People.Count, Regex.Matches(html, "<li class=\"person\"").Count);
    }

    [Fact]
    public void Article_text_is_escaped()
    {
        var (kb, _) = CompiledKnowledge.From(("hostile.txt",
            "Putin <script>alert(1)</script> talks\n\nRussian President Vladimir Putin said \"<img src=x onerror=alert(2)> & 'more'\" on Monday. " +
            "Vladimir Putin met <b>Donald Trump</b> in Moscow on January 5, 2025.\n"));
        using var folder = new TempFolder();
        var html = File.ReadAllText(Report(kb, folder.Path));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Theory]
    [InlineData("a <b> & \"c\" 'd'", "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;")]
    [InlineData("bell\u0007", "bell ")]
    public void Escape_leaves_no_markup(string text, string html) => Assert.Equal(html, Html.Escape(text));

    [Fact]
    public void Marked_wraps_each_range_and_merges_overlaps()
    {
        Assert.Equal("Trump <mark>met &lt;Putin&gt;</mark> today", Html.Marked("Trump met <Putin> today", new[] { (6, 5), (10, 7) }));
        Assert.Equal("<mark>Trump</mark> met <mark>Putin</mark>.", Html.Marked("Trump met Putin.", Html.Occurrences("Trump met Putin.", new[] { "Putin", "Trump", "Tr" })));
    }

    [ChromiumFact]
    [Trait("Category", "Slow")]
    public void The_seeds_report_opens_in_Chromium_without_a_script_error() => RenderInChromium(Seeds.Knowledge, "seeds");

    [ChromiumFact]
    [Trait("Category", "Slow")]
    public void The_Wikinews_report_opens_in_Chromium_without_a_script_error()
    {
        var clock = Stopwatch.StartNew();
        var (kb, _) = CompiledKnowledge.From(TestPaths.WikinewsFiles().Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray());
        log.WriteLine($"compiled {kb.Articles.Count} articles in {clock.ElapsedMilliseconds} ms");
        RenderInChromium(kb, "wikinews");
    }

    private void RenderInChromium(Knowledge kb, string name)
    {
        using var folder = new TempFolder();
        var clock = Stopwatch.StartNew();
        var path = Report(kb, folder.Path);
        log.WriteLine($"{name}: report.html {new FileInfo(path).Length} bytes in {clock.ElapsedMilliseconds} ms");

        var dom = Chromium.Run("--dump-dom", new Uri(path).AbsoluteUri);
        Assert.Equal("ok", Element(dom, "script-status"));
        Assert.Equal(string.Empty, Element(dom, "script-errors"));
        Assert.Equal(kb.Events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Element(dom, "shown-events"));
        Assert.Equal(kb.People.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Element(dom, "shown-people"));

        var png = Path.Combine(folder.Path, "report.png");
        Chromium.Run($"--screenshot={png}", "--window-size=1400,2000", new Uri(path).AbsoluteUri);
        Assert.True(File.Exists(png), "no screenshot");
        var size = new FileInfo(png).Length;
        log.WriteLine($"{name}: report.png {size} bytes");
        // A blank 1400×2000 page compresses to a few kilobytes; a drawn one is far larger.
        Assert.True(size > 50_000, $"the screenshot is {size} bytes: is the page blank?");
        if (Environment.GetEnvironmentVariable("KB_REPORT_KEEP") is { Length: > 0 } keep)
        {
            File.Copy(path, Path.Combine(keep, name + "-report.html"), overwrite: true);
            File.Copy(png, Path.Combine(keep, name + "-report.png"), overwrite: true);
        }
    }

    /// <summary>The text of the element with this id in the dumped DOM.</summary>
    private static string Element(string dom, string id)
    {
        var match = Regex.Match(dom, $"id=\"{id}\"[^>]*>([^<]*)<");
        Assert.True(match.Success, $"no element #{id} in the page");
        return match.Groups[1].Value;
    }
}

/// <summary>A fact that needs Debian's headless Chromium; skipped, saying so, where it is not installed (CI installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null) Skip = "chromium is not installed: apt-get install -y chromium (.ci/run installs it) to render the report.";
    }
}

internal static class Chromium
{
    public static readonly string? Path = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>Runs headless Chromium on a page; its standard output.</summary>
    public static string Run(params string[] args)
    {
        var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars" }.Concat(args)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "chromium did not exit");
        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
