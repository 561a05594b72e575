using System;
using System.Collections.Generic;
using System.IO;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Package;

/// <summary>
/// What the package's build files (src/KnowledgeBase/buildTransitive) hand the compiler: the global
/// analyzer config MSBuild writes for a project that imports them, read back section by section.
/// </summary>
public sealed class BuildFilesTests
{
    internal static string BuildFile(string extension) =>
        Path.Combine(TestPaths.RepositoryRoot, "src", "KnowledgeBase", "buildTransitive", "KnowledgeBase." + extension);

    /// <summary>Writes App.csproj, a project that imports the build files around <paramref name="body"/>.</summary>
    internal static void WriteProject(string folder, string body) =>
        File.WriteAllText(Path.Combine(folder, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{BuildFile("props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>App</RootNamespace>
              </PropertyGroup>
            {body}
              <Import Project="{BuildFile("targets")}" />
            </Project>
            """);

    /// <summary>Writes a project that imports the build files around <paramref name="body"/>, and returns its analyzer config by section.</summary>
    private static Dictionary<string, Dictionary<string, string>> CompilerOptions(string folder, string body)
    {
        WriteProject(folder, body);
        var result = DotnetCli.Run(folder, new[] { "msbuild", "App.csproj", "-restore", "-t:GenerateMSBuildEditorConfigFile", "-getProperty:GeneratedMSBuildEditorConfigFile" });
        Assert.True(result.ExitCode == 0, result.Describe());

        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal) { [""] = new(StringComparer.Ordinal) };
        var current = sections[""];
        foreach (var raw in File.ReadAllLines(Path.Combine(folder, result.Output.Trim())))
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
                sections[line[1..^1]] = current = new(StringComparer.Ordinal);
            else if (line.IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
                current[line[..eq].Trim()] = line[(eq + 1)..].Trim();
        }
        return sections;
    }

    private static string Touch(string folder, string relative)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "Title\n\nText.\n");
        return path.Replace('\\', '/');
    }

    [Fact]
    public void Every_txt_under_seeds_is_an_article_and_listed_files_keep_their_metadata()
    {
        using var folder = new TempFolder();
        var plain = Touch(folder.Path, "seeds/plain.txt");
        var nested = Touch(folder.Path, "seeds/wire/nested.txt");
        var dated = Touch(folder.Path, "seeds/dated.txt");
        var notes = Touch(folder.Path, "seeds/notes.txt");
        var markdown = Touch(folder.Path, "seeds/readme.md");
        var outside = Touch(folder.Path, "elsewhere/outside.txt");
        var extra = Touch(folder.Path, "elsewhere/extra.txt");

        var options = CompilerOptions(folder.Path, """
              <ItemGroup>
                <AdditionalFiles Include="seeds/dated.txt" KnowledgeBasePublished="2024-11-09" />
                <AdditionalFiles Include="seeds/notes.txt" KnowledgeBaseArticle="false" />
                <AdditionalFiles Include="elsewhere/extra.txt" KnowledgeBaseArticle="true" />
              </ItemGroup>
            """);

        Assert.Equal(folder.Path.Replace('\\', '/') + "/seeds/", options[""]["build_property.KnowledgeBaseSeedsPath"].Replace('\\', '/'));
        Assert.Equal("App", options[""]["build_property.RootNamespace"]);
        Assert.Equal("4194304", options[""]["build_property.KnowledgeBaseMaxArticleBytes"]);

        string Metadata(string file, string name) => options[file]["build_metadata.AdditionalFiles." + name];
        Assert.Equal("true", Metadata(plain, "KnowledgeBaseArticle"));
        Assert.Equal("true", Metadata(nested, "KnowledgeBaseArticle"));
        Assert.Equal("true", Metadata(dated, "KnowledgeBaseArticle"));
        Assert.Equal("2024-11-09", Metadata(dated, "KnowledgeBasePublished"));
        Assert.Equal("", Metadata(plain, "KnowledgeBasePublished"));
        Assert.Equal("false", Metadata(notes, "KnowledgeBaseArticle"));
        Assert.Equal("true", Metadata(extra, "KnowledgeBaseArticle"));
        Assert.False(options.ContainsKey(markdown), "only .txt files are articles");
        Assert.False(options.ContainsKey(outside), "files outside the folder are not articles unless listed");
    }

    [Fact]
    public void Project_options_reach_the_compiler()
    {
        using var folder = new TempFolder();
        var article = Touch(folder.Path, "wire/a.txt");
        Touch(folder.Path, "seeds/not-this-one.txt");

        var options = CompilerOptions(folder.Path, """
              <PropertyGroup>
                <KnowledgeBaseSeeds>wire</KnowledgeBaseSeeds>
                <KnowledgeBaseName>News</KnowledgeBaseName>
                <KnowledgeBaseNamespace>Newsroom.Data</KnowledgeBaseNamespace>
                <KnowledgeBaseMaxArticleBytes>1048576</KnowledgeBaseMaxArticleBytes>
              </PropertyGroup>
            """);

        var global = options[""];
        Assert.Equal(folder.Path.Replace('\\', '/') + "/wire/", global["build_property.KnowledgeBaseSeedsPath"].Replace('\\', '/'));
        Assert.Equal("News", global["build_property.KnowledgeBaseName"]);
        Assert.Equal("Newsroom.Data", global["build_property.KnowledgeBaseNamespace"]);
        Assert.Equal("1048576", global["build_property.KnowledgeBaseMaxArticleBytes"]);
        Assert.Equal("true", options[article]["build_metadata.AdditionalFiles.KnowledgeBaseArticle"]);
        Assert.Single(options.Keys, k => k.EndsWith(".txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_articles_stay_warnings_under_TreatWarningsAsErrors_and_the_project_keeps_its_own_exceptions()
    {
        using var folder = new TempFolder();
        // The project sets WarningsNotAsErrors without appending to it: the package's ids must still be in it.
        WriteProject(folder.Path, """
              <PropertyGroup>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>CS0618</WarningsNotAsErrors>
              </PropertyGroup>
            """);
        var result = DotnetCli.Run(folder.Path, new[] { "msbuild", "App.csproj", "-getProperty:WarningsNotAsErrors" });
        Assert.True(result.ExitCode == 0, result.Describe());
        var ids = result.Output.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Subset(new HashSet<string>(ids, StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal) { "CS0618", "KB0001", "KB0002", "KB0003", "KB0004", "KB0006" });
    }
}
