using System;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeBase.Generators;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Package;

/// <summary>
/// A real <c>dotnet build</c> over a folder of bad articles, in a project that treats warnings as
/// errors (as this repository does): each bad article is a warning at its file, the rest compile.
/// </summary>
public sealed class BadArticleBuildTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void A_project_that_treats_warnings_as_errors_builds_over_bad_articles()
    {
        using var folder = new TempFolder();
        var seeds = Directory.CreateDirectory(Path.Combine(folder.Path, "seeds")).FullName;
        var good = File.ReadAllText(TestPaths.SeedFiles()[4]);
        File.WriteAllText(Path.Combine(seeds, "good.txt"), good);
        File.WriteAllBytes(Path.Combine(seeds, "empty.txt"), []);
        // Two NULs in a row: the compiler's own test for binary data (its error CS2015 unless the build files leave it out).
        File.WriteAllBytes(Path.Combine(seeds, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xFE]);
        File.WriteAllBytes(Path.Combine(seeds, "utf16.txt"), Encoding.Unicode.GetBytes(good)); // no byte order mark
        File.WriteAllBytes(Path.Combine(seeds, "cp1252.txt"), Encoding.Latin1.GetBytes("Talks Resume\n\nRen\u00E9 Dupr\u00E9 said \u0093yes\u0094.\n"));
        File.WriteAllText(Path.Combine(seeds, "Case.txt"), good);
        // Where file names ignore case the pair is one file; "x/a b.txt" and "x/a-b.txt" give one id anywhere.
        var caseSensitive = !File.Exists(Path.Combine(seeds, "case.txt"));
        if (caseSensitive) File.WriteAllText(Path.Combine(seeds, "case.txt"), good);
        Directory.CreateDirectory(Path.Combine(seeds, "x"));
        File.WriteAllText(Path.Combine(seeds, "x", "a b.txt"), good);
        File.WriteAllText(Path.Combine(seeds, "x", "a-b.txt"), good);

        BuildFilesTests.WriteProject(folder.Path, $"""
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <KnowledgeBaseName>News</KnowledgeBaseName>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{typeof(Knowledge).Assembly.Location}" />
                <Analyzer Include="{typeof(KnowledgeBaseGenerator).Assembly.Location}" />
              </ItemGroup>
            """);
        File.WriteAllText(Path.Combine(folder.Path, "Program.cs"), "System.Console.WriteLine(App.News.Articles.All.Count);\n");

        var build = DotnetCli.Run(folder.Path, new[] { "build", "App.csproj", "-nologo", "-o", "out" });
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.DoesNotContain(": error ", build.Output);
        Assert.Contains("empty.txt", WarningLines(build.Output, "KB0002"));
        Assert.Contains("utf16.txt", WarningLines(build.Output, "KB0001"));
        Assert.Contains("binary.txt", WarningLines(build.Output, "KB0001"));
        Assert.Contains("cp1252.txt", WarningLines(build.Output, "KB0001"));
        Assert.Contains("a-b.txt", WarningLines(build.Output, "KB0004"));
        if (caseSensitive) Assert.Contains("case.txt", WarningLines(build.Output, "KB0004"));

        // good.txt, Case.txt and "x/a b.txt" are in the knowledge base.
        var run = DotnetCli.Run(folder.Path, new[] { Path.Combine("out", "App.dll") });
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal("3", run.Output.Trim());
    }

    private static string WarningLines(string output, string id) =>
        string.Join('\n', output.Split('\n').Where(l => l.Contains($": warning {id}:", StringComparison.Ordinal)));
}
