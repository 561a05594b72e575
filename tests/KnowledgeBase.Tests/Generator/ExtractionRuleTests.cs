using System.Linq;
using System.Threading;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Extraction rules one sentence at a time, on invented names, so each rule is checked apart from
/// the gold sets (which score them all together).
/// </summary>
public sealed class ExtractionRuleTests
{
    // Sunday, July 28, 2019
    private const int Published = 20190728;

    private static int[] Dates(string sentence) =>
        DateResolver.Find(Tokenizer.Tokenize(sentence, 0, sentence.Length), Published).Select(d => d.Packed).ToArray();

    private static ArticleModel Extract(string paragraphs) =>
        ArticleExtractor.Extract(DocumentReader.Parse("a.txt", "/a.txt", "A headline\n\nSunday, July 28, 2019\n\n" + paragraphs + "\n", 0, CancellationToken.None), CancellationToken.None);

    [Theory]
    [InlineData("The mayor died on July 2.", 20190702)]
    [InlineData("The storm hit on August 2.", 20180802)] // toward the past: a later day is last year's
    [InlineData("She is to leave office next month on August 2.", 20190802)]
    [InlineData("The vote will be held on July 2.", 20200702)] // toward the future: an earlier day is next year's
    [InlineData("He resigned on Wednesday.", 20190724)]
    [InlineData("His resignation is effective next Wednesday.", 20190731)]
    public void Dates_resolve_toward_the_past_unless_the_sentence_speaks_of_the_future(string sentence, int packed) =>
        Assert.Equal(new[] { packed }, Dates(sentence));

    [Fact]
    public void A_capital_acting_stands_for_its_country()
    {
        var model = Extract("Canada and Freedonia met for talks. Ottawa criticized the Freedonian minister Jon Varga.");
        var criticism = Assert.Single(model.Events, e => e.Cameo == "111");
        Assert.Contains("Canada", criticism.Participants);
        Assert.DoesNotContain("Ottawa", criticism.Participants);
        Assert.Contains(model.Entities, e => e.Name == "Ottawa"); // the city stays an entity of its own
    }

    [Fact]
    public void Coordinated_subjects_all_take_part()
    {
        var model = Extract("Officers Jan Kowal and Piet Marek were convicted by the court on Thursday.");
        var conviction = Assert.Single(model.Events, e => e.Cameo == "116");
        Assert.Equal(new[] { "Jan Kowal", "Piet Marek" }, conviction.Participants.ToArray());
        Assert.Equal(20190725, conviction.Date);
    }

    [Fact]
    public void A_back_reference_dates_the_event_told_before_and_adds_none()
    {
        var model = Extract("The government of Canada was shut down. This shutdown started on July 2.");
        var shutdown = Assert.Single(model.Events, e => e.Kind == "shutdown");
        Assert.Equal(20190702, shutdown.Date);
    }

    [Fact]
    public void Media_and_towns_report_and_host_events_but_take_part_in_none()
    {
        var model = Extract("Protests against Governor Ana Ruiz filled the capital, San Juan, the BBC reported.");
        Assert.All(model.Events, e =>
        {
            Assert.DoesNotContain("San Juan", e.Participants);
            Assert.DoesNotContain("BBC", e.Participants);
        });
    }

    [Fact]
    public void An_unknown_single_word_after_a_descriptor_is_an_organization_and_keeps_its_own_name()
    {
        var model = Extract("Retailer Quarkmart and its branch Quarkmart Polska grew. UK-based retailer Quarkmart stated its intention to leave.");
        Assert.Contains(model.Entities, e => e.Name == "Quarkmart" && e.Kind == 2 /* organization */);
    }

    [Fact]
    public void A_response_is_a_statement_and_a_possessive_makes_a_verb_form_a_noun()
    {
        var model = Extract("Foreign Minister Anna Berg responded by emphasizing that any peace agreement must include Canada. Critics fear conceding to Canada's demands.");
        var statement = Assert.Single(model.Events, e => e.Cameo == "010");
        Assert.Equal(new[] { "Anna Berg" }, statement.Participants.ToArray());
        Assert.DoesNotContain(model.Events, e => e.Cameo == "100");
    }
}
