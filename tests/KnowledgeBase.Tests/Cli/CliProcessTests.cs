using System;
using System.Diagnostics;
using System.IO;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Cli;

/// <summary>The real kb process (kb.dll beside the tests, run by dotnet): bad arguments exit 2 with a line and usage, never a stack trace.</summary>
public sealed class CliProcessTests
{
    private static (int Code, string Output, string Error) Kb(params string[] args)
    {
        var dll = Path.Combine(TestPaths.Output, "kb.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing");
        // The dotnet that runs these tests (the SDK says which); else the one on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
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
}
