using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// How a name is built, continued: religions and operations, regions and places inside compounds, chains and
/// campuses, factions, and given names that places also bear.
/// </summary>
public sealed partial class EntityConstructionTests
{
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
    public void A_lone_name_the_article_writes_with_a_product_noun_is_no_place()
    {
        var model = Extract("Players found a hidden level in Kestrix. Veteran players said Kestrix users had searched for it for months.");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Kestrix" && e.Kind == KindPlace);
        Assert.Contains(model.Entities, e => e.Name == "Kestrix" && e.Kind == KindOrganization);
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
    public void A_universitys_campus_town_after_at_is_part_of_its_name_with_its_short_form()
    {
        var model = Extract("Glaciologists from the University of Norland at Eastbridge (NU Eastbridge) and the University of Velmora at Ostrel Falls mapped the shelf. Dana Orrick met them at the Velden Museum at noon. The data, NU said, were new.");
        var campus = Assert.Single(model.Entities, e => e.Name == "University of Norland at Eastbridge");
        Assert.Equal(KindOrganization, campus.Kind);
        Assert.Contains("NU Eastbridge", campus.Forms);
        Assert.Contains("NU", campus.Forms);
        Assert.Contains(model.Entities, e => e.Name == "University of Velmora at Ostrel Falls" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Name is "University of Norland" or "NU" or "Eastbridge" or "Ostrel Falls");
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
        var model = Extract("Victims included a Kurvat Hezbollah official. A coalition to Defeat ISIS formed.");
        Assert.Contains(model.Entities, e => e.Name == "Kurvat Hezbollah" && e.Kind == KindOrganization);
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
        var model = Extract("Judge Mira Holt sentenced Pavel and Irena Kowal to life in prison.");
        Assert.Contains(model.Entities, e => e.Name == "Pavel Kowal" && e.Kind == KindPerson);
        Assert.Contains(model.Entities, e => e.Name == "Irena Kowal" && e.Kind == KindPerson);
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

    [Fact]
    public void Day_after_a_given_name_is_a_surname_and_after_other_words_a_holiday()
    {
        var model = Extract("The singer Lorna Day died at her home in Velden. Day, her family said, wanted a small funeral. Crowds gathered on Boxing Day and on Victoria Day.");
        var singer = Assert.Single(model.Entities, e => e.Name == "Lorna Day");
        Assert.Equal(KindPerson, singer.Kind);
        Assert.Contains("Day", singer.Forms);
        Assert.DoesNotContain(model.Entities, e => e.Name.EndsWith("Day", System.StringComparison.Ordinal) && e.Name != "Lorna Day");
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
