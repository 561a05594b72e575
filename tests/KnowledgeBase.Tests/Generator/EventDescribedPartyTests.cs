using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Parties an act names by a description ("the network", "the company", "the government") rather than by name, further on in
/// its sentence, the speaker who speaks on an occasion ("said in a meeting with X"), and no party from quoted words.
/// Invented sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class EventDescribedPartyTests
{
    private const string Network = "Ostrel Media lost its licence on Monday. Ostrel Media employs 900 people.\n\n";

    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Solicitor General Ana Ruiz filed a petition on Tuesday, accusing the network of breaking the law.")]
    [InlineData("Ana Ruiz filed a lawsuit against the network on Tuesday.")]
    public void A_description_after_a_noun_act_is_the_party_the_article_named_so(string sentence)
    {
        var lawsuit = Assert.Single(Extract(Network + sentence).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Ana Ruiz", "Ostrel Media" }, lawsuit.Participants.ToArray());
    }

    [Theory]
    [InlineData("Canada sent troops to Velden on Monday. Canada employs 900 soldiers.\n\nAna Ruiz led a protest on Tuesday throughout the country.", "Canada")]
    [InlineData(Network + "Ana Ruiz led a protest on Tuesday over the network's licence.", "Ostrel Media")]
    public void A_description_that_sets_the_scene_or_owns_a_thing_is_no_party(string text, string named)
    {
        var protest = Assert.Single(Extract(text).Events, e => e.Cameo.StartsWith("14", System.StringComparison.Ordinal));
        Assert.DoesNotContain(named, protest.Participants);
    }

    [Theory]
    [InlineData("Ana Ruiz said in a meeting with Karel Brandt on Monday that taxes would be cut.", "04")]
    [InlineData("Ana Ruiz said during a phone call with Karel Brandt that taxes would be cut.", "04")]
    public void The_occasion_a_speaker_speaks_on_is_the_speakers(string sentence, string root)
    {
        var occasion = Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Ana Ruiz", "Karel Brandt" }, occasion.Participants.ToArray());
    }

    [Theory]
    [InlineData("Karel Brandt, a governor in Chile, alleged on Monday the central government is \"hiding the losses of the Chilean forces\". The Chilean government denied it.")]
    [InlineData("The Chilean government cut taxes on Friday. Karel Brandt accused the government on Monday of \"betraying the people of Peru\".")]
    public void The_government_an_act_names_is_the_one_the_article_names_and_quoted_words_name_no_party(string text)
    {
        var accusation = Assert.Single(Extract(text).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Karel Brandt", "Government of Chile" }, accusation.Participants.ToArray());
    }

    [Theory]
    [InlineData("Police arrested a man identified only as \"Karel B.\" in Velden on Monday.", "Karel B")]
    [InlineData("Coast guards detained three fishermen for \"illegal netting,\" including the skipper Mira Holt, on Monday.", "Mira Holt")]
    public void A_name_quoted_alone_or_after_the_quote_takes_part(string sentence, string named)
    {
        var arrest = Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith("17", System.StringComparison.Ordinal));
        Assert.Contains(arrest.Participants, p => p.StartsWith(named, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Over the river permits, the Velden Anglers Club filed a lawsuit against the state of Ohio on Friday.", "Velden Anglers Club", "Ohio")]
    [InlineData("Mira Holt filed suit against the Velden Post on Monday.", "Mira Holt", "Velden Post")]
    [InlineData("Ohio sued the Velden Anglers Club on Monday.", "Ohio", "Velden Anglers Club")]
    public void A_medium_or_a_state_sued_or_suing_takes_part(string sentence, string source, string target)
    {
        var lawsuit = Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith("11", System.StringComparison.Ordinal));
        Assert.Equal(new[] { source, target }, lawsuit.Participants.ToArray());
    }

    [Theory]
    [InlineData("Karel Brandt was arrested in Velden on Monday, the Velden Post reported.", "Velden Post")]
    [InlineData("Police in Velden arrested Karel Brandt on Monday.", "Velden")]
    public void A_medium_that_reports_or_a_town_that_locates_takes_no_part(string sentence, string named)
    {
        var arrest = Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith("17", System.StringComparison.Ordinal));
        Assert.DoesNotContain(named, arrest.Participants);
    }

    [Theory]
    [InlineData("Jonas Ruhl accepted the party's nomination for mayor on Monday.")]
    [InlineData("Jonas Ruhl was picked by the party to be its nominee for mayor on Monday.")]
    public void A_nomination_told_of_the_party_takes_the_party_the_article_named(string sentence)
    {
        var text = "The Velden Labour Party met in Arlon on Sunday. Karel Brandt spoke there.\n\n" + sentence;
        var nomination = Assert.Single(Extract(text).Events, e => e.Kind == "primary");
        Assert.Equal(new[] { "Jonas Ruhl", "Velden Labour Party" }, nomination.Participants.ToArray());
    }

    [Fact]
    public void Everyone_on_a_nominated_ticket_takes_part()
    {
        var text = "The Velden Labour Party nominated the ticket of teacher and union founder Anna Kessler for president and Jonas Ruhl for vice president on Monday.";
        var nomination = Assert.Single(Extract(text).Events, e => e.Kind == "primary");
        Assert.Equal(new[] { "Velden Labour Party", "Anna Kessler", "Jonas Ruhl" }, nomination.Participants.ToArray());
    }

    [Theory]
    [InlineData("Karel Brandt called on the president on Tuesday to lower the fuel tax.", "Mira Holt")]
    [InlineData("Karel Brandt urged the Prime Minister on Tuesday to lower the fuel tax.", "Tomas Vell")]
    [InlineData("Karel Brandt called on the president on Tuesday to demand that Chile lower its fuel tax.", "Mira Holt")]
    public void A_role_the_article_gave_a_person_named_is_that_person(string sentence, string holder)
    {
        var text = "President Mira Holt met Prime Minister Tomas Vell in Arlon on Sunday.\n\n" + sentence;
        var appeal = Assert.Single(Extract(text).Events, e => e.Cameo.StartsWith("02", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Karel Brandt", holder }, appeal.Participants.Where(p => p != "Chile").ToArray());
    }

    [Fact]
    public void A_role_the_article_gave_two_people_is_neither()
    {
        var text = "President Mira Holt met President Tomas Vell in Arlon on Sunday.\n\nKarel Brandt called on the president on Tuesday to lower the fuel tax.";
        var appeal = Assert.Single(Extract(text).Events, e => e.Cameo.StartsWith("02", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Karel Brandt" }, appeal.Participants.ToArray());
    }

    [Theory]
    [InlineData("The Velden Trade Commission fined Ostrel Media on Monday.\n\nThe commission rejected the appeal of the company on Tuesday.", "Velden Trade Commission")]
    [InlineData("The Velden High Court heard the case on Monday. The Velden High Court sits in Arlon; only the Arlon Supreme Court ranks above it.\n\nThe court rejected the appeal of Ostrel Media on Tuesday.", "Velden High Court")]
    [InlineData("Ana Ruiz spoke in the Velden National Assembly on Monday.\n\nThe assembly rejected the budget of Ostrel Media on Tuesday.", "Velden National Assembly")]
    public void A_court_a_legislature_or_a_commission_described_is_the_body_the_article_named_so(string text, string body)
    {
        // Tuesday's act (a court's rejection is its ruling) is the body's.
        Assert.Contains(Extract(text).Events, e => e.Date == 20190723 && e.Participants.ToArray().FirstOrDefault() == body);
    }

    [Fact]
    public void A_court_the_article_never_named_is_none_of_its_organizations()
    {
        var text = "Ostrel Media lost its licence on Monday. Ostrel Media employs 900 people.\n\nThe court rejected the appeal of Karel Brandt on Tuesday.";
        Assert.DoesNotContain(Extract(text).Events, e => e.Participants.ToArray().Contains("Ostrel Media") && e.Date == 20190723);
    }

    [Fact]
    public void A_ruling_told_again_of_the_court_alone_is_the_ruling_told_before()
    {
        var text = "The Velden High Court overturned the conviction of Karel Brandt on Monday.\n\nThe court decided the evidence was weak.";
        Assert.Single(Extract(text).Events, e => e.Kind == "ruling");
    }
}
