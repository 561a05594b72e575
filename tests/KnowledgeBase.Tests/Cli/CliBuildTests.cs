using System.IO;
using KnowledgeBase.Tests.Helpers;
using KnowledgeBase.Tests.Package;
using Xunit;

namespace KnowledgeBase.Tests.Cli;

/// <summary>kb built as a user would, with options that change the generated code.</summary>
public sealed class CliBuildTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Kb_builds_and_runs_with_any_KnowledgeBaseName()
    {
        using var folder = new TempFolder();
        var artifacts = Path.Combine(folder.Path, "artifacts");
        var project = Path.Combine(TestPaths.RepositoryRoot, "src", "KnowledgeBase.Cli");

        // Its own artifacts folder: the repository's bin/ and obj/ are left as they are.
        var build = DotnetCli.Run(folder.Path, new[] { "build", project, "-p:KnowledgeBaseName=News", "--artifacts-path", artifacts, "-nologo" });
        Assert.True(build.ExitCode == 0, build.Describe());

        var kb = Path.Combine(artifacts, "bin", "KnowledgeBase.Cli", "debug", "kb.dll");
        var timeline = DotnetCli.Run(folder.Path, new[] { kb, "timeline" });
        Assert.True(timeline.ExitCode == 0, timeline.Describe());
        Assert.StartsWith("News: ", timeline.Output);
    }
}
