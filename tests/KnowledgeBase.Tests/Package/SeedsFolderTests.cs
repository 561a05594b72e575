using System;
using System.IO;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Package;

/// <summary>
/// A KnowledgeBaseSeeds folder that is not there is said, not compiled into "0 events from 0 articles":
/// an error for kb (whose relative folder is taken from where the user stands), warning KB0100 for a
/// consumer that set one, nothing for a consumer with the default seeds/ not made yet.
/// </summary>
public sealed class SeedsFolderTests
{
    private static readonly string CliProject = Path.Combine(TestPaths.RepositoryRoot, "src", "KnowledgeBase.Cli", "KnowledgeBase.Cli.csproj");

    private static string BuildFile(string extension) =>
        Path.Combine(TestPaths.RepositoryRoot, "src", "KnowledgeBase", "buildTransitive", "KnowledgeBase." + extension);

    private static string Folder(string path) => path.Replace('\\', '/').TrimEnd('/') + "/";

    [Fact]
    public void Kb_takes_a_relative_folder_from_where_the_user_stands()
    {
        using var here = new TempFolder();
        Directory.CreateDirectory(Path.Combine(here.Path, "wire"));

        // Evaluation only, run from the folder the user stands in: nothing of kb's build is touched.
        var result = DotnetCli.Run(here.Path, new[] { "msbuild", CliProject, "-getProperty:KnowledgeBaseSeedsPath", "-p:KnowledgeBaseSeeds=wire" });

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal(Folder(Path.Combine(here.Path, "wire")), Folder(result.Output.Trim()));
    }

    [Fact]
    public void Kb_over_a_folder_that_does_not_exist_is_a_build_error_naming_it()
    {
        using var here = new TempFolder();

        // The check alone (it runs before CoreCompile in a build): kb's obj/ is left as it is.
        var result = DotnetCli.Run(here.Path, new[] { "msbuild", CliProject, "-t:KnowledgeBaseCheckSeeds", "-p:KnowledgeBaseSeeds=no-such-folder", "-nologo" });

        Assert.True(result.ExitCode != 0, result.Describe());
        Assert.Contains("error KB0100", result.Output);
        Assert.Contains(Folder(Path.Combine(here.Path, "no-such-folder")), result.Output.Replace('\\', '/'));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_consumer_gets_KB0100_for_a_folder_it_set_and_nothing_for_the_default_one()
    {
        using var folder = new TempFolder();
        string Build(string name, string property)
        {
            var project = Path.Combine(folder.Path, name, name + ".csproj");
            Directory.CreateDirectory(Path.GetDirectoryName(project)!);
            File.WriteAllText(project, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{BuildFile("props")}" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    {property}
                  </PropertyGroup>
                  <Import Project="{BuildFile("targets")}" />
                </Project>
                """);
            var result = DotnetCli.Run(folder.Path, new[] { "build", project, "-nologo" });
            Assert.True(result.ExitCode == 0, result.Describe());
            return result.Output.Replace('\\', '/');
        }

        var set = Build("Wire", "<KnowledgeBaseSeeds>wire-stories/</KnowledgeBaseSeeds>");
        Assert.Contains("warning KB0100", set);
        Assert.Contains(Folder(Path.Combine(folder.Path, "Wire", "wire-stories")), set);

        Assert.DoesNotContain("KB0100", Build("Fresh", string.Empty));
    }
}
