using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeBase.IntelliSense.Tests;

/// <summary>
/// Completion and quick info from Roslyn's own IDE services over the generated knowledge base. What they
/// must show is taken from the seeds knowledge base compiled into this test assembly by the build.
/// </summary>
[Trait("Category", "Slow")]
public sealed class IntelliSenseTests(EditorWorkspace editor, ITestOutputHelper log) : IClassFixture<EditorWorkspace>
{
    /// <summary>The named members the build generated in a nested class of Seeds (all but the list of all).</summary>
    private static List<string> Members(Type nested) =>
        nested.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name).Where(n => n != "All").OrderBy(n => n, StringComparer.Ordinal).ToList();

    private static string Count(int n, string noun) => n == 1 ? "1 " + noun : $"{n} {noun}s";

    [Fact]
    public async Task The_generator_runs_in_the_workspace_without_errors()
    {
        var compilation = await editor.CompilationAsync();
        Assert.NotNull(compilation.GetTypeByMetadataName(EditorWorkspace.ProjectNamespace + ".Seeds"));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task After_People_dot_every_person_is_offered()
    {
        var expected = Members(typeof(Seeds.People));
        Assert.Equal(Seeds.People.All.Count, expected.Count);

        var offered = (await editor.CompletionsAsync("class C { void M() { _ = Seeds.People.$$ } }")).Select(i => i.DisplayText).ToHashSet();

        Assert.All(expected, name => Assert.Contains(name, offered));
        Assert.Contains("All", offered);
    }

    [Fact]
    public async Task After_Organizations_and_Places_dot_every_one_is_offered()
    {
        var organizations = (await editor.CompletionsAsync("class C { void M() { _ = Seeds.Organizations.$$ } }")).Select(i => i.DisplayText).ToHashSet();
        var places = (await editor.CompletionsAsync("class C { void M() { _ = Seeds.Places.$$ } }")).Select(i => i.DisplayText).ToHashSet();

        Assert.Equal(Seeds.Organizations.All.Count, Members(typeof(Seeds.Organizations)).Count(organizations.Contains));
        Assert.Equal(Seeds.Places.All.Count, Members(typeof(Seeds.Places)).Count(places.Contains));
    }

    [Fact]
    public async Task A_person_in_the_completion_list_is_described_by_who_they_are()
    {
        var description = await editor.CompletionDescriptionAsync("class C { void M() { _ = Seeds.People.$$ } }", "VladimirPutin");

        log.WriteLine(description);
        Assert.Contains("Person Seeds.People.VladimirPutin", description);
        Assert.Contains("Vladimir Putin (person)", description);
    }

    [Fact]
    public async Task Hovering_a_person_shows_who_the_counts_and_a_source_sentence()
    {
        var putin = Seeds.People.VladimirPutin;

        var info = await editor.QuickInfoAsync("class C { void M() { _ = Seeds.People.Vladimir$$Putin; } }");
        log.WriteLine(info);

        Assert.Contains("Vladimir Putin (person)", info);
        Assert.Contains($"named {Count(putin.MentionCount, "time")} in {Count(putin.Articles.Count, "article")}", info);
        Assert.Contains($"speaker of {Count(putin.Quotes.Count, "quote")}", info);
        Assert.Contains($"in {Count(putin.Events.Count, "event")}", info);
        Assert.Contains("Also called: " + string.Join(", ", putin.Aliases), info);

        // The sentence of the first mention, quoted from its article.
        var mention = putin.FirstMention;
        Assert.Contains($"First mention ({mention.Article.File}):", info);
        var open = info.IndexOf('\u201C', StringComparison.Ordinal);
        var close = info.IndexOf('\u201D', open + 1);
        Assert.True(open >= 0 && close > open, "no quoted sentence in:\n" + info);
        var sentence = info.Substring(open + 1, close - open - 1);
        Assert.Contains(mention.Text, sentence);
        Assert.Contains(sentence, mention.Article.Text);
    }

    [Fact]
    public async Task After_Events_dot_the_queries_and_every_event_are_offered_with_their_docs()
    {
        var offered = (await editor.CompletionsAsync("class C { void M() { _ = Seeds.Events.$$ } }")).Select(i => i.DisplayText).ToHashSet();
        Assert.Superset(new HashSet<string> { "All", "Between", "OfKind", "Involving" }, offered);
        // Every event is a named member (<actors><kind>_<date>, _Reported_<date> or _Undated), documented with its evidence sentence.
        Assert.True(offered.Count(o => System.Text.RegularExpressions.Regex.IsMatch(o, "^[A-Za-z]+_(Undated|Reported_[0-9_]+|[0-9_]+)(_[0-9]+)?$")) >= Seeds.Events.All.Count,
            string.Join(", ", offered));

        var events = await editor.QuickInfoAsync("class C { void M() { _ = Seeds.Events.A$$ll; } }");
        Assert.Contains("EventList Seeds.Events.All", events);
        Assert.Contains("Every event: dated ones in date order", events);

        var between = await editor.QuickInfoAsync("class C { void M() { _ = Seeds.Events.Betw$$een(new(2024, 11, 1), new(2025, 3, 31)); } }");
        log.WriteLine(events + "\n" + between);
        Assert.Contains("Events whose date lies wholly within", between);

        var first = Seeds.Events.All[0];
        // Named by actors, kind and date: the first event's member ends with its date.
        var member = offered.Single(o => o.EndsWith("_" + first.Date!.Value.ToString().Replace('-', '_'), StringComparison.Ordinal));
        var hover = await editor.QuickInfoAsync($"class C {{ void M() {{ _ = Seeds.Events.{member.Substring(0, 2)}$${member.Substring(2)}; }} }}");
        log.WriteLine(hover);
        Assert.Contains(first.Sources[0].Text.Substring(0, 40), hover);
    }

    [Fact]
    public async Task Quotes_are_offered_and_described()
    {
        var offered = (await editor.CompletionsAsync("class C { void M() { _ = Seeds.$$ } }")).Select(i => i.DisplayText).ToHashSet();
        Assert.Superset(new HashSet<string> { "Quotes", "Events", "Timeline", "People", "Organizations", "Places", "Articles", "Find", "Knowledge" }, offered);

        var quotes = await editor.QuickInfoAsync("class C { void M() { _ = Seeds.Quotes.A$$ll; } }");
        log.WriteLine(quotes);
        Assert.Contains("IReadOnlyList<KnowledgeBase.Quote> Seeds.Quotes.All", quotes);
        Assert.Contains("Every quote, by article and position.", quotes);

        var members = (await editor.CompletionsAsync("class C { void M() { _ = Seeds.Quotes.All[0].$$ } }")).Select(i => i.DisplayText).ToHashSet();
        Assert.Superset(new HashSet<string> { "Text", "Speaker", "Cue", "Kind", "Article" }, members);

        // Every quote is a named member documented with its words and its sentence.
        var named = (await editor.CompletionsAsync("class C { void M() { _ = Seeds.Quotes.$$ } }")).Select(i => i.DisplayText).ToHashSet();
        Assert.Contains("Trump_OnImportancePeace", named);
        var hover = await editor.QuickInfoAsync("class C { void M() { _ = Seeds.Quotes.Trump_OnImport$$ancePeace; } }");
        log.WriteLine(hover);
        var quote = Seeds.Quotes.Trump_OnImportancePeace;
        Assert.Contains(quote.Sentence.Text.Substring(0, 30), hover);

        var seeds = await editor.QuickInfoAsync("class C { void M() { _ = See$$ds.Quotes; } }");
        Assert.Contains($"{Count(Seeds.Quotes.All.Count, "quote")} and {Count(Seeds.Events.All.Count, "event")}", seeds);
    }
}
