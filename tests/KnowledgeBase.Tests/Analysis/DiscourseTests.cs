using KnowledgeBase.Generators.Extraction.Analysis;
using Xunit;
using static KnowledgeBase.Tests.Analysis.AnalysisTestKit;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>The discourse model: pronouns and "the company" refer to the latest compatible mention.</summary>
public sealed class DiscourseTests
{
    private const KnowledgeBase.Generators.EntityKind Person = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind Organization = KnowledgeBase.Generators.EntityKind.Organization;
    private const KnowledgeBase.Generators.EntityKind Place = KnowledgeBase.Generators.EntityKind.Place;

    private static string? Referent(string article, string word, int sentence, params (string, KnowledgeBase.Generators.EntityKind, bool)[] names)
    {
        var sentences = Article(article, names);
        var s = sentences[sentence];
        var token = s.Tokens.FindIndex(t => t.Text == word);
        return Discourse.Of(sentences).Referent(s, token)?.Entity.Name;
    }

    [Fact]
    public void She_is_the_latest_person()
    {
        Assert.Equal("Anna Berg", Referent("Acme Corp hired Anna Berg in Lindstad. | She said the talks were useful.", "She", 1,
            ("Anna Berg", Person, false), ("Acme Corp", Organization, false), ("Lindstad", Place, false)));
    }

    [Fact]
    public void The_company_is_the_latest_organization_not_a_person_or_place()
    {
        Assert.Equal("Acme Corp", Referent("Acme Corp cut prices in Lindstad. | Anna Berg praised the move. | The company said sales were weak.", "company", 2,
            ("Anna Berg", Person, false), ("Acme Corp", Organization, false), ("Lindstad", Place, false)));
    }

    [Fact]
    public void The_country_is_a_country_and_it_an_organization_or_country()
    {
        const string article = "Freedonia sent aid to Lindstad. | The country said it would send more.";
        (string, KnowledgeBase.Generators.EntityKind, bool)[] names = { ("Freedonia", Place, true), ("Lindstad", Place, false) };
        Assert.Equal("Freedonia", Referent(article, "country", 1, names));
        Assert.Equal("Freedonia", Referent(article, "it", 1, names));
    }

    [Fact]
    public void The_minister_prefers_the_person_with_that_role()
    {
        var sentences = Article("Minister Anna Berg met Tom Lind. | The minister said the talks were useful.", ("Anna Berg", Person, false), ("Tom Lind", Person, false));
        sentences[0].Mentions[0].Entity.AddRole("minister");
        var s = sentences[1];
        Assert.Equal("Anna Berg", Discourse.Of(sentences).Referent(s, s.Tokens.FindIndex(t => t.Text == "minister"))?.Entity.Name);
    }

    [Fact]
    public void A_word_that_refers_to_nothing_has_no_referent()
    {
        Assert.Null(Referent("Acme Corp cut prices. | He said sales were weak.", "He", 1, ("Acme Corp", Organization, false)));
        Assert.Null(Referent("Acme Corp cut prices. | A company said sales were weak.", "company", 1, ("Acme Corp", Organization, false)));
    }

    [Fact]
    public void It_opening_a_sentence_goes_on_with_the_named_subject_of_the_sentence_before()
    {
        string? Topic(string article, int sentence)
        {
            var sentences = Article(article, ("Acme Corp", Organization, false), ("Lindstad", Place, false));
            return Discourse.Of(sentences).ContinuedTopic(sentences[sentence], 0)?.Entity.Name;
        }

        Assert.Equal("Acme Corp", Topic("Acme Corp is a carrier based in Lindstad. | It was founded in 1992.", 1));
        Assert.Equal("Acme Corp", Topic("Acme Corp is a carrier based in Lindstad. | The carrier is private. | It was founded in 1992.", 2));
        Assert.Equal("Acme Corp", Topic("Acme Corp is a carrier based in Lindstad. | It is private. | It was founded in 1992.", 2));
        Assert.Null(Topic("The fire spread to a plant of Acme Corp. | It killed nine people.", 1));
    }

    public static TheoryData<string, string> AnaphorRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in AnaphorRules.Rows) data.Add(row.Example, row.Expected);
        return data;
    }

    [Theory]
    [MemberData(nameof(AnaphorRows))]
    public void Every_anaphor_row_resolves_its_example(string example, string expected)
    {
        var split = example.IndexOf(". ", System.StringComparison.Ordinal);
        var article = example.Substring(0, split + 1) + " | " + example.Substring(split + 2);
        var second = Article(article)[1];
        // The referring word: the first word of the second sentence that the rules know.
        var token = second.Tokens.FindIndex(t => Discourse.ClassOf(second.Tokens, second.Tokens.IndexOf(t), out _, out _) is not null);
        var kind = Discourse.ClassOf(second.Tokens, token, out _, out _) switch
        {
            ReferentClass.Person => Person,
            ReferentClass.Organization or ReferentClass.OrganizationOrCountry or ReferentClass.Group or ReferentClass.NamedBody => Organization,
            _ => Place,
        };
        Assert.Equal(expected, Referent(article, second.Tokens[token].Text, 1, (expected, kind, expected is "Canada")));
    }

    [Fact]
    public void A_sentence_is_analysed_once_on_first_read_and_its_article_has_one_discourse()
    {
        var sentences = Article("Anna Berg arrived. | She said the talks were useful.", ("Anna Berg", Person, false));
        var first = sentences[1].Analysis;
        Assert.Same(first, sentences[1].Analysis);
        Assert.Equal("say", first.Clauses[0].Verb.Lemma);
        Assert.Same(Discourse.Of(sentences), Discourse.Of(sentences));
    }
}
