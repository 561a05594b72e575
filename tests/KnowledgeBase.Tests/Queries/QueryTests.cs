using System.Linq;
using Xunit;

namespace KnowledgeBase.Tests.Queries;

/// <summary>The query API over the seeds compiled into this assembly.</summary>
public sealed class QueryTests
{
    [Fact]
    public void Named_members_are_the_entities_they_name()
    {
        Assert.Equal("Vladimir Putin", Seeds.People.VladimirPutin.Name);
        Assert.Equal(EntityKind.Person, Seeds.People.DonaldTrump.Kind);
        Assert.Same(Seeds.People.DonaldTrump, Seeds.Find("Trump"));
        Assert.Contains(Seeds.People.DonaldTrump, Seeds.People.All);
        Assert.Equal(5, Seeds.Articles.All.Count);
    }

    [Theory]
    [InlineData("the Kremlin", "Kremlin")]
    [InlineData("U.S.", "United States")]
    [InlineData("donald-trump", "Donald Trump")]
    public void Find_resolves_names_aliases_and_ids(string query, string name) => Assert.Equal(name, Seeds.Find(query)?.Name);

    [Fact]
    public void Spelling_variants_are_one_person()
    {
        var person = Seeds.Find("Zelenskyy");
        Assert.NotNull(person);
        Assert.Same(person, Seeds.Find("zelensky"));
        Assert.Same(person, Seeds.Find("Volodymyr Zelensky"));
        Assert.StartsWith("Volodymyr Zelensk", person!.Name);
    }

    [Fact]
    public void Find_resolves_every_id_name_and_alias_ascii_or_not()
    {
        // Keys are compared char by char while they are ASCII and encoded to UTF-8 from the first other char.
        var (kb, _) = KnowledgeBase.Tests.Helpers.CompiledKnowledge.From(("a.txt",
            "PARIS, France (AP) — José Martínez met Zoë Ångström and Łukasz Żak in Paris on Monday. "
            + "\u201CWe will talk again,\u201D Martínez said. Ångström said the meeting was useful. Żak said nothing."));
        Assert.Contains(kb.Entities, e => e.Name.Any(c => c >= 0x80));
        foreach (var knowledge in new[] { kb, Seeds.Knowledge })
        {
            foreach (var e in knowledge.Entities)
            {
                Assert.Same(e, knowledge.Find(e.Id));
                Assert.NotNull(knowledge.Find(e.Name));
                Assert.NotNull(knowledge.Find(e.Name.ToUpperInvariant()));
                foreach (var alias in e.Aliases) Assert.NotNull(knowledge.Find(alias));
            }
        }
        Assert.Null(kb.Find("José Martínezz"));
        Assert.Null(kb.Find("Zoë Ångströ"));
    }

    [Fact]
    public void Find_returns_null_for_unknown_names_and_suggests_close_ones()
    {
        Assert.Null(Seeds.Find("Nobody Atall"));
        Assert.Contains(Seeds.Knowledge.FindClosest("Putn"), e => e.Name == "Vladimir Putin");
    }

    [Fact]
    public void Person_quotes_are_the_quotes_they_speak()
    {
        var quotes = Seeds.People.DonaldTrump.Quotes;
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Same(Seeds.People.DonaldTrump, q.Speaker));
        Assert.Equal(Seeds.Quotes.All.Count(q => q.Speaker == Seeds.People.DonaldTrump), quotes.Count);
        Assert.Same(quotes, Seeds.Quotes.By(Seeds.People.DonaldTrump));
    }

    [Fact]
    public void Quote_text_is_the_source_substring()
    {
        foreach (var q in Seeds.Quotes.All)
        {
            Assert.Equal(q.Article.Text.Substring(q.Span.Start, q.Span.Length), q.Text);
            Assert.True(q.Sentence.Start <= q.Span.Start && q.Span.Start + q.Span.Length <= q.Sentence.Start + q.Sentence.Length, q.Id);
        }
    }

    [Fact]
    public void Events_between_dates_and_timeline_order()
    {
        var call = Seeds.Events.Between(new PartialDate(2024, 11, 1), new PartialDate(2024, 11, 30)).ToList();
        Assert.Contains(call, e => e.Cameo.Root == CameoRoot.Consult && e.Participants.Contains(Seeds.People.VladimirPutin));
        Assert.All(call, e => Assert.True(e.Date!.Value.IsWithin(new PartialDate(2024, 11, 1), new PartialDate(2024, 11, 30))));

        var dates = Seeds.Timeline.Select(e => e.Date!.Value).ToList();
        Assert.Equal(dates.OrderBy(d => d).ToList(), dates);
        Assert.Empty(Seeds.Events.Between(new PartialDate(1990), new PartialDate(1990)));
    }

    [Fact]
    public void Queries_chain_as_in_the_design()
    {
        var consultsInWinter = Seeds.Events.Between(new(2024, 11, 1), new(2025, 3, 31)).OfKind(CameoRoot.Consult).ToList();
        Assert.NotEmpty(consultsInWinter);
        Assert.All(consultsInWinter, e => Assert.Equal(CameoRoot.Consult, e.Cameo.Root));
        Assert.Equal(consultsInWinter, Seeds.Events.All.OfKind("04").Between(new(2024, 11, 1), new(2025, 3, 31)).ToList());
    }

    [Fact]
    public void Events_by_kind_and_participant()
    {
        var consults = Seeds.Events.OfKind(CameoRoot.Consult).ToList();
        Assert.NotEmpty(consults);
        Assert.All(consults, e => Assert.StartsWith("04", e.Cameo.Code));
        Assert.All(Seeds.People.VladimirPutin.Events, e => Assert.True(e.Participants.Contains(Seeds.People.VladimirPutin) || (Entity?)e.Place == Seeds.People.VladimirPutin));
        Assert.Equal(Seeds.Events.Involving(Seeds.People.VladimirPutin).Count(), Seeds.People.VladimirPutin.Events.Count);
    }

    [Fact]
    public void Every_event_carries_its_evidence()
    {
        foreach (var e in Seeds.Events.All)
        {
            Assert.NotEmpty(e.Sources);
            foreach (var s in e.Sources) Assert.False(string.IsNullOrWhiteSpace(s.Text));
        }
    }

    [Fact]
    public void Records_are_made_once_and_cached()
    {
        Assert.Same(Seeds.Knowledge.Entities[0], Seeds.Knowledge.Entities[0]);
        Assert.Same(Seeds.Events.All[0], Seeds.Events.All[0]);
    }

    [Fact]
    public void Partial_dates_are_values()
    {
        Assert.Equal(new PartialDate(2025, 2), new PartialDate(2025, 2));
        Assert.Equal("2025-02", new PartialDate(2025, 2).ToString());
        Assert.True(new PartialDate(2025, 2).IsWithin(new PartialDate(2025, 1, 15), new PartialDate(2025, 3)));
        Assert.False(new PartialDate(2025).IsWithin(new PartialDate(2025, 2), new PartialDate(2025, 3)));
    }
}
