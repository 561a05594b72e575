using System.Linq;
using KnowledgeBase.Generators.Linking;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// People whose names hold a word the gazetteer or the name lexicon reads otherwise: a place as the first name, initials written without spaces, a place's head word as the surname, on invented
/// surnames (the places are the world's lexicon).
/// </summary>
public sealed class EntityPersonNameTests
{
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;

    [Theory]
    [InlineData("Jordan Vale said on Monday that the plant would close.", "Jordan Vale", "Jordan")]
    [InlineData("Coach Dallas Renner said the team lost on Monday.", "Dallas Renner", "Dallas")]
    [InlineData("Georgia Brandt, a lawyer, told reporters that she would appeal.", "Georgia Brandt", "Georgia")]
    [InlineData("Paris Kettering, a singer, said she would tour in May.", "Paris Kettering", "Paris")]
    [InlineData("C.L. Brandt said on Monday that costs rose.", "C.L. Brandt", "C.L.")]
    [InlineData("The report was written by J.R. Holt, a lawyer.", "J.R. Holt", "J.R.")]
    [InlineData("Karel Castle said on Monday that the mine would close.", "Karel Castle", "Castle")]
    [InlineData("Mira Hall, who leads the union, said pay would rise.", "Mira Hall", "Hall")]
    [InlineData("Senator Anton Bridge said the road would close.", "Anton Bridge", "Bridge")]
    public void A_name_part_read_otherwise_as_place_first_name_initials_or_head_word_surname_with_a_title_or_speech_names_one_person(string text, string name, string part)
    {
        var entities = RuleArticle.Extract(text).Entities;
        Assert.Equal(KindPerson, Assert.Single(entities, e => e.Name == name).Kind);
        Assert.DoesNotContain(entities, e => e.Name == part);
    }

