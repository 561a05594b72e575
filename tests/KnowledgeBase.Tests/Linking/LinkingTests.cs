using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generators;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Linking;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Tests.Linking;

/// <summary>Cross-article linking: one entity and one event per real thing, with ids that do not move.</summary>
public sealed class LinkingTests
{
    private static ArticleModel Extract(string path) =>
        ArticleExtractor.Extract(DocumentReader.Parse(Path.GetFileName(path), path, File.ReadAllText(path), 0, CancellationToken.None), CancellationToken.None);

    private static KnowledgeModel Link(IEnumerable<string> paths) =>
        KnowledgeLinker.Link(paths.Select(Extract).ToImmutableArray(), ImmutableArray<KnowledgeBase.Generators.Models.ArticleTerms>.Empty, new GeneratorOptions("Seeds", "TestKb", string.Empty), CancellationToken.None);

    // Two invented articles, a.txt and b.txt, linked into one knowledge base.
    private static KnowledgeModel LinkTexts(string first, string second) =>
        KnowledgeLinker.Link(new[] { ("a.txt", first), ("b.txt", second) }.Select(a => ArticleExtractor.Extract(DocumentReader.Parse(a.Item1, "/kb/" + a.Item1, a.Item2, 0, CancellationToken.None), CancellationToken.None)).ToImmutableArray(),
            ImmutableArray<KnowledgeBase.Generators.Models.ArticleTerms>.Empty, new GeneratorOptions("Seeds", "TestKb", string.Empty), CancellationToken.None);

    [Fact]
    public void Ids_stay_the_same_when_an_unrelated_article_is_added()
    {
        var seeds = TestPaths.SeedFiles();
        var unrelated = Directory.GetFiles(TestPaths.Gold(Path.Combine("wikinews", "articles")), "*.txt").OrderBy(p => p, System.StringComparer.Ordinal).ToArray();
        var before = Link(seeds);
        // Added articles sort both before and after the seeds, and bring events and entities of their own.
        var after = Link(seeds.Concat(unrelated.Take(3)).Concat(new[] { unrelated[^1] }));

        var afterEntities = after.Entities.ToDictionary(e => e.Id);
        foreach (var e in before.Entities)
        {
            Assert.True(afterEntities.TryGetValue(e.Id, out var same), $"entity id {e.Id} disappeared");
            Assert.Equal(e.Name, same!.Name);
        }
        var afterEvents = after.Events.ToDictionary(e => e.Id);
        foreach (var e in before.Events)
        {
            Assert.True(afterEvents.TryGetValue(e.Id, out var same), $"event id {e.Id} disappeared");
            Assert.Equal(e.Summary, same!.Summary);
        }
        Assert.True(after.Entities.Count > before.Entities.Count);
    }

    // The people of a knowledge base of two invented articles: who spoke on Monday, and who spoke on Friday.
    private static int People(string mondaySpeakers, string fridaySpeakers) =>
        LinkTexts($"Headline\n\n{mondaySpeakers} said on Monday that the talks had failed.\n", $"Headline\n\n{fridaySpeakers} said on Friday that the talks would resume.\n").Entities.Count(e => e.Kind == KnowledgeBase.Generators.EntityKind.Person);

    [Theory]
    [InlineData("Usama bin Veladin", "Osama bin Veladen", 1)]
    [InlineData("Mohammed Kassem Varga", "Muhammad Kassem Varga", 1)]
    [InlineData("Karim el-Vasser", "Karim al-Vasser", 1)]
    [InlineData("Maria Velden", "Mario Velden", 2)] // a last letter
    [InlineData("Jan Ostrel", "Jon Ostrel", 2)] // a short word
    public void A_full_name_transliterated_with_other_vowels_is_one_person_across_articles(string monday, string friday, int people)
    {
        Assert.Equal(people, People(monday, friday));
    }

    [Theory]
    [InlineData("Karel Brandt and Helena Brandt", "The envoy and his wife Helena", 2)]
    [InlineData("Helena Brandt and Helena Varga", "The envoy and his wife Helena", 3)] // which Helena?
    public void A_given_name_alone_joins_the_one_full_name_with_that_given_name_across_articles(string monday, string friday, int people)
    {
        Assert.Equal(people, People(monday, friday));
    }

