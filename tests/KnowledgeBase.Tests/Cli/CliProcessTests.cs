using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Cli;

/// <summary>The real kb process (kb.dll beside the tests, run by dotnet): bad arguments exit 2 with a line and usage, never a stack trace.</summary>
public sealed class CliProcessTests
{
    private static (int Code, string Output, string Error) Kb(params string[] args) => KbWith(null, args);

    private static (int Code, string Output, string Error) KbWith(string? columns, params string[] args)
    {
        var dll = Path.Combine(TestPaths.Output, "kb.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing");
        // The dotnet that runs these tests (the SDK says which); else the one on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        if (columns is not null) start.Environment["COLUMNS"] = columns;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "kb did not exit");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Theory]
    [InlineData("unknown command", "frobnicate")]
    [InlineData("is not a date", "events", "--from", "2025-02-30")]
    [InlineData("no person, organization or place is called", "show", "Nobody Atall")]
    [InlineData("Required argument missing", "quotes", "--by")]
    public void Bad_arguments_exit_2_without_a_stack_trace(string says, params string[] args)
    {
        var (code, output, error) = Kb(args);
        Assert.True(code == 2, $"exit {code}\n{error}");
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("kb: ", error);
        Assert.Contains(says, error);
        Assert.Contains("Usage: kb", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
    }

    [Fact]
    public void A_good_command_exits_0()
    {
        var (code, output, error) = Kb("people", "--type", "person");
        Assert.True(code == 0, error);
        Assert.Contains("NAME (ALIASES)", output);
    }

    [Fact]
    public void Tables_fit_the_terminals_COLUMNS()
    {
        var (code, output, error) = KbWith("64", "quotes");
        Assert.True(code == 0, error);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.True(lines.Count > 10);
        // The text column wraps within what the first columns leave of 64 (at least 24 characters).
        var header = lines.First(l => l.StartsWith("#", StringComparison.Ordinal));
        var last = header.IndexOf("TEXT", StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= Math.Max(64, last + 24), l));
        Assert.Contains(lines, l => l.Length > 0 && l.TrimStart().Length < l.Length - 20 && !char.IsDigit(l[0])); // a wrapped line
    }
}