    [Theory]
    [InlineData("Park Min-seo met the trade minister on Monday.", "Park Min-seo")]
    [InlineData("Former governor Park Tae-won was released from prison on Friday.", "Park Tae-won")]
    public void A_place_word_before_a_hyphenated_given_name_is_a_family_name_written_first(string text, string name)
    {
        Assert.Equal(KindPerson, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }

    [Theory]
    [InlineData("Zhou Minghui met the trade minister on Monday.", "Zhou Minghui")]
    [InlineData("The talks between Chen Li and the envoy ended on Monday.", "Chen Li")]
    public void A_chinese_family_name_before_a_pinyin_given_name_is_a_person(string text, string name)
    {
        Assert.Equal(KindPerson, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }

    [Theory]
    [InlineData("Song Dynasty pottery was sold in Velden on Monday.", "Song Dynasty")]
    [InlineData("Tang Energy signed a deal with Norway on Monday.", "Tang Energy")]
    public void A_chinese_family_name_before_an_english_word_names_no_person(string text, string name)
    {
        Assert.NotEqual(KindPerson, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }

    [Fact]
    public void A_given_name_before_a_hyphenated_given_name_is_the_family_name_its_lone_mentions_use()
    {
        var entities = RuleArticle.Extract("The talks with Kim Tae-hun ended on Monday. The minister thanked Kim for the visit.").Entities;
        Assert.Contains("Kim", Assert.Single(entities, e => e.Name == "Kim Tae-hun").Forms);
        Assert.DoesNotContain(entities, e => e.Name == "Kim");
    }

    [Theory]
    [InlineData("Tsai Wen-hao was charged in Taiwan on Monday. Tsai denied the charges.", "Tsai Wen-hao", "Tsai", "Wen-hao")]
    [InlineData("Zhou Minghui met the envoy in Rome. Zhou said the talks would go on.", "Zhou Minghui", "Zhou", "Minghui")]
    public void A_name_written_family_name_first_is_called_by_its_first_word_even_at_a_sentence_start(string text, string name, string surname, string given)
    {
        var article = RuleArticle.Extract(text);
        var forms = Assert.Single(article.Entities, e => e.Name == name).Forms;
        Assert.Contains(surname, forms);
        Assert.DoesNotContain(given, forms);
        Assert.Contains(article.Quotes, q => q.Speaker == name); // the lone family name at the sentence start speaks
    }

    [Theory]
    [InlineData("Anke van der Molen opened the port in Ostrel. Van der Molen said trade would grow.", "Anke van der Molen", "Van")]
    [InlineData("Rosa de la Torre won the vote in Chile. De la Torre thanked her voters.", "Rosa de la Torre", "De")]
    public void A_capitalized_particle_and_its_surname_at_a_sentence_start_name_the_person_again(string text, string name, string particle)
    {
        var entities = RuleArticle.Extract(text).Entities;
        Assert.DoesNotContain(particle, Assert.Single(entities, e => e.Name == name).Forms);
        Assert.Single(entities, e => e.Kind == KindPerson);
    }

    [Fact]
    public void A_second_given_name_before_the_particle_stays_in_the_name()
    {
        Assert.Contains(RuleArticle.Extract("Maria Helena dos Ramos won the race in Brazil on Sunday.").Entities, e => e.Name == "Maria Helena dos Ramos");
    }

    [Theory]
    [InlineData("Georgia Power said on Monday that costs rose.", "Georgia Power")]
    [InlineData("Farmers in the Jordan Valley said the rains came late.", "Jordan Valley")]
    [InlineData("The Karel Castle was built in 1410.", "Karel Castle")]
    public void A_place_before_a_common_word_or_place_word_names_no_person(string text, string name)
    {
        Assert.DoesNotContain(RuleArticle.Extract(text).Entities, e => e.Name == name && e.Kind == KindPerson);
    }

    [Theory]
    [InlineData("Karel Brandt of the Canadian embassy said on Monday that the visa rules changed.", "Canada")]
    [InlineData("A Spanish court jailed Karel Brandt on Monday, and British police arrested Mira Holt.", "Spain")]
    [InlineData("A Spanish court jailed Karel Brandt on Monday, and British police arrested Mira Holt.", "United Kingdom")]
    public void A_place_named_only_by_its_nationality_adjective_is_no_entity_of_the_knowledge_base(string text, string place)
    {
        var clusters = EntityLinker.Link(new[] { RuleArticle.Extract(text) });
        Assert.DoesNotContain(clusters, c => c.Name == place);
        Assert.Contains(clusters, c => c.Name == "Karel Brandt");
    }

    [Theory]
    [InlineData("Karel Brandt of the Canadian embassy said on Monday that the visa rules changed.", "Mira Holt flew to Canada on Friday.", "Canada")]
    [InlineData("Mira Holt said Canadian troops left the port on Monday.", "Karel Brandt said the port was calm.", "Canada")]
    [InlineData("Karel Brandt sailed along the European coast on Monday.", "Mira Holt said the port was calm.", "Europe")]
    public void A_place_named_outright_anywhere_or_by_its_land_or_forces_stays(string first, string second, string place)
    {
        var clusters = EntityLinker.Link(new[] { RuleArticle.Extract(first, "a.txt"), RuleArticle.Extract(second, "b.txt") });
        Assert.Contains(clusters, c => c.Name == place);
    }

    [Theory]
    [InlineData("Marta van der Velde said on Monday that the port would reopen.", "Marta van der Velde", "van der Velde")]
    [InlineData("The mayor, Tomas de Arrieta, said the bridge was safe.", "Tomas de Arrieta", "de Arrieta")]
    [InlineData("Khalid bin Rashad signed the deal in Dubai on Sunday.", "Khalid bin Rashad", "bin Rashad")]
    public void A_surname_with_its_lower_case_particles_is_a_form_of_the_person(string text, string name, string form) =>
        Assert.Contains(form, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Forms);

    [Theory]
    [InlineData("The actors Tom De Varga and Ilse Brandt arrived at the gala on Friday.", "Tom De Varga", "De Varga")]
    [InlineData("Foreign Minister Pierre Le Brevet met his counterpart in Tarnow.", "Pierre Le Brevet", "Le Brevet")]
    [InlineData("Councillor Lina La Sorra said the harbour plan would bring jobs.", "Lina La Sorra", "La Sorra")]
    [InlineData("Businessman Rocco De La Marsa paid for the new stadium.", "Rocco De La Marsa", "De La Marsa")]
    public void A_surname_with_its_capitalized_particles_is_a_form_of_the_person(string text, string name, string form) =>
        Assert.Contains(form, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Forms);

    [Theory]
    [InlineData("Lance Cpl. Tobias Renner was killed in the attack. Renner was 22.", "Tobias Renner", "Lance Cpl")]
    [InlineData("Army Staff Sgt. Lukas Moser was wounded on Monday.", "Lukas Moser", "Staff Sgt")]
    public void A_military_rank_before_a_name_is_a_title_not_the_name(string text, string name, string rank)
    {
        var entities = RuleArticle.Extract(text).Entities;
        Assert.Single(entities, e => e.Name == name && e.Kind == KindPerson);
        Assert.DoesNotContain(entities, e => e.Name.Contains(rank) || e.Name.StartsWith(rank.Split(' ')[0] + " ", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Governor Omar al-Fadel met the envoy. Fadel said the talks went well.", "Omar al-Fadel", "Fadel")]
    [InlineData("The envoy met Samir el-Haddad on Monday. Haddad later left for Tarnow.", "Samir el-Haddad", "Haddad")]
    public void A_surname_written_before_only_with_its_joined_article_opens_a_sentence_as_the_person(string text, string name, string form) =>
        Assert.Contains(form, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Forms);

    [Theory]
    [InlineData("Mayor Anton Reuters said the bridge would reopen.", "Anton Reuters", "Reuters")]
    [InlineData("Former mayor Karel Bloomberg left the race in May. Bloomberg backed Mira Holt.", "Karel Bloomberg", "Bloomberg")]
    [InlineData("Mayor Jon English said the port would close.", "Jon English", "English")]
    [InlineData("The plan was criticised, and mayor Jon Tory asked for a review.", "Jon Tory", "Tory")]
    [InlineData("Defence Secretary Lloyd Austin arrived in Chile on Monday.", "Lloyd Austin", "Austin")]
    [InlineData("The fund was approved by Finance Minister Ellen Houston on Friday.", "Ellen Houston", "Houston")]
    public void A_given_name_before_a_surname_the_gazetteer_knows_as_a_firm_or_a_demonym_with_a_title_role_or_speech_names_one_person(string text, string name, string surname)
    {
        var entities = RuleArticle.Extract(text).Entities;
        Assert.Contains(surname, Assert.Single(entities, e => e.Name == name && e.Kind == KindPerson).Forms);
        Assert.DoesNotContain(entities, e => e.Name == surname);
    }

    [Theory]
    [InlineData("Karel Brandt told Reuters on Monday that the port would close.", "Reuters")]
    [InlineData("Reuters said the port would close, and Bloomberg reported the sale.", "Bloomberg")]
    public void A_firm_named_alone_stays_the_firm(string text, string name) =>
        Assert.Equal(KindOrganization, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);

    [Theory]
    [InlineData("Dr Christian Vollrath said the rats chose the lighter lever.", "Christian Vollrath")]
    [InlineData("Christian Vollrath and Mira Holt wrote the study.", "Christian Vollrath")]
    public void A_given_name_the_lexicon_also_lists_as_an_adjective_opens_a_persons_name(string text, string name) =>
        Assert.Equal(KindPerson, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);

    [Theory]
    [InlineData("A Christian Democrat said on Monday that the port would close.")]
    [InlineData("The Christian Democrats won the vote in Velden on Monday.")]
    [InlineData("Christian Aid said the camp in Velden needed water.")]
    [InlineData("Christian Zionists marched in Velden on Monday.")]
    public void The_adjective_before_a_word_or_a_plural_names_no_person(string text) =>
        Assert.DoesNotContain(RuleArticle.Extract(text).Entities, e => e.Kind == KindPerson);

    [Theory]
    [InlineData("Queen Mira II opened the new bridge in Velden on Monday.", "Mira II", "Mira")]
    [InlineData("Pope Anselm XIV said the talks would go on.", "Anselm XIV", "Anselm")]
    [InlineData("King Tomas VIII met the envoy in Velden on Friday.", "Tomas VIII", "Tomas")]
    [InlineData("King Arvid V opened the session in Velden on Monday.", "Arvid V", "Arvid")] // a numeral of one letter
    public void A_monarchs_or_popes_name_keeps_its_numeral_and_is_called_by_the_name(string text, string name, string form)
    {
        var entities = RuleArticle.Extract(text).Entities;
        var person = Assert.Single(entities, e => e.Name == name && e.Kind == KindPerson);
        Assert.Contains(form, person.Forms);
        Assert.DoesNotContain(person.Forms, f => f is "II" or "XIV" or "VIII" or "V");
    }
    [Theory]
    [InlineData("Velland Interior Minister Tomas Brek told reporters the crossings would reopen soon.", "Tomas Brek")]
    [InlineData("On Friday, Ostrelian Deputy Trade Minister Ilse Varno signed the grain deal.", "Ilse Varno")]
    public void An_unknown_country_name_before_a_qualified_title_leaves_the_title_and_the_person_after_it(string text, string name)
    {
        Assert.Equal(KindPerson, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }

    [Theory]
    [InlineData("Divers pulled seven-year-old Marit from the flooded quarry late on Sunday.", "Marit")]
    [InlineData("Neighbours sheltered 4-year-old Tobias until his parents came home.", "Tobias")]
    public void A_given_name_alone_after_an_age_is_a_person(string text, string name)
    {
        Assert.Equal(KindPerson, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }

    [Theory]
    [InlineData("The pamphlet by G. Edward Harnsby drew a crowd to the square.", "G. Edward Harnsby")]
    [InlineData("Militia leader Abu Karim al-Fadeyn was seen near the border on Tuesday.", "Abu Karim al-Fadeyn")]
    public void An_initial_or_a_kunya_before_a_given_name_opens_the_name_and_is_no_title(string text, string name)
    {
        Assert.Equal(KindPerson, Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name).Kind);
    }

    [Fact]
    public void A_surname_two_people_share_is_a_form_only_of_the_one_its_lone_mention_names()
    {
        var entities = RuleArticle.Extract("Miller Piet Dorran, 70, built the mill. His son, Anders Dorran, joined him in 1990. "
            + "The village honoured the family on Friday. Dorran thanked the mayor for the plaque.").Entities;
        Assert.Contains("Dorran", Assert.Single(entities, e => e.Name == "Piet Dorran").Forms);
        Assert.DoesNotContain("Dorran", Assert.Single(entities, e => e.Name == "Anders Dorran").Forms);
        var unnamed = RuleArticle.Extract("Miller Piet Dorran, 70, built the mill. His son, Anders Dorran, joined him in 1990.").Entities;
        Assert.All(unnamed.Where(e => e.Kind == KindPerson), e => Assert.DoesNotContain("Dorran", e.Forms));
    }
    [Theory]
    [InlineData("Director of National Intelligence Piet Maran denied that any files had leaked.", "Piet Maran")]
    [InlineData("Minister of Foreign Affairs Karl Dunmore flew home after the summit collapsed.", "Karl Dunmore")]
    [InlineData("Secretary of Veterans Affairs Jon Halvik promised that pensions would rise.", "Jon Halvik")]
    public void An_office_of_a_subject_before_a_name_is_no_part_of_the_name(string text, string name)
    {
        var entities = RuleArticle.Extract(text).Entities;
        Assert.Equal(KindPerson, Assert.Single(entities, e => e.Name == name).Kind);
        Assert.DoesNotContain(entities, e => e.Kind == KindPerson && e.Name != name);
    }
}
