using System.Linq;
using System.Threading;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Linking;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Entity typing, one entity per real thing, speakers and content spans, one rule at a time on invented
/// names (countries are the world's lexicon), so each rule is checked apart from the gold sets.
/// </summary>
public sealed class EntityQuoteRuleTests
{
    // The storage layout's kinds (DataLayout is compiled into both the generator and the runtime library).
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;
    private const KnowledgeBase.Generators.EntityKind KindPlace = KnowledgeBase.Generators.EntityKind.Place;
    private const int QuoteDirect = 1;

    private static ArticleModel Extract(string paragraphs, string file = "a.txt") => RuleArticle.Extract(paragraphs, file);

    private static string TextOf(ArticleModel model, QuoteModel quote) => model.Text.Substring(quote.Start, quote.Length);

    public static TheoryData<int> EvidenceRules()
    {
        var rows = new TheoryData<int>();
        for (var i = 0; i < TypeEvidence.Rules.Length; i++) rows.Add(i);
        return rows;
    }

    [Theory]
    [MemberData(nameof(EvidenceRules))]
    public void A_name_is_typed_from_the_words_around_it(int row)
    {
        var rule = TypeEvidence.Rules[row];
        var kind = rule.Evidence switch { NameEvidence.Person => KindPerson, NameEvidence.Organization => KindOrganization, _ => KindPlace };
        var model = Extract(rule.Example);
        Assert.Contains(model.Entities, e => e.Name == rule.Name && e.Kind == kind);
        Assert.DoesNotContain(model.Entities, e => e.Name == rule.Name && e.Kind != kind);
    }

    [Fact]
    public void The_body_after_a_persons_name_and_of_stays_an_organization_before_an_apposition()
    {
        // "Halden Marine" ends in a given name and its person speaks; the comma after it still closes the body's name.
        var model = Extract("Ivo Brandt of Halden Marine, a shipping firm on the coast, told the inquiry the beacons had failed.");
        Assert.Contains(model.Entities, e => e.Name == "Halden Marine" && e.Kind == KindOrganization);
        Assert.Contains(model.Entities, e => e.Name == "Ivo Brandt" && e.Kind == KindPerson);
    }

    [Fact]
    public void A_name_listed_with_people_is_a_person()
    {
        // "Tavi Ulu" and "Mele Ulu" have no given name the lexicon knows; "John Faasalu" in the same list does.
        var model = Extract("Three islanders, Tavi Ulu, Mele Ulu, and John Faasalu, sued the territory in Utah.");
        Assert.Contains(model.Entities, e => e.Name == "Tavi Ulu" && e.Kind == KindPerson);
        Assert.Contains(model.Entities, e => e.Name == "Mele Ulu" && e.Kind == KindPerson);
        Assert.DoesNotContain(model.Entities, e => e.Name.Contains("Ulu") && e.Kind != KindPerson);
    }

    [Fact]
    public void A_list_of_organizations_with_no_person_in_it_stays_organizations()
    {
        var model = Extract("Vella Dorna, Ostra Group and Karva Holdings bid for the port.");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Vella Dorna" && e.Kind == KindPerson);
        var bands = Extract("The festival booked John Fogerty, Silver Lanterns and Maria Olsen.");
        Assert.DoesNotContain(bands.Entities, e => e.Name == "Silver Lanterns" && e.Kind == KindPerson);
    }

    [Fact]
    public void A_name_after_a_role_with_its_complement_is_a_person()
    {
        var model = Extract("The islands' delegate to the Ulvan Assembly, Aumra Vetali, told the press the ruling was unwelcome.");
        Assert.Contains(model.Entities, e => e.Name == "Aumra Vetali" && e.Kind == KindPerson);
    }

    [Fact]
    public void The_last_words_of_a_persons_longer_name_are_that_person()
    {
        var model = Extract("Senate President Tomas Varela Oskin filed the suit on Sunday. Varela Oskin said the governor had no claim.");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Varela Oskin");
        Assert.Contains(model.Entities, e => e.Name == "Tomas Varela Oskin" && e.Kind == KindPerson && e.Mentions == 2);
    }

    [Theory]
    [InlineData("Governor Pedro Vela was sworn in on Friday. On Monday, Pedro R. Vela Ostin said he would stay.")]
    [InlineData("Pedro R. Vela Ostin was sworn in on Friday. On Monday, Pedro Vela said he would stay.")]
    public void A_name_with_both_surnames_and_with_the_first_alone_is_one_person(string text)
    {
        var model = Extract(text);
        Assert.Single(model.Entities, e => e.Kind == KindPerson && e.Name.Contains("Vela"));
    }

    [Fact]
    public void Emeritus_is_part_of_a_title_not_of_the_name()
    {
        var model = Extract("Bishop Emeritus Dinal Vantero of the Ostra diocese died on Sunday. Vantero was 79.");
        Assert.Contains(model.Entities, e => e.Name == "Dinal Vantero" && e.Kind == KindPerson);
        Assert.DoesNotContain(model.Entities, e => e.Name.StartsWith("Emeritus"));
    }

