using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Tests.Package;

/// <summary>How a README file block changes its file.</summary>
internal enum FileEdit
{
    /// <summary>"(new file …)" or "(replace)": the block is the whole file.</summary>
    Write,

    /// <summary>"(add inside `&lt;Project&gt;`)": the block goes before the closing tag of a project file.</summary>
    InsertInProject,

    /// <summary>"(append …)": the block is a new paragraph at the end.</summary>
    Append,
}

/// <summary>One step of the README's walk-through, in order.</summary>
internal abstract record WalkthroughStep;

/// <summary>A ```sh block: commands, one a line.</summary>
internal sealed record ShellStep(IReadOnlyList<string> Commands) : WalkthroughStep;

/// <summary>A block captioned **`path`** (how): a file to write or change.</summary>
internal sealed record FileStep(string Path, FileEdit Edit, string Text) : WalkthroughStep;

/// <summary>A block captioned "Output:": what the last <c>dotnet run</c> printed.</summary>
internal sealed record OutputStep(string Text) : WalkthroughStep;

/// <summary>
/// Reads the README's "Use it in your project" section as the steps it tells the reader to do, so the
/// consumer test does exactly what the README says. A block this reader does not understand is an
/// error, so the section cannot drift away from the test.
/// </summary>
internal static partial class ReadmeWalkthrough
{
    public const string Heading = "## Use it in your project";

    [GeneratedRegex(@"^\*\*`(?<path>[^`]+)`\*\* \((?<how>[^)]*)\)")]
    private static partial Regex FileCaption();

    public static IReadOnlyList<WalkthroughStep> Read(string readmePath)
    {
        var lines = File.ReadAllText(readmePath).Replace("\r\n", "\n").Split('\n');
        var first = Array.IndexOf(lines, Heading);
        if (first < 0) throw new InvalidDataException($"README has no \"{Heading}\" section");

        var steps = new List<WalkthroughStep>();
        var caption = string.Empty;
        for (var i = first + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var line = lines[i];
            if (!line.StartsWith("```", StringComparison.Ordinal))
            {
                if (line.Trim().Length > 0) caption = line.Trim();
                continue;
            }

            var info = line.Substring(3).Trim();
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++) body.Add(lines[i]);
            var text = string.Join("\n", body);
            steps.Add(Step(info, caption, text));
            caption = string.Empty;
        }
        return steps;
    }

    private static WalkthroughStep Step(string info, string caption, string text)
    {
        if (info == "sh")
        {
            var commands = new List<string>();
            foreach (var line in text.Split('\n'))
            {
                var hash = line.IndexOf('#', StringComparison.Ordinal);
                var command = (hash >= 0 ? line.Substring(0, hash) : line).Trim();
                if (command.Length > 0) commands.Add(command);
            }
            return new ShellStep(commands);
        }
        if (caption == "Output:") return new OutputStep(text);

        var file = FileCaption().Match(caption);
        if (!file.Success) throw new InvalidDataException($"README block ```{info} has no caption the walk-through understands: \"{caption}\"");
        var how = file.Groups["how"].Value;
        var edit = how.StartsWith("new file", StringComparison.Ordinal) || how == "replace" ? FileEdit.Write
            : how.StartsWith("add inside `<Project>`", StringComparison.Ordinal) ? FileEdit.InsertInProject
            : how.StartsWith("append", StringComparison.Ordinal) ? FileEdit.Append
            : throw new InvalidDataException($"README file block for {file.Groups["path"].Value}: unknown change \"{how}\"");
        return new FileStep(file.Groups["path"].Value, edit, text);
    }
}
