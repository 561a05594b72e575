using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using System.Threading;
using KnowledgeBase.Cli;
using KnowledgeBase.Generators;
using KnowledgeBase.Generators.Emission;
using KnowledgeBase.Generators.Linking;
using KnowledgeBase.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace KnowledgeBase.Tests.Robustness.Fuzz;

/// <summary>What the generator made of one corpus.</summary>
internal sealed record GeneratedCorpus(Corpus Corpus, string Namespace, GeneratorRunResult Run, ImmutableArray<Diagnostic> DriverDiagnostics);

/// <summary>
/// The properties every corpus must have: the generator does not throw, its output compiles with
/// no error and no warning, every file is either an article whose text is exactly the file's
/// text or the subject of a diagnostic at its path, and at run time every span the knowledge
/// base hands out lies inside its article and reads back exactly that substring.
/// </summary>
internal static class CorpusCheck
{
    public const long DefaultMaxBytes = 4L * 1024 * 1024;

    /// <summary>Doc comments are parsed and checked, so markup that escaped XmlDoc shows as a warning.</summary>
    public static readonly CSharpParseOptions ParseOptions =
        CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12).WithDocumentationMode(DocumentationMode.Diagnose);

    /// <summary>One compilation with the references bound once; each batch adds its generated trees to it.</summary>
    private static readonly Lazy<CSharpCompilation> Empty = new(() =>
    {
        var compilation = CSharpCompilation.Create("KbFuzz", null, GeneratorHarness.References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999, deterministic: true, concurrentBuild: false));
        _ = compilation.GetDiagnostics(); // bind the references now, once
        return compilation;
    });

    public static GeneratedCorpus Generate(Corpus corpus, string uniqueNamespace, CancellationToken token = default, IIncrementalGenerator? generator = null)
    {
        var options = new Dictionary<string, string> { ["build_property.KnowledgeBaseSeedsPath"] = GeneratorHarness.SeedsRoot };
        if (corpus.Name is not null) options["build_property.KnowledgeBaseName"] = corpus.Name;
        var ns = string.IsNullOrEmpty(corpus.Namespace) ? uniqueNamespace : corpus.Namespace + "." + uniqueNamespace;
        options["build_property.KnowledgeBaseNamespace"] = ns;
        if (corpus.MaxBytes is not null) options["build_property.KnowledgeBaseMaxArticleBytes"] = corpus.MaxBytes;
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var f in corpus.Files)
            if (f.Published is not null) perFile[f.Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KnowledgeBasePublished"] = f.Published };

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { (generator ?? new KnowledgeBaseGenerator()).AsSourceGenerator() },
            corpus.Files.Select(f => f.ToAdditionalText()),
            ParseOptions,
            new TestOptionsProvider(options, perFile));
        driver = driver.RunGenerators(Empty.Value, token);
        var run = driver.GetRunResult();
        return new GeneratedCorpus(corpus, ns, run.Results.Single(), run.Diagnostics);
    }

    /// <summary>
    /// Generates, compiles (all corpora in one compilation) and checks a batch; throws with the
    /// corpus on the first failure. <paramref name="inspect"/> sees each corpus' knowledge base
    /// while its assembly is loaded.
    /// </summary>
    public static void Check(IReadOnlyList<Corpus> corpora, Action<Corpus, Knowledge>? inspect = null, Tally? tally = null)
    {
        tally ??= new Tally();
        var batch = Interlocked.Increment(ref s_batches);
        var generated = corpora.Select((c, i) => Generate(c, $"K{batch}_{i}")).ToList();
        foreach (var g in generated) CheckGeneratorRun(g, tally);

        var trees = generated.SelectMany(g => g.Run.GeneratedSources.Select(s => s.SyntaxTree)).ToList();
        var owner = new Dictionary<SyntaxTree, GeneratedCorpus>();
        foreach (var g in generated)
            foreach (var s in g.Run.GeneratedSources) owner[s.SyntaxTree] = g;
        foreach (var tree in trees) CheckTrivia(tree, owner[tree]);

        var compilation = Empty.Value.AddSyntaxTrees(trees);
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            var d = problems[0];
            var culprit = d.Location.SourceTree is { } t && owner.TryGetValue(t, out var g) ? g.Corpus.ToString() : Corpus.Describe(corpora);
            var line = d.Location.SourceTree is { } tree ? tree.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString() : string.Empty;
            throw new XunitException($"generated code does not compile cleanly: {d}\n  line: {FuzzFile.Escape(line)}\n  corpus: {culprit}");
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("kb-fuzz", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            foreach (var g in generated)
            {
                var kb = CheckRuntime(assembly, g, tally);
                inspect?.Invoke(g.Corpus, kb);
            }
        }
        finally
        {
            context.Unload();
        }
        tally.Add("corpora", corpora.Count);
    }

    private static int s_batches;

    private static void Fail(GeneratedCorpus g, string message) =>
        throw new XunitException(message + "\n  corpus: " + g.Corpus);

    private static void CheckGeneratorRun(GeneratedCorpus g, Tally tally)
    {
        if (g.Run.Exception is not null) Fail(g, "the generator threw: " + g.Run.Exception);
        var all = g.DriverDiagnostics.Concat(g.Run.Diagnostics).ToList();
        foreach (var d in all)
        {
            if (d.Id is "CS8784" or "CS8785") Fail(g, "the generator failed: " + d);
            if (d.Id == "KB0006") Fail(g, "extraction threw (KB0006): " + d);
            if (!d.Id.StartsWith("KB", StringComparison.Ordinal)) Fail(g, "unexpected diagnostic: " + d);
        }
        if (g.Run.GeneratedSources.Length != 2) Fail(g, $"expected two generated files, got {g.Run.GeneratedSources.Length}");

        var kb = g.Run.Diagnostics.Where(d => d.Id.StartsWith("KB", StringComparison.Ordinal)).ToList();
        foreach (var d in kb) tally.Add(d.Id);
        var paths = g.Corpus.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var d in kb)
        {
            if (d.Id is "KB0001" or "KB0002" or "KB0003" or "KB0004" && d.Location.Kind != LocationKind.ExternalFile)
                Fail(g, "diagnostic does not point at a file: " + d);
            if (d.Location.Kind == LocationKind.ExternalFile)
            {
                var path = d.Location.GetLineSpan().Path;
                if (!paths.Contains(path)) Fail(g, "diagnostic points outside the corpus: " + d);
                var file = g.Corpus.Files.First(f => f.Path == path);
                var text = file.ToAdditionalText().GetText()?.ToString() ?? string.Empty;
                var position = d.Location.GetLineSpan().StartLinePosition;
                var lines = SourceText.From(text).Lines;
                if (position.Line >= lines.Count || position.Character > lines[position.Line].Span.Length)
                    Fail(g, $"diagnostic position {position} is not in the file: {d}");
            }
        }
    }

    /// <summary>Hostile text must not become directives, skipped code or anything but the generator's own comments.</summary>
    private static void CheckTrivia(SyntaxTree tree, GeneratedCorpus g)
    {
        var root = tree.GetRoot();
        var trivia = root.DescendantTrivia().ToList();
        var directives = trivia.Where(t => t.IsDirective).Select(t => t.ToString().Trim()).ToList();
        if (directives.Count != 1 || directives[0] != "#nullable enable")
            Fail(g, $"{tree.FilePath}: directives {string.Join(" | ", directives.Select(FuzzFile.Escape))}");
        if (root.ContainsSkippedText) Fail(g, $"{tree.FilePath}: skipped text");
        // Doc comments are structured trivia and are not descended into: the compiler checks their XML.
        foreach (var t in trivia)
        {
            if (t.IsKind(SyntaxKind.MultiLineCommentTrivia) || t.IsKind(SyntaxKind.DisabledTextTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
                Fail(g, $"{tree.FilePath}: unexpected {t.Kind()}: {FuzzFile.Escape(t.ToString())}");
        }
        // Classes: the knowledge base and its six member classes, or the partial class and its data class.
        var classes = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Count();
        if (classes is not (7 or 2)) Fail(g, $"{tree.FilePath}: {classes} classes");
    }

    private static string RelativeFile(FuzzFile f) => f.Path.Replace('\\', '/')[GeneratorHarness.SeedsRoot.Length..];

    private static bool IsArticleCandidate(FuzzFile f) =>
        f.Path.StartsWith(GeneratorHarness.SeedsRoot, StringComparison.Ordinal) && f.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lone surrogates cannot be stored as UTF-8: the generator keeps one U+FFFD in their place.</summary>
    public static string Storable(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static bool LooksUndecodable(string text) =>
        text.Any(c => c == '\uFFFD' || char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v' or '\u0085'));

    private static Knowledge CheckRuntime(Assembly assembly, GeneratedCorpus g, Tally tally)
    {
        var surface = g.Run.GeneratedSources.First(s => !s.HintName.EndsWith(".Data.g.cs", StringComparison.Ordinal)).SyntaxTree.GetRoot();
        var kbClass = surface.DescendantNodes().OfType<ClassDeclarationSyntax>().First();
        var ns = kbClass.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
        var typeName = ns is null ? kbClass.Identifier.ValueText : ns + "." + kbClass.Identifier.ValueText;
        var type = assembly.GetType(typeName) ?? throw new XunitException($"type {typeName} not found");
        var kb = (Knowledge)type.GetProperty("Knowledge", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        var diagnostics = g.Run.Diagnostics;
        var max = g.Corpus.MaxBytes is { } m && long.TryParse(m.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : DefaultMaxBytes;
        var articlesByFile = kb.Articles.GroupBy(a => a.File, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.ToList(), StringComparer.Ordinal);
        var accounted = 0;
        foreach (var file in g.Corpus.Files)
        {
            var at = diagnostics.Where(d => d.Location.Kind == LocationKind.ExternalFile && d.Location.GetLineSpan().Path == file.Path && d.Id != "KB0005").Select(d => d.Id).ToList();
            if (!IsArticleCandidate(file))
            {
                if (at.Count > 0) Fail(g, $"{file.Name} is not an article but has {string.Join(", ", at)}");
                continue;
            }
            var relative = RelativeFile(file);
            var articles = articlesByFile.TryGetValue(relative, out var found) ? found : new List<Article>();
            if (articles.Count > 1) Fail(g, $"{relative} is {articles.Count} articles");
            var decoded = file.ToAdditionalText().GetText()?.ToString();
            string? expected = decoded is null ? null : Storable(decoded);
            string? outcome = null;
            if (expected is null) outcome = "KB0001";
            else if (Encoding.UTF8.GetByteCount(expected) > max) outcome = "KB0003";
            else if (decoded!.Contains('\uFFFD', StringComparison.Ordinal)) outcome = "KB0001"; // bytes that were not UTF-8
            if (outcome is not null)
            {
                if (articles.Count > 0 || at.Count != 1 || at[0] != outcome) Fail(g, $"{relative}: expected {outcome} alone, got [{string.Join(", ", at)}] and {articles.Count} article(s)");
                continue;
            }
            if (articles.Count == 1)
            {
                accounted++;
                if (at.Count > 0) Fail(g, $"{relative} is an article but has {string.Join(", ", at)}");
                if (articles[0].Text != expected)
                    Fail(g, $"{relative}: the compiled text is not the file's text:\n  compiled: {FuzzFile.Escape(articles[0].Text)}\n  file:     {FuzzFile.Escape(expected!)}");
                if (expected!.Trim().Length == 0) Fail(g, $"{relative}: a blank file became an article");
                continue;
            }
            if (at.Count != 1) Fail(g, $"{relative} is neither an article nor the subject of one diagnostic: [{string.Join(", ", at)}]");
            var allowed = at[0] switch
            {
                "KB0001" => LooksUndecodable(expected!),
                "KB0002" => expected!.Trim().Length == 0,
                "KB0004" => kb.Articles.Any(a => a.Id == KnowledgeLinker.ArticleId(relative) && string.CompareOrdinal(a.File, relative) < 0),
                _ => false,
            };
            if (!allowed) Fail(g, $"{relative}: {at[0]} does not fit the file: {FuzzFile.Escape(expected!.Length > 200 ? expected[..200] : expected)}");
        }
        if (accounted != kb.Articles.Count) Fail(g, $"{kb.Articles.Count} articles, but only {accounted} come from the corpus' files");

        CheckSpans(g, kb);
        CheckMembers(g, type, kb);
        CheckCli(g, kb);
        tally.Add("articles", kb.Articles.Count);
        tally.Add("entities", kb.Entities.Count);
        tally.Add("quotes", kb.Quotes.Count);
        tally.Add("events", kb.Events.Count);
        return kb;
    }

    private static readonly char[] ControlCharacters =
        Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => (char.IsControl(c) || c is '\u2028' or '\u2029') && c is not ('\n' or '\r')).ToArray();

    private static void Inside(GeneratedCorpus g, SourceSpan span, string what)
    {
        var text = span.Article.Text;
        if (span.Start < 0 || span.Length < 0 || span.Start + span.Length > text.Length)
            Fail(g, $"{what} {span} lies outside its article ({text.Length} chars)");
        if (span.Text != text.Substring(span.Start, span.Length)) Fail(g, $"{what} {span} does not read back its substring");
    }

    private static void CheckSpans(GeneratedCorpus g, Knowledge kb)
    {
        foreach (var q in kb.Quotes)
        {
            Inside(g, q.Span, "quote " + q.Id);
            Inside(g, q.Sentence, "sentence of quote " + q.Id);
            if (q.Text != q.Article.Text.Substring(q.Span.Start, q.Span.Length)) Fail(g, $"quote {q.Id}: text is not its source substring");
            if (q.Span.Length == 0) Fail(g, $"quote {q.Id} is empty");
            _ = (q.Id, q.Speaker?.Name, q.SpeakerText, q.Cue, q.Kind);
        }
        foreach (var e in kb.Entities)
        {
            Inside(g, e.FirstMention, "first mention of " + e.Id);
            if (e.FirstMention.Length == 0) Fail(g, $"first mention of {e.Id} is empty");
            if (e.Name.Length == 0 || e.Id.Length == 0) Fail(g, "an entity has no name or id");
            _ = (e.Aliases.Count, e.Quotes.Count, e.Events.Count, e.Articles.Count, kb.Find(e.Name));
            if (e.Index < 4) _ = kb.FindClosest(e.Name); // a scan of every alias: a few suffice to show it copes
        }
        foreach (var ev in kb.Events)
        {
            foreach (var s in ev.Sources) Inside(g, s, "source of event " + ev.Id);
            _ = (ev.Summary, ev.Cameo.Name, ev.Participants.Count, ev.Place, ev.Date);
        }
        foreach (var a in kb.Articles) _ = (a.Id, a.Title, a.Published, a.Quotes.Count);
    }

    /// <summary>The named members are exactly one per record: nothing injected, nothing lost.</summary>
    private static void CheckMembers(GeneratedCorpus g, Type type, Knowledge kb)
    {
        void Expect(string nested, int count, Func<object?, bool> isRecord)
        {
            var members = type.GetNestedType(nested, BindingFlags.Public)!.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.Name is not "All").ToList();
            if (members.Count != count) Fail(g, $"{nested} has {members.Count} members for {count} records");
            var values = members.Select(p => p.GetValue(null)).ToList();
            if (!values.All(isRecord) || values.Distinct().Count() != count) Fail(g, $"{nested}: members do not map one to one onto the records");
        }
        Expect("Articles", kb.Articles.Count, v => v is Article);
        Expect("People", kb.People.Count, v => v is Person);
        Expect("Organizations", kb.Organizations.Count, v => v is Organization);
        Expect("Places", kb.Places.Count, v => v is Place);
        Expect("Quotes", Math.Min(kb.Quotes.Count, KnowledgeEmitter.MaxNamedRecords), v => v is Quote);
        Expect("Events", Math.Min(kb.Events.Count, KnowledgeEmitter.MaxNamedRecords), v => v is Event);
    }

    /// <summary>
    /// kb over the hostile knowledge base: every command succeeds, prints no control character
    /// (an escape sequence from an article would drive the terminal), and the export is valid
    /// JSON with the same texts.
    /// </summary>
    private static void CheckCli(GeneratedCorpus g, Knowledge kb)
    {
        var commands = new List<string[]> { new[] { "timeline" }, new[] { "people" }, new[] { "quotes" }, new[] { "events" } };
        if (kb.Entities.Count > 0) commands.Add(new[] { "show", kb.Entities[0].Id });
        if (kb.Quotes.Count > 0) commands.Add(new[] { "show", kb.Quotes[0].Id });
        if (kb.Events.Count > 0) commands.Add(new[] { "show", kb.Events[0].Id });
        foreach (var command in commands)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = CliApp.Run(command, output, error, kb);
            if (code != 0) Fail(g, $"kb {string.Join(' ', command)} exited {code}: {error}");
            var printed = output.ToString();
            var bad = printed.IndexOfAny(ControlCharacters);
            if (bad >= 0) Fail(g, $"kb {string.Join(' ', command)} printed U+{(int)printed[bad]:X4}: {FuzzFile.Escape(printed.Substring(Math.Max(0, bad - 40), Math.Min(80, printed.Length - Math.Max(0, bad - 40))))}");
        }
        using var export = new StringWriter();
        if (CliApp.Run(new[] { "export" }, export, new StringWriter(), kb) != 0) Fail(g, "kb export failed");
        using var json = JsonDocument.Parse(export.ToString());
        var quotes = json.RootElement.GetProperty("quotes");
        if (quotes.GetArrayLength() != kb.Quotes.Count) Fail(g, "export lost quotes");
        for (var i = 0; i < kb.Quotes.Count; i++)
            if (quotes[i].GetProperty("text").GetString() != kb.Quotes[i].Text) Fail(g, $"export changed the text of quote {kb.Quotes[i].Id}");
    }
}