    [Fact]
    public void A_name_made_a_place_stays_that_place_where_nothing_shows_it()
    {
        var model = Extract("The bridge closed in Fort Lenna, Texas. Traffic from the streets of Fort Lenna stopped.");
        var place = Assert.Single(model.Entities, e => e.Name == "Fort Lenna");
        Assert.Equal(KindPlace, place.Kind);
        Assert.Equal(2, place.Mentions);
    }

    [Fact]
    public void A_qualifier_opening_an_organization_name_is_part_of_it_a_title_is_not()
    {
        var model = Extract("The National Harbour Agency closed the port. Minister Vella Harbour Board spokesman Jon Varga agreed.");
        Assert.Contains(model.Entities, e => e.Name == "National Harbour Agency" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Name == "Harbour Agency");
    }

    [Fact]
    public void A_newspaper_named_with_an_adjective_is_an_organization_and_no_person()
    {
        var model = Extract("The minister spoke at length, as quoted by Freedonian Reporter on Monday.");
        Assert.Contains(model.Entities, e => e.Name == "Freedonian Reporter" && e.Kind == KindOrganization);
        Assert.DoesNotContain(model.Entities, e => e.Kind == KindPerson);
    }

    // "The Lisbon Sun", "the Madrid Star", "Manila Bulletin": a known place and a newspaper's last word name the paper, which
    // speaks; the place is no speaker, and after a given name "Sun" stays a surname.
    [Theory]
    [InlineData("According to The Lisbon Sun, the ferry pier had been shut twice that winter.", "Lisbon Sun")]
    [InlineData("The Madrid Star reported that the ferry crews went on strike for a week.", "Madrid Star")]
    [InlineData("According to a report by the Manila Bulletin, the ferry crews were paid late.", "Manila Bulletin")]
    public void A_place_and_a_newspaper_word_name_a_newspaper_that_speaks(string sentence, string paper)
    {
        var model = Extract(sentence);
        Assert.Contains(model.Entities, e => e.Name == paper && e.Kind == KindOrganization);
        Assert.Equal(paper, Assert.Single(model.Quotes).SpeakerText);
    }

    [Fact]
    public void A_newspaper_word_after_a_given_name_is_a_surname()
    {
        var model = Extract("Harbour master Mei Sun said the ferry pier had been shut twice that winter.");
        Assert.Contains(model.Entities, e => e.Name == "Mei Sun" && e.Kind == KindPerson);
    }

    [Fact]
    public void A_countrys_government_is_an_organization_and_the_country_keeps_its_mention()
    {
        var model = Extract("The Canadian government closed the border on Friday.");
        var government = Assert.Single(model.Entities, e => e.Name == "Government of Canada");
        Assert.Equal(KindOrganization, government.Kind);
        Assert.Contains("Canadian government", government.Forms);
        Assert.Contains(model.Entities, e => e.Name == "Canada");
    }

    [Fact]
    public void Shouted_words_and_Roman_numerals_are_no_acronyms()
    {
        var model = Extract("Jon Varga wrote that it was a GREAT DAY for the city. The club won Cup XXI in the spring.");
        Assert.DoesNotContain(model.Entities, e => e.Name is "GREAT" or "DAY" or "XXI");
    }

    [Theory]
    [InlineData("Soleymani", "Soleimani")] // a y for an i
    [InlineData("Haghia Vela", "Hagia Vela")] // an h after g
    [InlineData("U.S. Navy", "United States Navy")] // the country's abbreviation
    public void Spelling_variants_share_a_name_key(string one, string other) =>
        Assert.Equal(NameVariants.Key(one), NameVariants.Key(other));

    [Theory]
    [InlineData("The Port Authority of Vella Dorna closed the bridge.", "The Port Authority reopened it.")] // without the "of" part
    [InlineData("Ostra Motor Company recalled its trucks.", "Ostra Motor said the fault was fixed.")] // without the head word
    [InlineData("The Vella International Airport closed.", "Flights left Vella Airport later.")] // first and last words kept
    [InlineData("The Danish Harbour Review Board met on Monday.", "The Harbour Board said the port would stay open.")] // the country's adjective left out too
    public void Short_forms_of_a_name_in_one_article_are_one_entity(string first, string second)
    {
        var clusters = EntityLinker.Link(new[] { Extract(first + " " + second) });
        Assert.Single(clusters, c => c.Kind != KindPerson);
    }

    [Fact]
    public void A_full_name_cited_as_an_organization_in_one_article_joins_the_person_of_another()
    {
        var cited = Extract("The ruling was welcomed by Talvo Keskel on Monday.", "a.txt");
        var person = Extract("Police said the gunman Talvo Keskel acted alone.", "b.txt");
        var clusters = EntityLinker.Link(new[] { cited, person });
        var one = Assert.Single(clusters, c => c.Name == "Talvo Keskel");
        Assert.Equal(KindPerson, one.Kind);
    }

