using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Where a name starts and ends, and whether a word before it is a title: two organizations joined by "and", a
/// nationality or a title's qualifier with no rank, a photograph's credit, on invented names.
/// </summary>
public sealed class EntityBoundaryTests
{
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;

    [Theory]
    [InlineData("Researchers from the University of Kenya and Center for Harbour Studies published the study on Monday.", "University of Kenya", "Center for Harbour Studies")]
    [InlineData("On Monday the Velden Bird Trust and Society for Ostrel Wetlands counted the geese.", "Velden Bird Trust", "Society for Ostrel Wetlands")]
    [InlineData("On Monday the Ostrel Civic Union of Chile and Velden Fishermen Association cleaned the beach.", "Ostrel Civic Union of Chile", "Velden Fishermen Association")]
    [InlineData("The children attended the Velden Medical Clinic and Ostrel District Hospital on Monday.", "Velden Medical Clinic", "Ostrel District Hospital")]
    public void And_before_a_name_with_its_own_head_word_joins_two_organizations(string text, string first, string second)
    {
        var names = RuleArticle.Extract(text).Entities.Where(e => e.Kind == KindOrganization).Select(e => e.Name).ToArray();
        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    [Theory]
    [InlineData("Scientists from the University of Kenya and Ostrel Shark Tours tagged the sharks on Monday.", "University of Kenya", "Ostrel Shark Tours")]
    [InlineData("Researchers at the Institute of Chile and Dorvan Sealife tagged the seals on Monday.", "Institute of Chile", "Dorvan Sealife")]
    public void And_after_an_organizations_of_and_a_known_place_then_no_place_joins_two_names(string text, string first, string second)
    {
        var entities = RuleArticle.Extract(text).Entities;
        Assert.Contains(entities, e => e.Kind == KindOrganization && e.Name == first);
        Assert.Contains(entities, e => e.Name == second);
        Assert.DoesNotContain(entities, e => e.Name == first + " and " + second);
    }

    [Theory]
    [InlineData("The International Federation of Red Cross and Red Crescent Societies sent aid on Monday.", "International Federation of Red Cross and Red Crescent Societies")]
    [InlineData("The Port Authority of Vella and Dorna closed the pier on Monday.", "Port Authority of Vella and Dorna")]
    [InlineData("The Velden Institute of Arts and Sciences met on Monday.", "Velden Institute of Arts and Sciences")]
    [InlineData("The Rowing Association of England and Wales met on Monday.", "Rowing Association of England and Wales")]
    public void And_inside_an_organizations_of_phrase_or_before_a_shared_plural_head_is_one_name(string text, string name)
    {
        Assert.Contains(RuleArticle.Extract(text).Entities, e => e.Kind == KindOrganization && e.Name == name);
    }

    [Theory]
    [InlineData("The Velden Institute of Tropical Disease's director said on Monday that the fever had spread.", "Velden Institute of Tropical Disease")]
    [InlineData("On Monday the Ostrel Centre for Rare Disease opened a clinic in Halvik.", "Ostrel Centre for Rare Disease")]
    public void An_illness_ending_an_organizations_of_phrase_is_its_field_and_the_run_names_the_body(string text, string name)
    {
        Assert.Contains(RuleArticle.Extract(text).Entities, e => e.Kind == KindOrganization && e.Name == name);
    }

    [Fact]
    public void An_illness_named_with_no_organizations_head_stays_no_entity()
    {
        Assert.DoesNotContain(RuleArticle.Extract("Doctors said on Monday that Velden Disease had reached Halvik.").Entities, e => e.Name.Contains("Disease"));
    }

    [Theory]
    [InlineData("Police said a fire broke out at Tanners' Hall in Velden on Monday.", "Tanners' Hall", "Place")]
    [InlineData("The Velden Glaziers' Union said on Monday that its members would strike.", "Velden Glaziers' Union", "Organization")]
    public void A_plural_noun_for_people_and_its_apostrophe_go_on_with_the_head_word_after_them(string text, string name, string kind)
    {
        Assert.Contains(RuleArticle.Extract(text).Entities, e => e.Kind.ToString() == kind && e.Name == name);
    }

    [Theory]
    [InlineData("The Democratic Labour Party won four seats in Ostrel on Monday.", "Democratic Labour Party", "Labour Party")]
    [InlineData("Members of the Liberal Democratic Party met in Ostrel on Monday.", "Liberal Democratic Party", "Democratic Party")]
    [InlineData("The Social Democratic Labour Party said on Monday that it would join the talks.", "Social Democratic Labour Party", "Labour Party")]
    public void Creed_words_before_a_known_partys_name_open_the_name_of_another_party(string text, string name, string shorter)
    {
        var entities = RuleArticle.Extract(text).Entities;
        Assert.Contains(entities, e => e.Kind == KindOrganization && e.Name == name);
        Assert.DoesNotContain(entities, e => e.Name == shorter);
    }

    [Theory]
    [InlineData("He rowed for the Chilean Rowing Team until last year.", "Chilean Rowing Team")]
    [InlineData("The Velden Army sent the National Rescue Team on Monday.", "National Rescue Team")]
    public void A_nationality_with_no_rank_after_it_is_no_title_and_opens_the_name(string text, string name)
    {
        var entities = RuleArticle.Extract(text).Entities;
        Assert.Contains(entities, e => e.Kind == KindOrganization && e.Name == name);
        Assert.DoesNotContain(entities, e => e.Kind == KindPerson);
    }

    [Fact]
    public void A_title_with_a_rank_still_makes_a_person_and_a_nationality_before_a_given_name_keeps_the_person()
    {
        var entities = RuleArticle.Extract("French President Karel Brandt met Iranian Mira Holt on Monday.").Entities;
        Assert.Contains(entities, e => e.Kind == KindPerson && e.Name == "Karel Brandt");
        Assert.Contains(entities, e => e.Kind == KindPerson && e.Name == "Mira Holt");
    }

    [Fact]
    public void Common_words_with_no_given_name_nor_rank_are_no_person()
    {
        var entities = RuleArticle.Extract("The fee is set under Special Toll Conditions of Passage.").Entities;
        Assert.DoesNotContain(entities, e => e.Kind == KindPerson);
    }

    [Fact]
    public void A_lower_case_qualifier_before_a_lone_name_makes_no_person()
    {
        var entities = RuleArticle.Extract("Her novel sold well, said her publisher, and the current Dornaware sold too.").Entities;
        Assert.DoesNotContain(entities, e => e.Kind == KindPerson);
    }

    [Fact]
    public void A_caption_credit_with_initials_is_a_caption_and_its_image_word_joins_no_name()
    {
        var entities = RuleArticle.Extract("The mayor opened the bridge.\n\nMira Holt Image: U.S. Senate.\n\nMira Holt said the bridge was safe.").Entities;
        Assert.Contains(entities, e => e.Kind == KindPerson && e.Name == "Mira Holt");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Image"));
    }

    [Theory]
    [InlineData("A spokesman for the League to Save Ostrel Lighthouses praised the repairs.", "League to Save Ostrel Lighthouses")]
    [InlineData("The Ostrel Coalition to End Harbour Waste met on Monday.", "Ostrel Coalition to End Harbour Waste")]
    public void A_head_word_and_to_before_a_capitalized_verb_go_on_with_the_name(string text, string name)
    {
        Assert.Contains(RuleArticle.Extract(text).Entities, e => e.Kind == KindOrganization && e.Name == name);
    }

    [Fact]
    public void A_head_word_and_to_before_a_name_that_is_no_verb_end_the_name()
    {
        var entities = RuleArticle.Extract("The grant from the Velden Council to Mira Holt arrived on Monday.").Entities;
        Assert.Contains(entities, e => e.Name == "Velden Council");
        Assert.Contains(entities, e => e.Name == "Mira Holt");
    }

    [Theory]
    [InlineData("Beekeeper Jory Vantz said the hives were empty.", "Jory Vantz")] // an agent's suffix
    [InlineData("Voter Dilo Praske told the radio he would stay home.", "Dilo Praske")] // an agent noun of the dictionary
    [InlineData("Ferryman Orsk Lavid said the crossing was closed.", "Orsk Lavid")]
    public void A_noun_for_a_person_opening_the_sentence_before_an_unknown_given_name_is_no_part_of_the_name(string text, string name)
    {
        var entities = RuleArticle.Extract(text).Entities;
        Assert.Contains(entities, e => e.Kind == KindPerson && e.Name == name);
        Assert.DoesNotContain(entities, e => e.Name.EndsWith(" " + name));
    }

    [Theory]
    [InlineData("The harbour bill was drafted by Representatives Orsk Lavid and Tamsin Orle on Monday.", "Orsk Lavid")]
    [InlineData("The vote was delayed by Councillors Bex Harrow and Tamsin Orle on Monday.", "Bex Harrow")]
    [InlineData("The toll was opposed by Sheriffs Jory Vantz and Dilo Praske.", "Jory Vantz")]
    public void A_titles_plural_before_a_name_is_no_part_of_the_name(string text, string name)
    {
        var entities = RuleArticle.Extract(text).Entities;
        Assert.Contains(entities, e => e.Kind == KindPerson && e.Name == name);
        Assert.DoesNotContain(entities, e => e.Name.EndsWith(" " + name));
    }
}
