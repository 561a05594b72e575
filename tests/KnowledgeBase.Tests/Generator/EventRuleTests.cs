using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Event rules one invented sentence at a time: every trigger row's example, and the rules for roles, modality and dates.
/// </summary>
public sealed class EventRuleTests
{
    // Sunday, July 28, 2019
    private static ArticleModel Extract(string paragraphs, string file = "a.txt") => RuleArticle.Extract(paragraphs, file);

    private static string Root(string cameo) => cameo == "000" ? cameo : cameo.Substring(0, 2);

    // Keyed by the row's first word form: each form is in one row only (LexiconIntegrityTests holds the files to it).
    public static IEnumerable<object[]> Rows() =>
        TriggerRowLexicon.Instance.Rows.Where(r => r.Example.Length > 0).Select(r => new object[] { r.Pos == PartOfSpeech.Noun ? "noun" : "verb", r.Words[0] });

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_trigger_row_codes_its_example_sentence(string pos, string word)
    {
        var row = TriggerRowLexicon.Instance.Rows.Single(r => r.Words[0] == word);
        Assert.Equal(pos == "noun" ? PartOfSpeech.Noun : PartOfSpeech.Verb, row.Pos);
        AssertCodesItsExample(row);
    }

    // One event of the row's code root and kind, with exactly the participants the row lists.
    private static void AssertCodesItsExample(TriggerRow row)
    {
        var events = Extract(row.Example).Events;
        var found = events.Where(e => Root(e.Cameo) == Root(row.Cameo) && e.Kind == row.Kind).ToList();
        Assert.True(found.Count == 1, "'" + row.Example + "' codes " + string.Join("; ", events.Select(Describe)));
        Assert.Equal(row.Participants, found[0].Participants.ToArray());
    }

    [Fact]
    public void A_trigger_row_without_an_example_says_why()
    {
        Assert.All(TriggerRowLexicon.Instance.Rows.Where(r => r.Example.Length == 0), r => Assert.NotEmpty(r.Why));
    }

    // Keyed by the row's place in event-phrases.tsv (a word may start several rows), shown with its phrase.
    public static IEnumerable<object[]> PhraseRows() =>
        PhraseRowLexicon.Instance.Rows.Select((r, i) => new object[] { i, r.Text });

    [Theory]
    [MemberData(nameof(PhraseRows))]
    public void Each_phrase_row_codes_its_example_sentence(int index, string phrase)
    {
        var row = PhraseRowLexicon.Instance.Rows[index];
        Assert.Equal(phrase, row.Text);
        Assert.True(HasPhrase(row), "'" + row.Trigger.Example + "' has no '" + row.Text + "'");
        AssertCodesItsExample(row.Trigger);
    }

    // The example says the row's phrase (its words before and after included), so that this row can code it.
    private static bool HasPhrase(PhraseRow row)
    {
        var tokens = Tokenizer.Tokenize(row.Trigger.Example, 0, row.Trigger.Example.Length);
        return Enumerable.Range(0, tokens.Count).Any(t => row.Words.Any(w => tokens[t].Is(w))
            && row.Then.Match(tokens, t + 1, +1) != PhrasePattern.NoMatch && row.Before.Match(tokens, t - 1, -1) != PhrasePattern.NoMatch);
    }

    private static string Describe(EventModel e) => e.Cameo + " " + e.Kind + " [" + string.Join("|", e.Participants) + "]";

    [Fact]
    public void A_weekday_follows_the_tense_of_its_own_trigger_not_a_will_elsewhere_in_the_sentence()
    {
        var model = Extract("Governor Ana Ruiz resigned on Tuesday, and her deputy Tomas Vell will lead the province.");
        var resignation = Assert.Single(model.Events, e => e.Cameo == "0831");
        Assert.Equal(20190723, resignation.Date); // the Tuesday before the Sunday dateline, not the one after
    }

    [Fact]
    public void An_event_that_happened_is_never_dated_after_its_article()
    {
        var model = Extract("Police arrested Marta Lind, who will appear in court next Wednesday.");
        var arrest = Assert.Single(model.Events, e => e.Cameo == "173");
        Assert.Equal(1, arrest.Status); // occurred
        Assert.Equal(0, arrest.Date);
    }

