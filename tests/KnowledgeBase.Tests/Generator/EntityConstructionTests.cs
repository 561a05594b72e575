using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// How a name is built from the words around it, one construction at a time on invented names (countries and
/// well-known institutions are the world's lexicon).
/// </summary>
public sealed class EntityConstructionTests
{
    // The storage layout's kinds (DataLayout is compiled into both the generator and the runtime library).
    private const int KindPerson = 1;
    private const int KindOrganization = 2;
    private const int KindPlace = 3;

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
    public void A_religion_is_no_place_and_an_operation_no_person()
    {
        var model = Extract("Zara Brel was educated in Islam. On Friday, the Joint Task Force Operation Vella Dawn released a statement.");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Islam");
        Assert.DoesNotContain(model.Entities, e => e.Kind == KindPerson && e.Name.Contains("Dawn"));
    }

    [Fact]
    public void A_region_named_only_by_its_adjective_is_no_place_unless_the_adjective_names_the_land()
    {
        var model = Extract("Abortion is legal in few Latin American countries. The pipeline reaches the European mainland near Vella.");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Latin America");
        Assert.Contains(model.Entities, e => e.Name == "Europe" && e.Kind == KindPlace);
    }

    [Fact]
    public void A_place_based_compound_mentions_the_place_and_ends_the_name_before_it()
    {
        var model = Extract("On Thursday, Vellamart and Denmark-based retailer Krell Group announced the deal.");
        var denmark = Assert.Single(model.Entities, e => e.Name == "Denmark");
        Assert.DoesNotContain("Denmark-based", denmark.Forms);
        Assert.Contains(model.Entities, e => e.Name == "Krell Group" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Name.Contains(" and "));
    }

    [Fact]
    public void A_lone_name_before_a_chain_noun_is_an_organization()
    {
        var model = Extract("The buyer will merge the stores into its Dornabuy chain.");
        Assert.Contains(model.Entities, e => e.Name == "Dornabuy" && e.Kind == KindOrganization);
    }

    [Fact]
    public void A_state_universitys_campus_city_after_a_comma_is_part_of_its_name_a_country_is_not()
    {
        var model = Extract("Pia Lund studied at the University of California, San Diego and taught at the University of Oxford, England.");
        Assert.Contains(model.Entities, e => e.Name == "University of California, San Diego" && e.Kind == KindOrganization);
        Assert.Contains(model.Entities, e => e.Name == "University of Oxford");
        Assert.Contains(model.Entities, e => e.Name == "England" && e.Kind == KindPlace);
        Assert.DoesNotContain(model.Entities, e => e.Name == "San Diego");
    }

    [Fact]
    public void For_the_after_an_organization_head_goes_on_with_the_name()
    {
        var model = Extract("The Court of Appeals for the Fifth Circuit ruled on Monday.");
        Assert.Contains(model.Entities, e => e.Name == "Court of Appeals for the Fifth Circuit" && e.Kind == KindOrganization);
    }

    [Fact]
    public void The_administration_a_named_leader_heads_is_an_organization()
    {
        var model = Extract("President Jon Varga spoke on Monday. He served during the Varga administration.");
        Assert.Contains(model.Entities, e => e.Name == "Varga administration" && e.Kind == KindOrganization);
        Assert.Contains(model.Entities, e => e.Name == "Jon Varga" && e.Kind == KindPerson);
    }

    [Fact]
    public void An_unknown_word_before_a_known_groups_name_names_a_faction_of_it()
    {
        var model = Extract("Victims included a Kataib Hezbollah official. A coalition to Defeat ISIS formed.");
        Assert.Contains(model.Entities, e => e.Name == "Kataib Hezbollah" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Name == "Hezbollah");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Defeat ISIS");
    }

    [Fact]
    public void A_given_name_and_one_word_a_place_also_bears_is_a_persons_name()
    {
        var model = Extract("Mara Holland of the regional council said the figures were wrong.");
        Assert.Contains(model.Entities, e => e.Name == "Mara Holland" && e.Kind == KindPerson);
        Assert.DoesNotContain(model.Entities, e => e.Name == "Netherlands");
    }

