using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;
using KnowledgeBase.Tests.Helpers;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Package;

/// <summary>
/// The README's build commands as a user runs them, in scratch folders: the NativeAOT publish of <c>kb</c>,
/// and <c>dotnet pack</c> with <c>NUGET_PACKAGES</c> set the way CI systems set it (no trailing slash).
/// </summary>
[Trait("Category", "Slow")]
public sealed class BuildCommandTests(ITestOutputHelper log)
{
    [Fact]
    public void Readme_native_publish_gives_a_kb_that_answers_timeline()
    {
        var command = ReadmeCommand("dotnet publish src/KnowledgeBase.Cli");
        using var folder = new TempFolder("kb-publish-");
        var publish = Path.Combine(folder.Path, "publish");
        var arguments = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        arguments.AddRange(new[] { "-o", publish, "--artifacts-path", Path.Combine(folder.Path, "artifacts") });

        var result = Run(arguments, environment: null);
        Assert.True(result.ExitCode == 0, result.Describe());

        var kb = Path.Combine(publish, OperatingSystem.IsWindows() ? "kb.exe" : "kb");
        Assert.True(File.Exists(kb), "no native kb in " + publish);
        var (code, output, error) = RunNative(kb, "timeline");
        Assert.True(code == 0, $"kb timeline exited {code}\n{error}");
        Assert.Contains(" from 5 articles", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_finds_its_tools_when_NUGET_PACKAGES_has_no_trailing_slash()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(packages))
            packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        packages = packages.TrimEnd('/', '\\');

        using var folder = new TempFolder("kb-pack-");
        var feed = Path.Combine(folder.Path, "feed");
        var arguments = new List<string> { "pack", "src/KnowledgeBase", "-o", feed, "--artifacts-path", Path.Combine(folder.Path, "artifacts") };
        var result = Run(arguments, new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages });
        Assert.True(result.ExitCode == 0, result.Describe());

        using var package = ZipFile.OpenRead(Directory.GetFiles(feed, "KnowledgeBase.*.nupkg").Single());
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net8.0/KnowledgeBase.dll", entries);
        if (RuntimeInformation.RuntimeIdentifier == "linux-x64")
            Assert.Contains("runtimes/linux-x64/lib/net8.0/KnowledgeBase.dll", entries);
    }

    private CommandResult Run(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var result = DotnetCli.Run(TestPaths.RepositoryRoot, arguments, environment);
        log.WriteLine($"{result.Elapsed.TotalSeconds,6:F1} s  {result.Command}");
        return result;
    }

    private static (int Code, string Output, string Error) RunNative(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), program + " did not exit");
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The README's one command line that starts with <paramref name="prefix"/>, without its comment.</summary>
    private static string ReadmeCommand(string prefix)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "README.md"))
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => l.Split('#')[0].Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(lines.Count == 1, $"the README should give one `{prefix}` command, not {lines.Count}");
        return lines[0];
    }
}