    [Theory]
    [InlineData("\"We will rebuild the harbour,\" said Vella University's chancellor, Jon Varga.", "Jon Varga")] // the person in apposition after the cue
    [InlineData("According to Vella County's first selectman, Jon Varga, ten people were aboard the boat.", "Jon Varga")] // not the county
    [InlineData("Ana Ruiz of the Freedonia Crime Agency (FCA) said, \"They cannot hide from us anymore.\"", "Ana Ruiz")] // not the agency
    [InlineData("Inspector Ana Ruiz said about Keskel: \"His plans were clear from the notes we found.\"", "Ana Ruiz")] // "about" names the topic
    public void The_speaker_is_the_subject_of_the_cue_not_the_nearest_name(string sentence, string speaker)
    {
        var quote = Assert.Single(Extract(sentence).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_person_closing_an_apposition_before_the_cue_speaks_not_the_role_after_it()
    {
        var model = Extract("The head of the Vella Fund, Ana Ruiz, said the mayor had \"heard the demands of the crowd at last\".");
        Assert.NotEmpty(model.Quotes);
        Assert.All(model.Quotes, q => Assert.Equal("Ana Ruiz", q.Speaker));
    }

    [Fact]
    public void A_country_before_a_group_noun_speaks_as_that_unnamed_group()
    {
        var quote = Assert.Single(Extract("US authorities said the website had closed in June.").Quotes);
        Assert.Equal("US authorities", quote.SpeakerText);
    }

    [Fact]
    public void Reported_content_stops_before_a_participle_clause_after_a_comma()
    {
        var model = Extract("Jon Varga said the vote was fair, prompting protests in the capital.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("the vote was fair", TextOf(model, quote));
    }

    [Fact]
    public void What_an_event_signals_nobody_said()
    {
        var model = Extract("The council approved the plan on Monday, signaling a dramatic shift in policy.");
        Assert.Empty(model.Quotes);
    }

    [Fact]
    public void Telling_an_audience_with_nothing_said_is_no_quote()
    {
        var model = Extract("Jon Varga met the crew and told the press.");
        Assert.Empty(model.Quotes);
    }

    [Fact] // the shared gold's convention: a phrase quoted inside reported content stays in the report's indirect quote
    public void A_short_quotation_inside_reported_content_stays_in_that_speakers_report()
    {
        var model = Extract("Jon Varga said the mayor was in a \"serious\" condition.");
        var report = Assert.Single(model.Quotes);
        Assert.Equal(("the mayor was in a \"serious\" condition", "Jon Varga"), (TextOf(model, report), report.Speaker));
    }

    [Fact]
    public void The_agent_of_a_passive_cue_says_the_quoted_words()
    {
        var model = Extract("Talvo Keskel, who was described as \"reckless\" by the police, fled the city.");
        var direct = Assert.Single(model.Quotes, q => q.Kind == QuoteDirect);
        Assert.Equal("reckless", TextOf(model, direct));
        Assert.Contains("police", direct.SpeakerText, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The site's alleged operator Jong Woo Sel was named on Monday. Jong was arrested in March.", "Jong Woo Sel", "Jong")]
    [InlineData("Vardo Kessin, 45, arrived in Velden. Later, Vardo said he was tired.", "Vardo Kessin", "Vardo")]
    public void A_lone_first_word_of_a_persons_name_that_is_no_listed_given_name_names_that_person(string text, string person, string form)
    {
        var model = Extract(text);
        Assert.Contains(form, Assert.Single(model.Entities, e => e.Name == person).Forms);
        Assert.DoesNotContain(model.Entities, e => e.Name == form);
    }

    [Theory]
    [InlineData("A cargo plane crashed in Iran on Monday. Iran said the plane was old. It cited the Air Force as stating the plane was leased.", "Iranian Air Force")]
    [InlineData("The Norwegian Army said on Monday that two soldiers were hurt.", "Norwegian Army")] // a guard: the adjective names it already
    public void Armed_forces_named_by_the_bare_word_are_the_countrys_the_story_is_about(string text, string force)
    {
        var model = Extract(text);
        Assert.Contains(model.Entities, e => e.Name == force);
        Assert.DoesNotContain(model.Entities, e => e.Name is "Air Force" or "Army" or "United States Air Force");
    }

    [Fact]
    public void The_bare_word_of_a_force_the_article_names_in_full_is_that_force()
    {
        var model = Extract("Area 9 is a site within the United States Air Force's Velden Range. The Air Force issued warnings against entering it.");
        Assert.Contains(model.Entities, e => e.Name == "United States Air Force");
        Assert.DoesNotContain(model.Entities, e => e.Name == "Air Force");
    }
}
