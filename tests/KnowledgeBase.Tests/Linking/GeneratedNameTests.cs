using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeBase.Generators.Emission;
using KnowledgeBase.Generators.Linking;
using KnowledgeBase.Tests.Helpers;
using KnowledgeBase.Tests.Robustness.Fuzz;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace KnowledgeBase.Tests.Linking;

/// <summary>
/// The names the generator makes from names in the articles and the project (article and entity
/// ids, members, classes): letters of every script kept whole, lengths capped, and no two alike.
/// </summary>
public sealed class GeneratedNameTests
{
    private static MemoryAdditionalText Article(string file, string text) => new(GeneratorHarness.SeedsRoot + file, text);

    /// <summary>Runs the generator and the compiler; fails on any error or warning, and returns the generated members and diagnostics.</summary>
    private static (List<string> Members, List<Diagnostic> Diagnostics, Compilation Output) Generate(IEnumerable<AdditionalText> texts, TestOptionsProvider? options = null)
    {
        var (driver, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Driver(texts, options), GeneratorHarness.Compilation("class A { }"));
        var result = driver.GetRunResult();
        Assert.Empty(result.Diagnostics.Where(d => d.Id is "CS8784" or "CS8785"));
        Assert.Null(result.Results.Single().Exception);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(d => d.ToString()[..Math.Min(300, d.ToString().Length)])));
        var members = result.GeneratedTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>()).Select(p => p.Identifier.ValueText).ToList();
        return (members, diagnostics.ToList(), output);
    }

    [Theory]
    [InlineData("Привет.txt", "привет")]
    [InlineData("x/Мир.txt", "x-мир")]
    [InlineData("新闻.txt", "新闻")]
    [InlineData("Ελλάδα 2025.txt", "ελλάδα-2025")]
    [InlineData("Й.txt", "й")]
    [InlineData("José Müller.txt", "jose-muller")]
    [InlineData("Lech Wałęsa.txt", "lech-walesa")]
    [InlineData("000_bb80dc62bcacb294.txt", "000-bb80dc62bcacb294")]
    [InlineData("!!!.txt", "article")]
    public void Article_ids_keep_letters_of_every_script_and_fold_Latin_ones_to_ASCII(string file, string id) =>
        Assert.Equal(id, KnowledgeLinker.ArticleId(file));

    [Fact]
    public void File_names_with_no_Latin_letter_give_distinct_articles()
    {
        var files = new[] { "Привет.txt", "Мир.txt", "新闻.txt", "Ελλάδα.txt" };
        var corpus = new Corpus(files.Select(f => new FuzzFile(f, $"Talks Resume\n\nThe talks resumed on Monday, {f} said.\n", null, Decoding.Compiler, null)).ToArray(), "News", null, null);
        string[]? ids = null;
        CorpusCheck.Check(new[] { corpus }, (_, kb) => ids = kb.Articles.Select(a => a.Id).ToArray());
        Assert.Equal(new[] { "ελλάδα", "мир", "привет", "新闻" }, ids!.OrderBy(i => i, StringComparer.Ordinal));
        Assert.DoesNotContain(CorpusCheck.Generate(corpus, "Ids").Run.Diagnostics, d => d.Id == "KB0004");
    }

    [Theory]
    [InlineData("Сергей Лавров", "СергейЛавров", "сергей-лавров")]
    [InlineData("Αλέξης Τσίπρας", "ΑλέξηςΤσίπρας", "αλέξης-τσίπρας")]
    [InlineData("문재인", "문재인", "문재인")]
    [InlineData("José Müller", "JoseMuller", "jose-muller")]
    [InlineData("Jose\u0301 Mu\u0308ller", "JoseMuller", "jose-muller")]
    [InlineData("Lech Wałęsa", "LechWałesa", "lech-walesa")]
    public void Letters_of_other_scripts_keep_their_marks_in_members_and_ids(string name, string member, string id)
    {
        Assert.Equal(member, CSharpEscaping.Identifier(name, "Entity"));
        Assert.Equal(id, Slug.Of(name, "entity"));
    }

    [Fact]
    public void A_person_named_in_Cyrillic_keeps_every_letter_of_the_name()
    {
        var text = "Talks in Moscow\n\nMonday, March 3, 2025\n\nRussian Foreign Minister Сергей Лавров said on Monday that the talks would go on.\n";
        var (members, _, output) = Generate(new[] { Article("moscow.txt", text) });
        Assert.Contains("СергейЛавров", members);
        Assert.DoesNotContain("СергеиЛавров", members);
        Assert.NotNull(output.GetTypeByMetadataName("TestKb.Seeds+People"));
    }

    [Fact]
    public void Member_names_are_cut_after_the_last_whole_word_that_fits()
    {
        // A speaker, an organization and a headline 1,100 characters long (160 seven-letter words): CS7013 in metadata, uncut.
        var words = string.Join(" ", Enumerable.Range(0, 160).Select(i => "Varga" + (char)('a' + i % 26) + (char)('a' + i / 26)));
        var text = $"Talks Resume\n\nMonday, March 3, 2025\n\n\u201CWe will talk again,\u201D said {words}.\n\nThe {words} Group said the talks resumed on Monday.\n";
        var (members, _, _) = Generate(new[] { Article("long.txt", text) });
        var nineWords = string.Concat(words.Split(' ').Take(9));
        Assert.Equal(63, nineWords.Length);
        Assert.Contains(nineWords, members);
        Assert.All(members, m => Assert.True(m.Length <= CSharpEscaping.MaxNameLength, m));
    }

    [Fact]
    public void A_name_of_one_long_word_is_cut_at_the_limit()
    {
        var name = new string('x', 1100);
        Assert.Equal("X" + new string('x', CSharpEscaping.MaxNameLength - 1), CSharpEscaping.Identifier(name, "Quote"));
        Assert.Equal("_" + new string('1', CSharpEscaping.MaxNameLength - 1), CSharpEscaping.Identifier(new string('1', 1100), "Quote"));
    }

    [Theory]
    [InlineData("News", "news", "News2")]
    [InlineData("MyNews", "my-news", "MyNews2")]
    [InlineData("NEWS", "News", "News2")]
    public void Two_knowledge_bases_that_make_the_same_class_get_two_classes(string first, string second, string renamed)
    {
        var seeds = GeneratorHarness.SeedTexts();
        Assert.True(string.CompareOrdinal(first, second) < 0);
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            // Given in reverse: the order of the files does not decide which one is renamed.
            [seeds[0].Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KnowledgeBase"] = second },
            [seeds[1].Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KnowledgeBase"] = first },
        };
        var (_, diagnostics, output) = Generate(seeds.Take(2), new TestOptionsProvider(GeneratorHarness.GlobalOptions(), perFile));
        var firstClass = CSharpEscaping.Identifier(first, "News");
        Assert.NotNull(output.GetTypeByMetadataName("TestKb." + firstClass));
        Assert.NotNull(output.GetTypeByMetadataName("TestKb." + renamed));
        var generated = output.SyntaxTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)).Where(f => f.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
        var expected = new[] { firstClass + ".g.cs", firstClass + ".Data.g.cs", renamed + ".g.cs", renamed + ".Data.g.cs" };
        Assert.Equal(expected.Order(StringComparer.Ordinal), generated.Order(StringComparer.Ordinal));
        var d = Assert.Single(diagnostics, d => d.Id == "KB0005");
        Assert.Equal($"'{second}' is named '{renamed}' in the generated code: '{CSharpEscaping.Identifier(second, "News")}' is the class of another knowledge base of the project", d.GetMessage(CultureInfo.InvariantCulture));
    }
}