    [Fact]
    public void Attacking_a_decision_in_words_is_criticism_not_force()
    {
        var model = Extract("Senator Ana Ruiz attacked the decision of Freedonia on Monday.");
        Assert.Single(model.Events, e => e.Cameo == "111");
        Assert.DoesNotContain(model.Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_killing_from_the_air_is_an_aerial_strike()
    {
        var model = Extract("Freedonia killed militia leader Tomas Vell in an airstrike on Monday.");
        var strike = Assert.Single(model.Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
        Assert.Equal("195", strike.Cameo);
    }

    [Theory]
    [InlineData("Norway freed a Chilean citizen on Monday.", "Norway")]
    [InlineData("Canada released a dual national held for two years on Tuesday.", "Canada")]
    public void One_of_a_countrys_people_freed_abroad_is_a_release(string text, string state)
    {
        var release = Assert.Single(Extract(text).Events, e => e.Cameo == "0841");
        Assert.Equal(new[] { state }, release.Participants.ToArray());
    }

    [Fact]
    public void Honours_and_the_buildings_one_goes_to_take_no_part_in_an_event()
    {
        var model = Extract("Her awards included a trip to the Grand Palace to receive the Golden Lark Medal of Freedonia.");
        Assert.DoesNotContain(model.Events, e => e.Cameo == "042");
    }

    [Fact]
    public void Whom_a_quoted_statement_names_takes_no_part_in_the_narrators_event()
    {
        var model = Extract("Freedonia released a statement which said, \"Ruritania must withdraw its troops\".");
        Assert.All(model.Events, e => Assert.DoesNotContain("Ruritania", e.Participants));
    }

    [Fact]
    public void A_statement_takes_the_date_before_its_cue_not_the_dates_it_reports()
    {
        var model = Extract("On Tuesday, Governor Ana Ruiz announced she had dismissed her deputy Tomas Vell on Monday night.");
        var statement = Assert.Single(model.Events, e => e.Cameo == "010");
        Assert.Equal(20190723, statement.Date);
    }

    [Fact]
    public void A_country_whose_name_ends_in_states_is_a_subject_not_a_speech_verb()
    {
        var model = Extract("United States forces killed militia leader Tomas Vell in an airstrike.");
        var strike = Assert.Single(model.Events, e => e.Cameo == "195");
        Assert.Equal(new[] { "United States", "Tomas Vell" }, strike.Participants.ToArray());
    }

    [Fact]
    public void A_place_in_apposition_to_a_place_is_where_not_who()
    {
        var model = Extract("A fire near Toronto, Canada, resulted in the death of Jan Kowal.");
        Assert.All(model.Events, e => Assert.DoesNotContain("Canada", e.Participants));
    }

    [Fact]
    public void Signing_an_order_or_a_bill_is_legislation_and_signing_off_is_nothing()
    {
        var model = Extract("Governor Ana Ruiz signed an executive order on Saturday. The station of Quarkmart signed off that night.");
        var law = Assert.Single(model.Events, e => e.Kind == "legislation");
        Assert.Equal(new[] { "Ana Ruiz" }, law.Participants.ToArray());
        Assert.DoesNotContain(model.Events, e => e.Cameo == "057");
    }

    [Fact]
    public void A_noun_trigger_after_a_negated_verb_is_no_event()
    {
        var model = Extract("Governor Ana Ruiz did not accept the demands of Tomas Vell.");
        Assert.DoesNotContain(model.Events, e => e.Cameo == "100");
    }

    [Fact]
    public void An_occurrence_is_of_the_person_named_after_of_past_titles_and_demonyms()
    {
        var model = Extract("During the funeral of Canadian general Tomas Vell on Tuesday, a crowd gathered.");
        var funeral = Assert.Single(model.Events, e => e.Kind == "funeral");
        Assert.Equal(new[] { "Tomas Vell" }, funeral.Participants.ToArray());
        Assert.Equal(20190723, funeral.Date);
    }

    [Fact]
    public void The_victim_of_a_passive_killing_is_the_target_and_the_by_agent_the_source()
    {
        var model = Extract("Tomas Vell was killed by Canadian troops on Monday.");
        var attack = Assert.Single(model.Events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Canada", "Tomas Vell" }, attack.Participants.ToArray());
    }

    [Fact]
    public void They_heading_a_reported_clause_is_the_organization_reporting_and_a_pluperfect_act_is_not_dated_by_the_report()
    {
        var model = Extract("Yesterday, the Norvale Police Department said they had arrested Jan Kowal.");
        var arrest = Assert.Single(model.Events, e => e.Cameo == "173");
        Assert.Equal(new[] { "Norvale Police Department", "Jan Kowal" }, arrest.Participants.ToArray());
        Assert.Equal(0, arrest.Date); // the arrest came before the day it was told
    }

    [Theory]
    [InlineData("Canada sanctioned Norway over alleged smuggling plots.")]
    [InlineData("Tomas Vell has alleged links to the Rebel Front.")]
    public void A_participle_modifying_a_noun_is_no_act(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "accusation");
    }

    // "was later accused of" is an accusation; a negation between is none.
    [Theory]
    [InlineData("Norway was never accused of spying.")]
    [InlineData("Tomas Vell was not accused of fraud on Monday.")]
    public void A_negated_passive_accusation_is_no_act(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == "accusation");
    }

    [Fact]
    public void Animals_killed_are_property_destroyed_not_violence_against_people()
    {
        var model = Extract("Canada ordered the killing of 40,000 chickens at a farm near Velden on Friday.");
        Assert.Single(model.Events, e => e.Cameo == "1712");
        Assert.DoesNotContain(model.Events, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_demand_owned_by_an_unnamed_group_is_not_the_clause_subjects()
    {
        var model = Extract("Mayor Ana Ruiz read out the strikers' demands for higher pay.");
        Assert.DoesNotContain(model.Events, e => e.Kind == "demand");
    }

    [Theory]
    [InlineData("Canada sanctioned Norway over assassination plots against dissidents in Sweden.")]
    [InlineData("Police in Velden found bombing plans in the apartment of Karel Brandt.")]
    public void An_act_plotted_or_planned_has_not_happened(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The bones were found at a site called Velden Hill in 2018.")]
    [InlineData("The samples were analysed using a technology called Ostrel Spectrometry.")]
    [InlineData("The talks were held at the Velden Institute, also called Ostrel House, on Monday.")]
    [InlineData("Mira Holt rode to work on a small electric scooter fitted with two batteries, called Zoomix Pro.")]
    [InlineData("The farm was sold in 1990 to a nephew of the Governor of Ostrel called Karel Brandt.")]
    public void Called_after_the_noun_it_names_is_no_telephone_call(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo == "041");
    }

    [Theory]
    [InlineData("The minister called Tomas Vell on Friday.")]
    [InlineData("President Ana Ruiz also called Karel Brandt on Monday.")]
    [InlineData("Mira Holt called Karel Brandt on Monday.")]
    [InlineData("Mira Holt, the foreign minister, called Karel Brandt on Monday.")]
    [InlineData("The Mayor of Velden called Karel Brandt on Monday.")]
    public void A_subject_that_called_someone_telephoned(string sentence)
    {
        Assert.Contains(Extract(sentence).Events, e => e.Cameo == "041");
    }

    [Theory]
    [InlineData("Will Tomas Vell visit Norvale next week?")]
    [InlineData("Did the Norvale Front attack the Velden garrison on Monday?")]
    public void A_question_tells_no_event(string sentence)
    {
        Assert.Empty(Extract(sentence).Events);
    }

    [Theory]
    [InlineData("Velden police thwarted a bombing of the Norvale embassy by the Ostrel Front.")]
    [InlineData("The Velden army prevented an attack on Norvale by the Ostrel Front.")]
    [InlineData("The court blocked the sale of Ostrel Media to Velden Holdings.")]
    public void An_act_kept_from_happening_is_no_event(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal) || e.Cameo.StartsWith("19", System.StringComparison.Ordinal) || e.Cameo == "087" || e.Kind == "sale");
    }

    [Fact]
    public void An_offensive_ended_is_a_de_escalation()
    {
        Assert.Contains(Extract("The Norvale Front ended its offensive on Friday.").Events, e => e.Cameo == "087");
    }

    [Fact]
    public void A_politicians_rally_is_campaigning_and_a_unions_rally_is_a_protest()
    {
        Assert.DoesNotContain(Extract("Senator Ana Ruiz held a rally in Velden on Monday.").Events, e => e.Cameo.StartsWith("14", System.StringComparison.Ordinal));
        Assert.Contains(Extract("The Velden Farmers Union held a rally against the new tax in Norvale on Friday.").Events, e => e.Cameo.StartsWith("14", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ana Ruiz attacked Karel Brandt for his remarks on Monday.")]
    [InlineData("Tomas Vell took a veiled shot at Ana Ruiz on Friday.")]
    [InlineData("Karel Brandt railed against the Velden Farmers Union on Tuesday.")]
    [InlineData("Karel Brandt attacked the government's decision on Monday.")] // a decision or words are attacked in words
    [InlineData("Tomas Vell attacked his rival's remarks on Friday.")]
    [InlineData("Ana Ruiz hammered Karel Brandt for his remarks on Monday.")] // a verb of force news also uses for words
    [InlineData("Tomas Vell assailed the budget plan on Friday.")]
    [InlineData("Karel Brandt attacked the Norvale summit as the \"worst in years\" on Tuesday.")] // a quoted description
    [InlineData("Mira Holt attacked Tomas Vell during the televised debates on Monday.")] // an occasion of words
    [InlineData("Ana Ruiz attacked Karel Brandt in a radio interview on Friday.")]
    [InlineData("Tomas Vell attacked the \"party culture\" of the council on Tuesday.")] // a notion quoted in lower case
    public void Words_aimed_at_someone_are_criticism_not_force(string sentence)
    {
        var events = Extract(sentence).Events;
        Assert.Contains(events, e => e.Cameo == "111");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("19", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A storm hammered the coast of Norvale on Monday.")]
    [InlineData("Miners blasted the hillside near Velden on Monday.")]
    [InlineData("Police blasted Karel Brandt with a water cannon on Monday.")]
    [InlineData("A man attacked Karel Brandt during a live interview in Velden on Monday.")] // an unnamed attacker at an occasion of words
    [InlineData("Tomas Vell attacked Karel Brandt during a concert in Velden on Monday.")] // no occasion of words
    public void Force_on_a_place_or_a_thing_is_no_criticism(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo == "111");
    }

    [Fact]
    public void Agreeing_that_something_is_so_is_no_agreement()
    {
        Assert.Empty(Extract("Ana Ruiz and Karel Brandt agreed that the dam was unsafe.").Events);
    }

    [Theory]
    [InlineData("Karel Brandt released a book about the war on Monday.")]
    [InlineData("Ana Ruiz was released from the hospital on Friday.")]
    [InlineData("The Velden Museum released a study about Norvale frogs on Monday.")]
    public void A_release_that_frees_nobody_is_no_release_of_persons(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo == "0841");
    }

    [Theory]
    [InlineData("Tomas Vell was released on bail on Friday.")]
    [InlineData("The Norvale Front freed Ana Ruiz on Sunday.")]
    [InlineData("Karel Brandt was arrested a week after being released from prison in Velden.")]
    public void A_release_of_people_is_one(string sentence)
    {
        Assert.Contains(Extract(sentence).Events, e => e.Cameo == "0841");
    }

    [Fact]
    public void A_name_before_a_role_noun_and_a_persons_name_is_no_party()
    {
        var killing = Assert.Single(Extract("Gunmen killed Velden TV photographer Ana Ruiz in Norvale on Monday.").Events, e => e.Cameo.StartsWith("18", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Ana Ruiz" }, killing.Participants.ToArray());
    }

    [Fact]
    public void Subjects_listed_with_a_serial_comma_all_act()
    {
        var lawsuit = Assert.Single(Extract("Ana Ruiz, Tomas Vell, and Karel Brandt sued the Norvale Port Authority on Friday.").Events, e => e.Cameo == "115");
        Assert.Equal(new[] { "Ana Ruiz", "Tomas Vell", "Karel Brandt", "Norvale Port Authority" }, lawsuit.Participants.ToArray());
    }

    [Theory]
    [InlineData("Karel Brandt suggested that voters visit the polling stations in person.", "visit")]
    [InlineData("Mira Holt predicted the Velden Party would win the election in a landslide.", "landslide")]
    [InlineData("The Velden Party denied that it had sued Karel Brandt.", "lawsuit")]
    [InlineData("Karel Brandt denied that he had met Mira Holt in Velden.", "meeting")]
    public void An_act_advised_forecast_or_denied_is_no_event(string sentence, string kind)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == kind);
    }

    [Theory]
    [InlineData("Karel Brandt suggested that negotiations would begin between Canada and Chile.", "046")]
    [InlineData("Karel Brandt met Mira Holt in Velden on Monday.", "04")]
    public void A_plan_suggested_or_an_act_told_stays(string sentence, string root)
    {
        Assert.Contains(Extract(sentence).Events, e => e.Cameo.StartsWith(root, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The wife of Karel Brandt was arrested in Velden on Monday.")]
    [InlineData("Police arrested an aide to Senator Karel Brandt on Monday.")]
    [InlineData("Police arrested an aide to U.S. President Karel Brandt on Monday.")]
    public void Whom_an_unnamed_person_works_for_or_is_kin_to_takes_no_part(string sentence)
    {
        var arrest = Assert.Single(Extract(sentence).Events, e => e.Cameo.StartsWith("17", System.StringComparison.Ordinal));
        Assert.DoesNotContain("Karel Brandt", arrest.Participants);
    }
}