    [Fact]
    public void A_number_before_an_organizations_head_word_is_part_of_its_name()
    {
        var model = Extract("The Lost 52 Project announced on Sunday that a wreck was found. The Apollo 11 Foundation said it would help.");
        Assert.Contains(model.Entities, e => e.Name == "Lost 52 Project");
        Assert.Contains(model.Entities, e => e.Name == "Apollo 11 Foundation");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Project");
    }

    [Fact]
    public void A_state_before_a_national_institutions_name_has_an_institution_of_its_own()
    {
        var model = Extract("The Wisconsin Supreme Court ruled on Monday. The Texas Senate passed the bill.");
        Assert.Contains(model.Entities, e => e.Name == "Wisconsin Supreme Court" && e.Kind == KindOrganization);
        Assert.Contains(model.Entities, e => e.Name == "Texas Senate" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Name == "United States Supreme Court");
    }

    [Fact]
    public void A_given_name_before_and_and_a_full_name_shares_its_surname()
    {
        var model = Extract("Judge Mira Holt sentenced David and Louise Kowal to life in prison.");
        Assert.Contains(model.Entities, e => e.Name == "David Kowal" && e.Kind == KindPerson);
        Assert.Contains(model.Entities, e => e.Name == "Louise Kowal" && e.Kind == KindPerson);
    }

