using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Shorter forms of a name the article gave in full are that entity, not a second one: one real thing, one entity. Invented
/// organizations; countries are the world's lexicon.
/// </summary>
public sealed class EntityShortFormTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("The Norway Commission on Fair Elections said on Monday the count was complete. On Tuesday, CFE officials said the results would stand.", "Norway Commission on Fair Elections", "CFE")]
    [InlineData("The United States Council of Lighthouse Keepers met on Monday. The CLK later said it would appeal.", "United States Council of Lighthouse Keepers", "CLK")]
    public void An_acronym_without_the_leading_place_name_is_the_organizations_form(string text, string name, string acronym) =>
        AssertOneOrganizationWithForm(text, name, acronym);

    [Theory]
    [InlineData("Passengers of the North East Railway (NER) faced long delays on Friday. The NER blamed a signal fault near Velden.", "North East Railway", "NER")]
    [InlineData("Farmers joined the Upper Karn Water Line (UKWL) last spring. On Monday the UKWL raised its prices.", "Upper Karn Water Line", "UKWL")]
    public void Words_with_no_head_before_an_acronym_used_alone_are_its_full_name(string text, string name, string acronym)
    {
        var model = Extract(text);
        Assert.Contains(acronym, Assert.Single(model.Entities, e => e.Name == name).Forms);
        Assert.DoesNotContain(model.Entities, e => e.Name == acronym);
    }

    [Theory]
    [InlineData("Passengers of the North East Railway (NER) faced long delays on Friday, a spokesman said.")]
    [InlineData("Lawmakers passed the Ostrel Water Act (OWA) on Monday. Under the OWA, farms must report their wells.")]
    public void Words_with_no_head_before_an_acronym_never_used_alone_name_nothing(string text) =>
        Assert.DoesNotContain(Extract(text).Entities, e => e.Kind == KnowledgeBase.Generators.EntityKind.Organization);

    [Fact]
    public void A_bare_senate_after_a_places_own_senate_is_that_senate()
    {
        var model = Extract("The Texas Senate passed the water bill on Monday. The Senate also approved the state budget on Tuesday.");
        Assert.Contains("Senate", Assert.Single(model.Entities, e => e.Name == "Texas Senate").Forms);
        Assert.DoesNotContain(model.Entities, e => e.Name == "United States Senate");
    }

    [Fact]
    public void A_bare_senate_named_before_a_places_own_stays_the_national_one()
    {
        var model = Extract("The Senate passed the water bill on Monday. The Texas Senate will vote on its own version next week.");
        Assert.Contains(model.Entities, e => e.Name == "United States Senate");
        Assert.Contains(model.Entities, e => e.Name == "Texas Senate");
    }

    [Theory]
    [InlineData("Researchers at Velden College Ostrel (VCO) said on Monday the samples were clean.", "Velden College Ostrel", "VCO", "Ostrel")]
    [InlineData("A report by the Norland Institute for Research in Tidal Studies (NIRTS) was published on Tuesday.", "Norland Institute for Research in Tidal Studies", "NIRTS", "Norland")]
    [InlineData("Scientists at the Kenya Tidal Survey (KTS) said the sea was rising.", "Kenya Tidal Survey", "KTS", "Kenya")]
    [InlineData("Ministers signed the Kenyan Coastal Fishing Area (KCFA) deal on Friday.", "Kenyan Coastal Fishing Area", "KCFA", "Kenya")]
    [InlineData("Dr Ana Holt of the Kenya Board of Harbour Pilots (KBHP) said the channel was safe.", "Kenya Board of Harbour Pilots", "KBHP", "Kenya")]
    public void A_name_before_the_acronym_of_its_initials_is_one_organization(string text, string name, string acronym, string place)
    {
        var model = Extract(text);
        Assert.Contains(acronym, Assert.Single(model.Entities, e => e.Name == name).Forms);
        Assert.DoesNotContain(model.Entities, e => e.Name == acronym || e.Name == place);
    }

    [Fact]
    public void A_title_before_the_acronym_of_its_initials_is_no_organization()
    {
        var model = Extract("Vera Ostrova became a Grand Master (GM) of chess at the age of fifteen.");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Grand Master");
    }

    [Theory]
    [InlineData("The Ostrel Water Act (OWA) took effect on Monday. Farmers said OWA would raise their costs.", "OWA")]
    [InlineData("Judges ruled that the Velden Fishing Treaty (VFT) still held. Boats may fish there under VFT rules.", "VFT")]
    [InlineData("The VWA (Velden Water Act) took effect on Monday. Mill owners said the VWA would close two plants.", "VWA")]
    public void An_acronym_the_article_spells_out_as_a_thing_is_no_organization(string text, string acronym) =>
        Assert.DoesNotContain(Extract(text).Entities, e => e.Name == acronym);

    [Theory]
    [InlineData("The Norland Bureau of Tides and Storms (NorTides) said on Monday the flood had passed. NorTides later lifted the warning.", "Norland Bureau of Tides and Storms", "NorTides")]
    [InlineData("Students at the Velden Institute of Technology (Velden Tech) built the boat.", "Velden Institute of Technology", "Velden Tech")]
    [InlineData("Donors gave more to the Ostrel Lighthouse Foundation (Lighthouse) this year.", "Ostrel Lighthouse Foundation", "Lighthouse")]
    public void A_short_form_clipped_from_the_names_words_in_brackets_is_the_organizations_form(string text, string name, string form) =>
        AssertOneOrganizationWithForm(text, name, form);

    [Fact]
    public void An_acronym_in_another_language_after_a_name_opening_a_sentence_with_the_is_the_organizations_form() =>
        AssertOneOrganizationWithForm("The Norland Sailing Federation (FNV) said on Monday the race would go ahead.", "Norland Sailing Federation", "FNV");

    [Theory]
    [InlineData("The mayor said the Tarnow Freight Railway (TFR) would add trains. TFR denied it.", "Tarnow Freight Railway", "TFR")]
    [InlineData("The Movimiento Nacional Obrero (MNO) won the vote on Sunday. The MNO said it was happy.", "Movimiento Nacional Obrero", "MNO")]
    public void An_acronym_after_a_name_with_no_head_word_is_the_form_of_what_the_name_becomes(string text, string name, string acronym) =>
        AssertOneOrganizationWithForm(text, name, acronym);

    [Theory]
    [InlineData("Riders of VMF (Velden Motor Federation) walked out on Tuesday. The VMF said talks would resume.", "Velden Motor Federation", "VMF")]
    [InlineData("Growers near OGB [Ostrel Grain Board] were angry, traders said.", "Ostrel Grain Board", "OGB")]
    [InlineData("She spent two years at UOV [University of Ostra at Velby] before moving.", "University of Ostra at Velby", "UOV")]
    public void An_acronym_before_its_expansion_in_brackets_is_the_expanded_organizations_form(string text, string name, string acronym) =>
        AssertOneOrganizationWithForm(text, name, acronym);

    [Theory]
    [InlineData("Members of EXSN [Ex-Sailors of Norway] marched to the harbour on Tuesday.", "Ex-Sailors of Norway", "EXSN")]
    [InlineData("Growers near VGB [Velden Grain Trading Board] were angry, traders said.", "Velden Grain Trading Board", "VGB")]
    [InlineData("Ostrov said she had asked OFSC [Officials Committee for Flood and Storm Coordination] to report on Monday.", "Officials Committee for Flood and Storm Coordination", "OFSC")]
    public void An_acronym_before_its_expansion_may_take_two_letters_of_a_word_or_skip_one_inside(string text, string name, string acronym) =>
        AssertOneOrganizationWithForm(text, name, acronym);

    [Theory]
    [InlineData("As of Monday, the Institute of Hydrology, Flood Control and Research (IHFCR) had counted five deaths.", "Institute of Hydrology, Flood Control and Research", "IHFCR")]
    public void A_long_name_with_a_comma_before_its_acronym_is_one_organization(string text, string name, string acronym) =>
        AssertOneOrganizationWithForm(text, name, acronym);

    [Fact]
    public void A_list_of_places_before_an_acronym_is_no_organization() =>
        Assert.DoesNotContain(Extract("Envoys of Norway, Sweden and Denmark (NSD) met in the port on Friday.").Entities, e => e.Name.Contains(','));

    [Fact]
    public void An_expansion_with_no_head_word_after_its_acronym_is_the_acronyms_form()
    {
        var model = Extract("Olsen fought for KVW (Kanor Velden Wrestling) and for AVW (All Velden Wrestling) until he retired.");
        Assert.Contains("All Velden Wrestling", Assert.Single(model.Entities, e => e.Name == "AVW").Forms);
        Assert.Contains("Kanor Velden Wrestling", Assert.Single(model.Entities, e => e.Name == "KVW").Forms);
        Assert.DoesNotContain(model.Entities, e => e.Name.EndsWith("Velden Wrestling"));
    }

    [Fact]
    public void A_title_in_brackets_after_its_acronym_is_no_organization()
    {
        var model = Extract("The airline hired a new CPO (Chief Pilot Officer) in May.");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Chief Pilot Officer");
    }

    [Theory]
    [InlineData("Norwegian Tide Board", "Norway")]
    [InlineData("Velden Institute of Technology", "Velnet")]
    public void A_bracketed_word_that_is_no_clipping_of_the_name_is_not_its_form(string name, string form) =>
        Assert.False(KnowledgeBase.Generators.Extraction.EntityRecognizer.ClipsWords(name, form));

    [Theory]
    [InlineData("The Norwegian Rowing Federation suspended two coaches on Monday. Later the Rowing Federation said both had broken its rules.", "Norwegian Rowing Federation", "Rowing Federation")]
    [InlineData("Protesters gathered outside the Norway Embassy in Velden on Friday. The Norway Embassy closed its doors for the weekend.", "Norway Embassy in Velden", "Norway Embassy")]
    public void A_body_named_again_without_its_opening_place_is_the_same_body(string text, string name, string form) =>
        AssertOneOrganizationWithForm(text, name, form);

    [Fact]
    public void A_short_name_two_place_led_names_end_with_stays_its_own()
    {
        var model = Extract("The Norwegian Rowing Federation and the Swedish Rowing Federation met on Monday. Later the Rowing Federation said the rules would change.");
        Assert.DoesNotContain("Rowing Federation", Assert.Single(model.Entities, e => e.Name == "Norwegian Rowing Federation").Forms);
    }

    [Theory]
    [InlineData("Divers of the Ostrel Lantern Project found a sunken trawler near Velden on Monday. Ostrel Lantern said the hull was intact.", "Ostrel Lantern Project", "Ostrel Lantern")]
    [InlineData("The Harbour 9 Party chose a new leader in Velden on Sunday. Harbour 9 won four seats last year.", "Harbour 9 Party", "Harbour 9")]
    public void A_body_named_again_without_its_head_word_is_the_same_body(string text, string name, string form) =>
        AssertOneOrganizationWithForm(text, name, form);

    // One entity has the name and the short form; none is named by the short form alone.
    private static void AssertOneOrganizationWithForm(string text, string name, string form)
    {
        var model = Extract(text);
        Assert.Contains(form, Assert.Single(model.Entities, e => e.Name == name).Forms);
        Assert.DoesNotContain(model.Entities, e => e.Name == form);
    }
}
