using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using KnowledgeBase.Tests.Helpers;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Package;

/// <summary>
/// The README's "Use it in your project" section, done as written in a temporary folder: pack to a local
/// feed, a fresh console project, <c>dotnet add package KnowledgeBase</c>, two articles, run, edit, run.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConsumerTests(ITestOutputHelper log)
{
    [Fact]
    public void Readme_walkthrough_packs_adds_the_package_runs_and_sees_an_edit()
    {
        using var folder = new TempFolder("kb-consumer-");
        new Walkthrough(folder.Path, log).Do(ReadmeWalkthrough.Read(Path.Combine(TestPaths.RepositoryRoot, "README.md")));
    }

    /// <summary>Carries out the steps: a few shell commands, file edits, and output checks.</summary>
    private sealed class Walkthrough(string workFolder, ITestOutputHelper log)
    {
        private readonly string _root = workFolder;

        // The README runs from the folder that holds the clone "KnowledgeBase/"; here that clone is this repository.
        private readonly string _clone = Path.Combine(workFolder, "KnowledgeBase");

        // The consumer restores into its own global packages folder: only the package just packed can be used.
        private readonly Dictionary<string, string> _consumerEnvironment = new() { ["NUGET_PACKAGES"] = Path.Combine(workFolder, "packages") };

        private readonly List<CommandResult> _commands = new();
        private readonly List<string> _outputs = new();
        private string _directory = workFolder;
        private string? _feed;
        private string? _lastRun;

        public void Do(IReadOnlyList<WalkthroughStep> steps)
        {
            foreach (var step in steps)
            {
                switch (step)
                {
                    case ShellStep shell:
                        foreach (var command in shell.Commands) Execute(command);
                        break;
                    case FileStep file:
                        Change(file);
                        break;
                    case OutputStep output:
                        Assert.True(_lastRun is not null, "README shows an output before any `dotnet run`");
                        Assert.True(output.Text == _lastRun, $"The program's output is not the README's:\n{LineDiff.Format(output.Text, _lastRun!)}\n--- printed\n{_lastRun}");
                        _outputs.Add(_lastRun!);
                        break;
                }
            }

            foreach (var command in _commands) log.WriteLine($"{command.Elapsed.TotalSeconds,6:F1} s  {command.Command}");
            log.WriteLine($"{_commands.Sum(c => c.Elapsed.TotalSeconds),6:F1} s  in all");

            Assert.True(_commands.Any(c => c.Command.StartsWith("dotnet add package KnowledgeBase", StringComparison.Ordinal)), "the README never adds the package");
            Assert.True(_outputs.Count >= 2, "the README should run the program before and after an edit and show both outputs");
            Assert.NotEqual(_outputs[0], _outputs[^1]);
            AssertRestoredFromTheFeed();
        }

        private void Execute(string command)
        {
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words[0])
            {
                case "cd":
                    _directory = Resolve(words[1]);
                    Assert.True(Directory.Exists(_directory), command);
                    break;
                case "mkdir":
                    Directory.CreateDirectory(Resolve(words[1]));
                    break;
                case "cp":
                    var target = Resolve(words[^1]);
                    foreach (var source in words.Skip(1).Take(words.Length - 2))
                        File.Copy(Resolve(source), Path.Combine(target, Path.GetFileName(source)));
                    break;
                case "dotnet":
                    Dotnet(words.Skip(1).ToList());
                    break;
                default:
                    throw new InvalidDataException($"README command the walk-through does not know: {command}");
            }
        }

        private void Dotnet(List<string> arguments)
        {
            var shown = "dotnet " + string.Join(' ', arguments);
            var mapped = arguments.Select(a => a.StartsWith('-') ? a : MapIntoRepository(a)).ToList();
            IReadOnlyDictionary<string, string>? environment = _consumerEnvironment;
            if (arguments[0] == "pack")
            {
                // Build in a scratch folder, not in the repository's bin/ and obj/, with the usual package cache.
                mapped.AddRange(new[] { "--artifacts-path", Path.Combine(_root, "artifacts") });
                environment = null;
                _feed = Resolve(arguments[arguments.IndexOf("-o") + 1]);
            }

            var result = DotnetCli.Run(_directory, mapped, environment) with { Command = shown };
            _commands.Add(result);
            Assert.True(result.ExitCode == 0, result.Describe());
            if (arguments[0] == "run") _lastRun = result.Output.Replace("\r\n", "\n").TrimEnd('\n');
        }

        private void Change(FileStep step)
        {
            var path = Resolve(step.Path);
            var text = step.Text + "\n";
            switch (step.Edit)
            {
                case FileEdit.Write:
                    File.WriteAllText(path, text);
                    break;
                case FileEdit.InsertInProject:
                    var project = File.ReadAllText(path);
                    var end = project.LastIndexOf("</Project>", StringComparison.Ordinal);
                    Assert.True(end >= 0, path + " has no </Project>");
                    File.WriteAllText(path, project.Insert(end, text));
                    break;
                case FileEdit.Append:
                    File.WriteAllText(path, File.ReadAllText(path).TrimEnd('\r', '\n') + "\n\n" + text);
                    break;
            }
        }

        private string Resolve(string path) => MapIntoRepository(Path.GetFullPath(Path.Combine(_directory, path)));

        private string MapIntoRepository(string path)
        {
            var full = Path.GetFullPath(Path.Combine(_directory, path));
            if (full != _clone && !full.StartsWith(_clone + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return path;
            return TestPaths.RepositoryRoot + full.Substring(_clone.Length);
        }

        /// <summary>The package the consumer compiled with is, byte for byte, the one packed by this test.</summary>
        private void AssertRestoredFromTheFeed()
        {
            Assert.True(_feed is not null, "the README never packs the package");
            var packed = Directory.GetFiles(_feed!, "KnowledgeBase.*.nupkg").Single();
            var restored = Directory.GetFiles(Path.Combine(_root, "packages", "knowledgebase"), "*.nupkg.sha512", SearchOption.AllDirectories).Single();
            using var stream = File.OpenRead(packed);
            Assert.Equal(Convert.ToBase64String(SHA512.HashData(stream)), File.ReadAllText(restored).Trim());
        }
    }
}
