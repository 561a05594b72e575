using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// How a name is built from the words around it, one construction at a time on invented names (countries and
/// well-known institutions are the world's lexicon).
/// </summary>
public sealed partial class EntityConstructionTests
{
    // The storage layout's kinds (DataLayout is compiled into both the generator and the runtime library).
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;
    private const KnowledgeBase.Generators.EntityKind KindPlace = KnowledgeBase.Generators.EntityKind.Place;

    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Fact]
    public void A_national_institution_with_its_country_written_out_or_abbreviated_is_one_organization()
    {
        var model = Extract("The United States Navy sent two ships. A US Navy spokesman confirmed it, and the U.S. Navy later withdrew them.");
        var navy = Assert.Single(model.Entities, e => e.Name == "United States Navy");
        Assert.Equal(KindOrganization, navy.Kind);
        Assert.Contains("US Navy", navy.Forms);
        Assert.DoesNotContain(model.Entities, e => e.Name == "United States");
    }

    [Fact]
    public void A_name_the_gazetteer_lists_with_a_comma_is_one_organization()
    {
        var model = Extract("The United Nations Educational, Scientific and Cultural Organization criticised the plan on Friday.");
        var unesco = Assert.Single(model.Entities, e => e.Kind == KindOrganization);
        Assert.Equal("UNESCO", unesco.Name);
        Assert.DoesNotContain(model.Entities, e => e.Name == "United Nations");
    }

    [Fact]
    public void A_bare_senate_in_a_story_of_another_country_that_never_names_the_united_states_is_that_countrys()
    {
        var model = Extract("Brazil closed the network on Monday. After a Senate hearing, the Senate found no breach. Brazil appealed.");
        var senate = Assert.Single(model.Entities, e => e.Kind == KindOrganization);
        Assert.Equal("Senate of Brazil", senate.Name);
        Assert.Contains("Senate", senate.Forms.ToArray()); // the article's name for it (the linker does not join on it)
        var withUs = Extract("Brazil closed the network on Monday. The Senate found no breach. Brazil and the United States appealed.");
        Assert.Contains(withUs.Entities, e => e.Name == "United States Senate");
    }

    [Fact]
    public void A_rank_word_opening_an_organizations_name_is_part_of_it_and_before_a_given_name_a_title()
    {
        var model = Extract("Traditionally, the General Supplies Administration acts once the count is done, and the Major Harbour League opens its season in May. General Mira Tamm said the army was ready.");
        Assert.Contains(model.Entities, e => e.Kind == KindOrganization && e.Name == "General Supplies Administration");
        Assert.Contains(model.Entities, e => e.Kind == KindOrganization && e.Name == "Major Harbour League");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Supplies Administration" || e.Name == "Harbour League");
        Assert.Contains(model.Entities, e => e.Kind == KindPerson && e.Name == "Mira Tamm");
    }

    [Fact]
    public void A_patrol_after_a_place_is_an_organization_not_a_person()
    {
        var model = Extract("Also investigating is the Ostrel Highway Patrol, which is trying to learn who caused the crash on the bridge. The Ostrel Highway Patrol said two trucks were involved.");
        var patrol = Assert.Single(model.Entities, e => e.Name == "Ostrel Highway Patrol");
        Assert.Equal(KindOrganization, patrol.Kind);
    }

    [Theory]
    [InlineData("Chile's Supreme Court upheld the fine on Monday.", "Supreme Court of Chile")]
    [InlineData("Peru's Congress rejected the budget on Thursday.", "Congress of Peru")]
    public void A_bare_institution_after_a_countrys_possessive_is_that_countrys(string text, string name)
    {
        Assert.Contains(Extract(text).Entities, e => e.Kind == KindOrganization && e.Name == name);
    }

    [Theory]
    [InlineData("Britain held talks with Sweden on Monday. Parliament rejected the plan. Britain will try again.", "Parliament of the United Kingdom")]
    [InlineData("The Canadian Parliament met on Monday. Parliament rejected the plan. Canada will try again.", "Parliament of Canada")]
    [InlineData("The Parliament of Vella State, Canada met on Monday. Parliament rejected the plan. Canada will try again.", "Parliament of Vella State")]
    public void A_bare_parliament_is_the_parliament_of_the_story_country(string text, string name)
    {
        var parliament = Assert.Single(Extract(text).Entities, e => e.Kind == KindOrganization && e.Name.StartsWith("Parliament"));
        Assert.Equal(name, parliament.Name);
        Assert.Contains("Parliament", parliament.Forms.ToArray());
    }

    [Fact]
    public void The_abbreviation_of_the_white_house_in_a_post_is_the_white_house()
    {
        var model = Extract("Ana Ruiz wrote: \"The WH budget ignores the farmers of Velden.\" The White House did not answer.");
        Assert.Single(model.Entities, e => e.Kind == KindOrganization);
    }

    [Theory]
    [InlineData("Norland banned Ostrel Air on Monday. Ostrel said the ban was unfair.", "Ostrel Air")] // "Air" heads an airline's name
    [InlineData("Ostrel Bank cut 200 jobs. Ostrel said the cuts were needed.", "Ostrel Bank")] // known at a sentence start too
    public void The_name_before_an_organizations_head_word_is_its_short_form(string text, string organization)
    {
        var model = Extract(text);
        var named = Assert.Single(model.Entities);
        Assert.Equal(organization, named.Name);
        Assert.Contains("Ostrel", named.Forms);
        Assert.Equal(organization, Assert.Single(model.Quotes).Speaker);
    }

    [Fact]
    public void An_arabic_surname_is_named_without_its_article_too()
    {
        var model = Extract("Karel Brandt met Karim al-Fadel in Velden on Monday. Brandt praised Fadel.");
        Assert.Contains("Fadel", Assert.Single(model.Entities, e => e.Name == "Karim al-Fadel").Forms);
    }

    [Fact]
    public void An_institution_after_a_countrys_adjective_is_that_countrys_whatever_else_the_article_names()
    {
        var model = Extract("Turkey and the United States signed a deal on Monday. The Libyan House of Representatives did not ratify it.");
        var house = Assert.Single(model.Entities, e => e.Kind == KindOrganization);
        Assert.Equal("House of Representatives of Libya", house.Name);
        Assert.Contains("Libyan House of Representatives", house.Forms);
    }

    [Fact]
    public void A_name_of_common_words_only_is_no_person()
    {
        var model = Extract("Leaders praised the Brazilian Open Free Trade Area on Sunday.");
        // The nationality with no rank after it is no title: it opens the organization's name ("African Union").
        var named = Assert.Single(model.Entities, e => e.Name == "Brazilian Open Free Trade Area");
        Assert.Equal(KindOrganization, named.Kind);
        Assert.DoesNotContain("Area", named.Forms); // a surname form of the "person" it was taken for
    }

    [Theory]
    [InlineData("Delegates praised the Velden Trade Organization (VeTO) on Monday.", "Velden Trade Organization", "VeTO")] // mixed case
    [InlineData("Delegates praised John Fitzgerald Kennedy (JFK) on Monday.", "John Fitzgerald Kennedy", "JFK")] // after a person
    public void An_acronym_in_brackets_that_spells_the_names_initials_is_its_form(string sentence, string name, string acronym)
    {
        Assert.Contains(acronym, Assert.Single(Extract(sentence).Entities, e => e.Name == name).Forms);
    }

    [Fact]
    public void A_bare_congress_after_the_countrys_own_is_the_countrys()
    {
        var model = Extract("The Brazilian Congress met on Monday. Brazil protested. Congress then voted on the bill.");
        Assert.Contains(model.Entities, e => e.Name == "Congress of Brazil");
        Assert.DoesNotContain(model.Entities, e => e.Name == "United States Congress");
    }

    [Fact]
    public void A_name_of_a_newspaper_is_its_writer_and_the_newspaper_an_organization()
    {
        var model = Extract("Zara Velk of The Harbour Times told reporters the plan had failed.");
        Assert.Contains(model.Entities, e => e.Name == "Zara Velk" && e.Kind == KindPerson);
        Assert.Contains(model.Entities, e => e.Name == "Harbour Times" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Name.Contains(" of "));
    }

    [Fact]
    public void A_name_with_an_age_in_apposition_is_a_person_and_their_surname_is_no_city()
    {
        var model = Extract("The driver, identified as Tomas Lima, 43, was questioned by police. Lima had been stopped in January.");
        var person = Assert.Single(model.Entities, e => e.Name == "Tomas Lima");
        Assert.Equal(KindPerson, person.Kind);
        Assert.Equal(2, person.Mentions);
        Assert.DoesNotContain(model.Entities, e => e.Kind == KindPlace);
    }

    [Fact]
    public void And_after_a_whole_name_joins_two_names_not_the_objects_of_an_of_phrase()
    {
        var model = Extract("Patients moved from Vella District Hospital and Dorna District Hospital. Medals went to Orvel Tamsin of Kenya and Darek Wolin of Qatar. The Port Authority of New York and New Jersey agreed.");
        Assert.Contains(model.Entities, e => e.Name == "Vella District Hospital" && e.Kind == KindOrganization);
        Assert.Contains(model.Entities, e => e.Name == "Dorna District Hospital" && e.Kind == KindOrganization);
        Assert.Contains(model.Entities, e => e.Name == "Darek Wolin" && e.Kind == KindPerson);
        Assert.Contains(model.Entities, e => e.Name == "Port Authority of New York and New Jersey" && e.Kind == KindOrganization);
    }

    [Fact]
    public void A_thing_word_heading_an_of_phrase_names_a_thing_and_its_country_is_mentioned()
    {
        var model = Extract("Dora Lenn received the US National Medal of Science on Friday.");
        var person = Assert.Single(model.Entities, e => e.Kind == KindPerson);
        Assert.Equal("Dora Lenn", person.Name);
        Assert.Contains(model.Entities, e => e.Name == "United States" && e.Kind == KindPlace);
        Assert.DoesNotContain(model.Entities, e => e.Name == "US" && e.Kind == KindOrganization);
    }

    [Fact]
    public void A_run_ending_in_a_role_with_no_given_name_names_no_person()
    {
        var model = Extract("Tam Orvik, who was the Special Presidential Envoy to the coalition, resigned.");
        var person = Assert.Single(model.Entities, e => e.Kind == KindPerson);
        Assert.Equal("Tam Orvik", person.Name);
    }

    [Fact]
    public void Board_heads_an_organization_name()
    {
        var model = Extract("The file went to the California Air Resources Board on February 21.");
        Assert.Contains(model.Entities, e => e.Name == "California Air Resources Board" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Kind == KindPerson);
    }

    [Fact]
    public void A_lone_given_name_is_the_one_person_of_the_article_with_that_first_name()
    {
        var model = Extract("Dr. Jon Varga died on Monday. \"Jon was brilliant,\" said his colleague Mara Lind.");
        var person = Assert.Single(model.Entities, e => e.Name == "Jon Varga");
        Assert.Contains("Jon", person.Forms);
        Assert.Equal(2, person.Mentions);
    }

    [Fact]
    public void The_name_before_a_head_word_or_a_building_word_is_the_short_form()
    {
        var model = Extract("The plane landed between Vella Airport and Dorna International Airport. It was meant to land at Dorna. "
            + "He joined the Krell Institution of Oceanography, then returned to Krell. Crowds walked down Tarnby High Road to the market in Tarnby.");
        Assert.Contains("Dorna", Assert.Single(model.Entities, e => e.Name == "Dorna International Airport").Forms);
        Assert.Contains("Krell", Assert.Single(model.Entities, e => e.Name == "Krell Institution of Oceanography").Forms);
        Assert.DoesNotContain("Tarnby", Assert.Single(model.Entities, e => e.Name == "Tarnby High Road").Forms);
    }

    [Fact]
    public void A_saints_name_opening_an_organization_is_part_of_it()
    {
        var model = Extract("Patients went to Saint Orvel Hospital. Staff at Saint Orvel said it was full.");
        var hospital = Assert.Single(model.Entities, e => e.Name == "Saint Orvel Hospital");
        Assert.Equal(KindOrganization, hospital.Kind);
        Assert.Contains("Saint Orvel", hospital.Forms);
        Assert.DoesNotContain(model.Entities, e => e.Kind == KindPerson);
    }

    [Fact]
    public void A_countrys_parliament_or_congress_named_by_its_adjective_is_the_institution_of_the_country()
    {
        var model = Extract("The Parliament of Iraq voted on Sunday. The Iraqi Parliament met again. The Argentine congress approved the bill.");
        Assert.Contains("Iraqi Parliament", Assert.Single(model.Entities, e => e.Name == "Parliament of Iraq").Forms);
        var congress = Assert.Single(model.Entities, e => e.Name == "Congress of Argentina");
        Assert.Equal(KindOrganization, congress.Kind);
        Assert.Contains(model.Entities, e => e.Name == "Argentina" && e.Kind == KindPlace);
        Assert.DoesNotContain(model.Entities, e => e.Name == "Iraqi Parliament");
    }

    [Fact]
    public void A_headline_names_again_a_government_the_body_names_and_creates_none()
    {
        var model = RuleArticle.Extract("The Tongan government lifted the curfew on Friday.");
        Assert.Single(model.Entities, e => e.Name == "Government of Tonga");
        var headlined = KnowledgeBase.Generators.Extraction.ArticleExtractor.Extract(KnowledgeBase.Generators.Reading.DocumentReader.Parse("b.txt", "/b.txt",
            "Tongan government ends curfew\n\nSunday, July 28, 2019\n\nThe Tongan government lifted the curfew on Friday.\n", 0, System.Threading.CancellationToken.None), System.Threading.CancellationToken.None);
        var government = Assert.Single(headlined.Entities, e => e.Name == "Government of Tonga");
        Assert.Equal(2, government.Mentions);
        var bare = KnowledgeBase.Generators.Extraction.ArticleExtractor.Extract(KnowledgeBase.Generators.Reading.DocumentReader.Parse("c.txt", "/c.txt",
            "Tongan government ends curfew\n\nSunday, July 28, 2019\n\nThe curfew was lifted on Friday.\n", 0, System.Threading.CancellationToken.None), System.Threading.CancellationToken.None);
        Assert.DoesNotContain(bare.Entities, e => e.Name == "Government of Tonga");
    }

    [Fact]
    public void Members_of_a_body_are_a_title_phrase_not_an_organization()
    {
        var model = Extract("Vellan and Dornan Members of Parliament walked out of the session.");
        Assert.DoesNotContain(model.Entities, e => e.Kind == KindOrganization);
    }

    [Fact]
    public void A_maker_followed_by_a_model_number_names_a_product()
    {
        var model = Extract("The jet, a Boeing 737 owned by Vella Air Tours, crashed on landing.");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Boeing");
    }

    [Fact]
    public void After_an_organization_noun_the_run_is_one_organization_though_a_word_names_a_place()
    {
        var model = Extract("The carmaker hired the law firm Varga Austin to investigate. Its operator Jon Varga declined to comment.");
        Assert.Contains(model.Entities, e => e.Name == "Varga Austin" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Name == "Austin");
        Assert.Contains(model.Entities, e => e.Name == "Jon Varga" && e.Kind == KindPerson);
    }

    [Fact]
    public void Plural_members_for_a_cause_name_one_advocacy_group()
    {
        var model = Extract("A march was organized by Women for Ostrel Reform. A spokeswoman for Black Voices for Marlow waved. Later the mayor met Nurses for Clean Harbours. The campaign of Collins for Vice President began.");
        Assert.Contains(model.Entities, e => e.Name == "Women for Ostrel Reform" && e.Kind == KindOrganization);
        Assert.Contains(model.Entities, e => e.Name == "Black Voices for Marlow" && e.Kind == KindOrganization);
        Assert.Contains(model.Entities, e => e.Name == "Nurses for Clean Harbours" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Name is "Ostrel Reform" or "Black Voices" or "Clean Harbours");
        Assert.DoesNotContain(model.Entities, e => e.Name.StartsWith("Collins for", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Against_and_unlisted_plurals_join_members_to_their_cause()
    {
        var model = Extract("In 2011 the prize of Parliamentarians for Open Courts went to Tomas Vell. He had marched with the Chile Veterans Against the Quarry near Velden. Later the Mothers Against Loud Engines objected too. The Ministers for Foreign Affairs met in Velden. Mira Holt worked for Kestra for years. Velden voted against the Ostrel plan.");
        Assert.Contains(model.Entities, e => e.Name == "Parliamentarians for Open Courts" && e.Kind == KindOrganization);
        Assert.Contains(model.Entities, e => e.Name == "Chile Veterans Against the Quarry" && e.Kind == KindOrganization);
        Assert.Contains(model.Entities, e => e.Name == "Mothers Against Loud Engines" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Name is "Open Courts" or "Quarry" or "Chile" or "Loud Engines");
        Assert.DoesNotContain(model.Entities, e => e.Name.Contains(" for ", System.StringComparison.Ordinal) && (e.Name.StartsWith("Ministers", System.StringComparison.Ordinal) || e.Name.Contains("Kestra", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(model.Entities, e => e.Name.Contains("against", System.StringComparison.OrdinalIgnoreCase) && !e.Name.Contains("Against the Quarry", System.StringComparison.Ordinal) && !e.Name.StartsWith("Mothers", System.StringComparison.Ordinal));
    }
}