    [Fact]
    public void A_title_of_a_place_of_several_words_is_all_title()
    {
        var model = RuleArticle.Extract("Today, Governor of New Mexico Ana Ruiz delivered a speech.");
        Assert.Contains(model.Entities, e => e.Name == "Ana Ruiz");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Mexico" || e.Name.StartsWith("Mexico ", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Karim bin Fadel, a trader from Velden, has died, Ana Ruiz said on Friday.", "Karim bin Fadel")]
    [InlineData("Ursula von der Velde met Tomas Vell on Friday.", "Ursula von der Velde")]
    [InlineData("Bill de Varga opened a bakery in Velden on Friday.", "Bill de Varga")]
    [InlineData("On Friday, Karim bin Omar Al Fadel opened the new port.", "Karim bin Omar Al Fadel")]
    public void A_surname_particle_after_a_given_name_or_a_patronymic_joins_one_persons_name(string sentence, string name)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.Contains(model.Entities, e => e.Name == name && e.Kind == KindPerson);
    }

    [Theory]
    [InlineData("Astronomers at the Observatoire de Velden confirmed the find on Friday.", "Observatoire de Velden")]
    [InlineData("The storm reached Norvale del Sur on Friday.", "Norvale del Sur")]
    public void A_particle_between_words_that_open_no_persons_name_makes_no_person(string sentence, string name)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.DoesNotContain(model.Entities, e => e.Name == name && e.Kind == KindPerson);
    }

    [Theory]
    [InlineData("On Friday, the Minister of Foreign Affairs said the talks would resume.", "Affairs")]
    [InlineData("Members of the current Cabinet met on Friday.", "Cabinet")]
    public void A_common_word_alone_is_no_persons_name(string sentence, string word)
    {
        var model = RuleArticle.Extract(sentence);
        Assert.DoesNotContain(model.Entities, e => e.Name == word && e.Kind == KindPerson);
        Assert.DoesNotContain(model.Quotes, q => q.Speaker == word);
    }

    [Fact]
    public void The_first_person_contracted_is_no_name()
    {
        var model = RuleArticle.Extract("((Ana Ruiz)) I'd say the plan works, and I've seen it work.");
        Assert.DoesNotContain(model.Entities, e => e.Name.StartsWith("I'", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Professor Mira Holt of Velden University said the harbour was unsafe.")]
    [InlineData("Mira Holt of Velden University said the harbour was unsafe.")]
    public void A_person_of_an_organization_is_two_names(string sentence)
    {
        var model = Extract(sentence);
        Assert.Equal(KindPerson, Assert.Single(model.Entities, e => e.Name == "Mira Holt").Kind);
        Assert.Equal(KindOrganization, Assert.Single(model.Entities, e => e.Name == "Velden University").Kind);
        Assert.DoesNotContain(model.Entities, e => e.Name.Contains(" of ", System.StringComparison.Ordinal));
        Assert.Single(Extract("Bank of Velden announced a loss.").Entities, e => e.Name == "Bank of Velden");
    }

    [Theory]
    [InlineData("Filmmaker Karel Brandt opened the festival on Friday.", "Karel Brandt")]
    [InlineData("Shopkeeper Mira Holt closed her store early.", "Mira Holt")]
    public void A_common_noun_opening_the_sentence_before_a_name_describes_the_person(string sentence, string name)
    {
        var person = Assert.Single(Extract(sentence).Entities, e => e.Kind == KindPerson);
        Assert.Equal(name, person.Name);
        var describer = sentence.Split(' ')[0];
        Assert.DoesNotContain(person.Forms, f => f.Contains(describer, System.StringComparison.Ordinal));
        Assert.DoesNotContain(Extract("Hurricane Mira Bulletin 7 warned of floods.").Entities, e => e.Kind == KindPerson);
    }

    [Theory]
    [InlineData("Asked about the budget, Orvin Tallak, the province's finance minister, declined to comment.", "Orvin Tallak")]
    [InlineData("Dorvan Kestiri, a spokesman for the port, said the ships were late.", "Dorvan Kestiri")]
    [InlineData("The driver, identified as Belmo Starkic, was taken to hospital.", "Belmo Starkic")]
    public void A_name_described_by_a_persons_role_or_identified_as_a_victim_is_a_person(string sentence, string name)
    {
        Assert.Equal(KindPerson, Assert.Single(Extract(sentence).Entities, e => e.Name == name).Kind);
        Assert.Equal(KindOrganization, Assert.Single(Extract("Velmar Motors, the country's largest car maker, said sales fell.").Entities).Kind);
    }

    [Fact]
    public void A_name_opening_with_The_after_and_is_a_second_name()
    {
        var model = Extract("Reporters from The Outlook and The Ostrel Times asked about the port.");
        Assert.DoesNotContain(model.Entities, e => e.Name.Contains(" and ", System.StringComparison.Ordinal));
        Assert.Contains(model.Entities, e => e.Name.EndsWith("Ostrel Times", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ana May said the talks had failed.", "Ana May")]
    [InlineData("On Monday, Tomas March said the talks had failed.", "Tomas March")]
    [InlineData("In May Tomas Vell said the talks had failed.", "Tomas Vell")]
    [InlineData("Since June Mira Holt has led the talks.", "Mira Holt")]
    public void A_month_after_a_given_name_is_a_surname_and_a_month_after_a_preposition_is_no_part_of_a_name(string sentence, string person)
    {
        var entity = Assert.Single(Extract(sentence).Entities);
        Assert.Equal((person, KindPerson), (entity.Name, entity.Kind));
    }

    [Theory]
    [InlineData("Ana Ruiz works for Ostrel, a shipping company based in Velden.", "Ostrel")]
    [InlineData("On Monday, Velmora, an Ostrelian airline, cancelled its flights.", "Velmora")]
    public void A_name_with_an_apposition_headed_by_an_organization_noun_is_an_organization(string sentence, string name)
    {
        Assert.Contains(Extract(sentence).Entities, e => e.Name == name && e.Kind == KindOrganization);
    }

    [Theory]
    [InlineData("Stanislav Vorek led the survey. Stan Vorek said the data were clean.", "Stanislav Vorek")]
    [InlineData("Mitch Dorran filed the brief. Mitchell Dorran said the court would hear it.", "Mitchell Dorran")]
    public void A_short_form_of_a_given_name_with_the_same_surname_is_the_same_person(string text, string name)
    {
        var person = Assert.Single(Extract(text).Entities, e => e.Kind == KindPerson);
        Assert.Equal(name, person.Name);
    }

    [Fact]
    public void A_short_given_name_of_the_other_sex_is_another_person()
    {
        var model = Extract("Christina Dorran filed the brief. Chris Dorran said the court would hear it.");
        Assert.Equal(2, model.Entities.Count(e => e.Kind == KindPerson));
    }

    [Fact]
    public void A_plural_title_before_names_is_no_part_of_the_name()
    {
        var model = Extract("The test was negative for Senior Advisors Jon Varga and Mira Holt.");
        Assert.Contains(model.Entities, e => e.Kind == KindPerson && e.Name == "Jon Varga");
        Assert.DoesNotContain(model.Entities, e => e.Name.StartsWith("Advisors"));
    }

    [Fact]
    public void A_hyphenated_vice_title_is_no_part_of_the_name()
    {
        var model = Extract("Jon Varrick won the vote in March. Former Vice-President Varrick thanked his supporters.");
        var person = Assert.Single(model.Entities, e => e.Kind == KindPerson);
        Assert.Equal("Jon Varrick", person.Name);
    }

    [Theory]
    [InlineData("Tomas Vell told Wikinews on Monday that the plan would fail.", "Wikinews")]
    [InlineData("According to The Hill, the senator left the chamber on Monday.", "The Hill")]
    [InlineData("The agency confirmed the arrests to Tasnim on Monday.", "Tasnim News Agency")]
    [InlineData("Mira Holt wrote in The Straits Times that the port would reopen.", "The Straits Times")]
    public void A_news_outlet_the_world_lexicon_lists_is_an_organization(string text, string name)
    {
        var outlet = Assert.Single(Extract(text).Entities, e => e.Name == name);
        Assert.Equal(KindOrganization, outlet.Kind);
    }

    [Theory]
    [InlineData("Yesterday, the Bank of Norland Governor Mira Holt raised the rate.", "Bank of Norland", "Mira Holt")]
    [InlineData("The House of Commons Speaker Tomas Vell suspended the sitting on Monday.", "House of Commons", "Tomas Vell")]
    public void A_title_and_a_name_after_an_of_organization_are_a_person_not_part_of_the_organization(string text, string organization, string person)
    {
        var model = Extract(text);
        Assert.Contains(model.Entities, e => e.Kind == KindOrganization && e.Name == organization);
        Assert.Contains(model.Entities, e => e.Kind == KindPerson && e.Name == person);
    }

    [Theory]
    [InlineData("The magazine also considered the Speaker of the House Jon Varga for the award.", "Speaker of the House Jon Varga")]
    [InlineData("On Monday, Secretary of the Treasury Jon Varga said the budget would pass.", "Secretary of the Treasury Jon Varga")]
    public void A_title_of_the_body_before_a_name_is_the_persons_title(string text, string titled)
    {
        var person = Assert.Single(Extract(text).Entities, e => e.Kind == KindPerson);
        Assert.Equal("Jon Varga", person.Name);
        Assert.Contains(titled, person.Forms.ToArray());
    }

    [Theory]
    [InlineData("The ferry strike in Velden was shown live on Polsat and Yle on Monday.", "Polsat", "Yle")] // broadcasters
    [InlineData("Fishermen in Velden told Kurdistan24 and Ynet that the nets were empty.", "Kurdistan24", "Ynet")]
    [InlineData("Stellantis and BASF sent engineers to Velden on Monday.", "Stellantis", "BASF")] // companies
    public void A_one_word_outlet_or_company_of_the_world_lexicon_is_an_organization(string text, string first, string second)
    {
        var entities = Extract(text).Entities;
        Assert.Contains(entities, e => e.Kind == KindOrganization && e.Name == first);
        Assert.Contains(entities, e => e.Kind == KindOrganization && e.Name == second);
    }
}