    [Fact]
    public void One_entity_per_real_thing_across_articles()
    {
        var kb = Link(TestPaths.SeedFiles());
        var names = kb.Entities.Select(e => e.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        // Spelling variants and surname-only mentions in other articles join one person.
        var person = kb.Entities.Single(e => e.Aliases.Contains("Zelenskyy") || e.Name.EndsWith("Zelenskyy"));
        Assert.Contains(person.Aliases, a => a == "Zelensky" || a.EndsWith(" Zelensky"));
        Assert.True(person.Articles.Count >= 4);
    }

    [Theory]
    [InlineData("William Roe", "Bill Roe")]
    [InlineData("Nicholas Vell", "Nick Vell")]
    [InlineData("Karel Brandt", "Karel Tomas Brandt")]
    public void A_person_named_short_and_long_in_two_articles_is_one_person(string first, string second)
    {
        var kb = LinkTexts("Harbour Vote\n\nMonday, March 3, 2025\n\nMayor " + first + " opened the harbour on Monday.\n",
            "Harbour Talks\n\nWednesday, March 5, 2025\n\nMayor " + second + " visited the port on Tuesday.\n");
        var person = Assert.Single(kb.Entities, e => e.Name == first || e.Name == second);
        Assert.Contains(person.Aliases.Append(person.Name), a => a == first);
        Assert.Contains(person.Aliases.Append(person.Name), a => a == second);
    }

    [Fact]
    public void Names_differing_by_a_middle_initial_in_two_articles_stay_apart()
    {
        var kb = LinkTexts("Harbour Vote\n\nMonday, March 3, 2025\n\nMayor Karel T. Brandt opened the harbour on Monday.\n",
            "Harbour Talks\n\nWednesday, March 5, 2025\n\nMayor Karel Brandt visited the port on Tuesday.\n");
        Assert.Contains(kb.Entities, e => e.Name == "Karel Brandt");
    }

    [Fact]
    public void A_surname_with_its_capitalized_particles_alone_joins_the_one_person_it_names()
    {
        var kb = LinkTexts("Stadium Deal\n\nMonday, March 3, 2025\n\nBusinessman Rocco De La Varga paid for the new stadium in Tarsk.\n",
            "Stadium Opens\n\nWednesday, March 5, 2025\n\nDe La Varga said on Tuesday that the stadium would open in May.\n");
        Assert.Equal("Rocco De La Varga", Assert.Single(kb.Entities, e => e.Name.EndsWith("Varga", System.StringComparison.Ordinal)).Name);
    }

    [Theory]
    [InlineData("de Arrieta")]
    [InlineData("De Arrieta")]
    public void Two_people_sharing_a_surname_with_its_particle_in_two_articles_stay_apart(string surname)
    {
        var kb = LinkTexts($"Harbour Vote\n\nMonday, March 3, 2025\n\nMayor Tomas {surname} opened the harbour on Monday.\n",
            $"Harbour Talks\n\nWednesday, March 5, 2025\n\nJudge Luisa {surname} visited the port on Tuesday.\n");
        Assert.Equal(new[] { "Luisa " + surname, "Tomas " + surname }, kb.Entities.Where(e => e.Name.EndsWith(" " + surname, System.StringComparison.Ordinal)).Select(e => e.Name).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_bare_senate_of_another_country_is_not_joined_to_the_united_states_senate_across_articles()
    {
        var kb = LinkTexts("Senate Vote\n\nMonday, March 3, 2025\n\nBrazil closed the network on Monday. The Senate found no breach. Brazil appealed.\n",
            "Senate Vote\n\nMonday, March 3, 2025\n\nThe United States Senate passed the bill on Monday. The Senate adjourned.\n");
        Assert.Contains(kb.Entities, e => e.Name == "Senate of Brazil" && e.Aliases.Contains("Senate"));
        Assert.Contains(kb.Entities, e => e.Name == "United States Senate");
    }

    [Fact]
    public void A_places_own_senate_keeps_the_bare_word_without_joining_the_united_states_senate_across_articles()
    {
        var kb = LinkTexts("Water Bill\n\nMonday, March 3, 2025\n\nThe Texas Senate passed the water bill on Monday. The Senate also approved the budget.\n",
            "Senate Vote\n\nMonday, March 3, 2025\n\nThe United States Senate passed the bill on Monday. The Senate adjourned.\n");
        Assert.Contains(kb.Entities, e => e.Name == "Texas Senate" && e.Aliases.Contains("Senate"));
        Assert.Contains(kb.Entities, e => e.Name == "United States Senate");
    }

    [Fact]
    public void A_head_word_naming_again_an_organization_is_its_alias_without_joining_another_articles_body()
    {
        var kb = LinkTexts("Fish Quotas\n\nMonday, March 3, 2025\n\nThe Velden Commission on Fisheries met on Monday. Later the Commission cut the quotas.\n",
            "Port Fees\n\nFriday, March 7, 2025\n\nThe Ostrel Harbour Commission raised the fees on Friday. The Commission said boats would pay more.\n");
        Assert.Contains(kb.Entities, e => e.Name == "Velden Commission on Fisheries" && e.Aliases.Contains("Commission"));
        Assert.Contains(kb.Entities, e => e.Name == "Ostrel Harbour Commission" && e.Aliases.Contains("Commission"));
    }

    [Fact]
    public void A_countrys_force_named_by_the_bare_word_keeps_it_as_alias_without_joining_another_countrys_force()
    {
        var kb = LinkTexts("Ferry Sinks\n\nMonday, March 3, 2025\n\nA ferry sank off Chile on Monday. Chile said the ferry was old and that the Air Force rescued ten people.\n",
            "Drill\n\nFriday, March 7, 2025\n\nThe United States Air Force held a drill on Friday. The Air Force said it went well.\n");
        Assert.True(kb.Entities.Any(e => e.Name == "Chilean Air Force" && e.Aliases.Contains("Air Force")), string.Join("; ", kb.Entities.Select(x => x.Name + "=" + string.Join("/", x.Aliases))));
        Assert.Contains(kb.Entities, e => e.Name == "United States Air Force");
    }

    [Fact]
    public void An_organization_spelled_with_a_plural_or_a_singular_last_word_is_one_across_articles()
    {
        var kb = LinkTexts("Drill\n\nMonday, March 3, 2025\n\nThe Velden Defence Forces held a drill on Monday.\n",
            "Drill\n\nFriday, March 7, 2025\n\nThe Velden Defence Force ended the drill on Friday.\n");
        Assert.Single(kb.Entities, e => e.Name.StartsWith("Velden Defence Force", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The House Ethics Committee opened an inquiry on Monday. The Ethics Committee will report in May.", "House Ethics Committee", "Ethics Committee")]
    [InlineData("The Vellan Liberal Party won the vote on Monday. The Liberal Party will form a government.", "Vellan Liberal Party", "Liberal Party")]
    public void An_organizations_name_without_its_first_word_is_the_same_organization_in_one_article(string text, string name, string alias)
    {
        var kb = LinkTexts("Inquiry\n\nMonday, March 3, 2025\n\n" + text + "\n", "Weather\n\nMonday, March 3, 2025\n\nRain fell on Monday.\n");
        var organization = Assert.Single(kb.Entities, e => e.Name == name || e.Aliases.Contains(name));
        Assert.True(organization.Name == alias || organization.Aliases.Contains(alias));
    }

    [Fact]
    public void A_short_name_that_ends_two_longer_names_of_the_article_joins_neither()
    {
        var kb = LinkTexts("Chess Talks\n\nMonday, March 3, 2025\n\nThe Norland Chess Federation met the Vella Chess Federation on Monday. The Chess Federation said little.\n",
            "Weather\n\nMonday, March 3, 2025\n\nRain fell on Monday.\n");
        Assert.Contains(kb.Entities, e => e.Name == "Chess Federation");
        Assert.Contains(kb.Entities, e => e.Name == "Norland Chess Federation");
    }

    [Fact]
    public void The_same_event_in_two_articles_is_one_event_with_both_sources()
    {
        var kb = LinkTexts("Berg and Lind Talk\n\nMonday, March 3, 2025\n\nNorwegian Prime Minister Anna Berg phoned Swedish President Tomas Lind on Monday.\n",
            "Call Between Leaders\n\nWednesday, March 5, 2025\n\nNorwegian Prime Minister Anna Berg phoned Swedish President Tomas Lind on Monday, officials said.\n");
        var call = Assert.Single(kb.Events, e => e.Cameo.StartsWith("04", System.StringComparison.Ordinal));
        Assert.Equal(2, call.Sources.Select(s => s.Article).Distinct().Count());
        foreach (var e in kb.Events)
            Assert.Equal(e.Sources.Count, e.Sources.Select(s => (s.Article, s.Start)).Distinct().Count());
    }

    [Fact]
    public void Articles_can_belong_to_several_knowledge_bases_of_one_project()
    {
        var texts = GeneratorHarness.SeedTexts();
        var options = new TestOptionsProvider(GeneratorHarness.GlobalOptions(), new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [texts[0].Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KnowledgeBase"] = "Briefing" },
        });
        var (_, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Driver(texts, options), GeneratorHarness.Compilation("class A { }"));
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotNull(output.GetTypeByMetadataName("TestKb.Seeds"));
        Assert.NotNull(output.GetTypeByMetadataName("TestKb.Briefing"));
        var briefing = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Briefing.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Contains("compiled from 1 article:", briefing);
    }
}
