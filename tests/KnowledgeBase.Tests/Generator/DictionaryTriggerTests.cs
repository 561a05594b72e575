using System.Linq;
using KnowledgeBase.Generators.Extraction.Events;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Verbs the trigger rows do not know, coded by PETRARCH2's CAMEO verb dictionary: the source is the subject (a passive's
/// by-agent), the target the object or the party a pattern names; the most specific pattern gives the code. Invented
/// sentences; the dateline is Sunday, July 28, 2019.
/// </summary>
public sealed class DictionaryTriggerTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    public static TheoryData<string, string, string> Coded => new()
    {
        // The verb's own code (endorse: 051, pardon: 080, laud: 051).
        { "Senator Karel Brandt endorsed Ana Ruiz for president on Monday.", "051", "Karel Brandt|Ana Ruiz" },
        { "President Ana Ruiz pardoned Tomas Vell on Friday.", "080", "Ana Ruiz|Tomas Vell" },
        { "Ana Ruiz lauded Tomas Vell as a hero.", "051", "Ana Ruiz|Tomas Vell" },
        // A passive's by-agent is the source, its subject the target.
        { "Tomas Vell was pardoned by President Ana Ruiz.", "080", "Ana Ruiz|Tomas Vell" },
        // A pattern over the words after the verb: "grant * pardon" is 081, not grant's own 060.
        { "Ana Ruiz granted Tomas Vell a pardon on Friday.", "081", "Ana Ruiz|Tomas Vell" },
        // An offer declined is rejected from the one whose offer it was.
        { "Ana Ruiz declined Tomas Vell's offer of talks.", "127", "Ana Ruiz|Tomas Vell" },
        // A title and a place before the name: the name right before the verb acts.
        { "Mayor of Velden Karel Brandt endorsed Ana Ruiz.", "051", "Karel Brandt|Ana Ruiz" },
        // The present perfect tells an act done; a relative clause tells its antecedent's act.
        { "Ana Ruiz has endorsed Tomas Vell.", "051", "Ana Ruiz|Tomas Vell" },
        { "Senator Karel Brandt, who endorsed Ana Ruiz, spoke.", "051", "Karel Brandt|Ana Ruiz" },
        // A progressive tells an act being done: present, present perfect and past, an adverb between.
        { "Ana Ruiz is endorsing Tomas Vell.", "051", "Ana Ruiz|Tomas Vell" },
        { "Ana Ruiz has been pardoning Tomas Vell's aides.", "080", "Ana Ruiz|Tomas Vell" },
        { "On Friday, Ana Ruiz was openly endorsing Tomas Vell.", "051", "Ana Ruiz|Tomas Vell" },
        // A verb of many uses codes by a pattern that names what it acts on; the party is then the one it goes to.
        { "Portugal sent aid to Spain on Monday.", "070", "Portugal|Spain" },
        { "Ana Ruiz sent a letter to Tomas Vell on Monday.", "040", "Ana Ruiz|Tomas Vell" },
        { "Tomas Vell took Karel Brandt hostage on Monday.", "181", "Tomas Vell|Karel Brandt" },
    };

    [Theory]
    [MemberData(nameof(Coded))]
    public void A_dictionary_verb_between_two_parties_is_coded_by_the_dictionary(string sentence, string cameo, string participants)
    {
        var found = Assert.Single(Extract(sentence).Events);
        Assert.Equal(cameo, found.Cameo);
        Assert.Equal(participants.Split('|'), found.Participants.ToArray());
    }

    [Theory]
    // Negated, possible (the verb group's modal, a speculative word), or the simple present of what is usual.
    [InlineData("Ana Ruiz did not endorse Tomas Vell.")]
    [InlineData("Ana Ruiz could endorse Tomas Vell.")]
    [InlineData("Ana Ruiz might have endorsed Tomas Vell.")]
    [InlineData("If Ana Ruiz endorsed Tomas Vell, Karel Brandt would resign.")]
    [InlineData("Ana Ruiz would have endorsed Tomas Vell.")]
    [InlineData("Ana Ruiz perhaps endorsed Tomas Vell.")]
    [InlineData("Ana Ruiz endorses Tomas Vell.")]
    // A verb of many uses is not coded from the dictionary: "gave a book" is nothing CAMEO codes, and "lead * to" would
    // make a poll's lead a visit.
    [InlineData("Ana Ruiz gave Tomas Vell a book.")]
    [InlineData("In the survey, Ana Ruiz led Tomas Vell by twelve points to four.")]
    // A particle alone ("reach * out") is an idiom whose sense has moved since the dictionary: no appeal.
    [InlineData("Ana Ruiz reached out to Tomas Vell on Monday.")]
    // "accelerate * (to)" is a journey to a place: "to" of an infinitive is no preposition of the verb.
    [InlineData("Ana Ruiz accelerated Tomas Vell's plan to sell the port.")]
    [InlineData("Ana Ruiz accelerated Tomas Vell's car to 90 kilometres per hour.")]
    // Statements (01) are read from reported speech, not from a dictionary verb ("accentuate": 010).
    [InlineData("Ana Ruiz accentuated Tomas Vell's remarks on Friday.")]
    // A null pattern: "abandon * plan" codes nothing, where "abandoned Tomas Vell" would be 080.
    [InlineData("Ana Ruiz abandoned Tomas Vell's plan on Friday.")]
    // An object "it" is a thing; a party named inside a prepositional object is not the object.
    [InlineData("The Velden Party published a plan. Ana Ruiz endorsed it on Monday, Tomas Vell said.")]
    [InlineData("The Velden Party retreated from its goal of ousting Tomas Vell.")]
    public void No_dictionary_event_without_an_act_done_between_two_parties(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind is "endorse" or "give" or "abandon" or "lead" or "retreat" or "accelerate" or "accentuate" or "reach");

    [Fact]
    public void A_planned_act_is_planned_and_a_weekday_is_resolved_against_the_dateline()
    {
        var planned = Assert.Single(Extract("Ana Ruiz will endorse Tomas Vell on Monday.").Events);
        Assert.Equal(2, planned.Status);
        Assert.Equal(20190729, planned.Date);
        Assert.Equal(20190726, Assert.Single(Extract("President Ana Ruiz pardoned Tomas Vell on Friday.").Events).Date);
    }

    [Fact]
    public void A_verb_the_trigger_rows_know_is_theirs_also_where_they_turn_it_away()
    {
        // A release frees people (the release row, 0841); a product released is turned away there, and the dictionary
        // (release: 084) does not code it instead.
        Assert.Empty(Extract("Norvale Systems released Ostrel Enterprise Server, a commercial product.").Events);
    }

    [Fact]
    public void Patterns_parse_into_steps_before_and_after_the_verb()
    {
        var toParty = ParsedPattern.Parse(new CameoPattern("accelerate", "* (to +)", new[] { "042:043" }));
        Assert.Empty(toParty.Before);
        Assert.Equal(new[] { PatternStepKind.Preposition, PatternStepKind.Target }, toParty.After.Select(s => s.Kind).ToArray());
        Assert.Equal("042", toParty.Code);
        Assert.True(toParty.NamesTarget);

        var grouped = ParsedPattern.Parse(new CameoPattern("accelerate", "&MILITARY * {arms shipment} air_strike", new[] { "072" }));
        Assert.Equal(PatternStepKind.Synset, Assert.Single(grouped.Before).Kind);
        Assert.Equal(new[] { "arms", "shipment" }, grouped.After[0].Words);
        Assert.Equal(new[] { "air", "strike" }, grouped.After[1].Words);
        Assert.Equal(3, grouped.Specificity);

        Assert.Equal("080", ParsedPattern.Parse(new CameoPattern("x", "* attempt", new[] { "080!" })).Code);
        // ":051" codes only the target's act on the source: nothing for the subject's verb.
        Assert.Equal(CameoVerbLexicon.NullCode, ParsedPattern.Parse(new CameoPattern("x", "* prize", new[] { ":051" })).Code);
        // What a pattern names: an object ("aid", a synonym set), or only a particle or preposition ("out", "to").
        Assert.True(ParsedPattern.Parse(new CameoPattern("x", "* aid", new[] { "070" })).NamesItsObject);
        Assert.False(ParsedPattern.Parse(new CameoPattern("x", "* out", new[] { "020" })).NamesItsObject);
    }

    [Fact]
    public void A_verb_of_many_uses_sends_to_the_party_it_goes_to_and_acts_against_none_in_cooperation()
    {
        var sent = Assert.Single(Extract("Portugal sent German weapons to Spain on Monday.").Events);
        Assert.Equal(new[] { "Portugal", "Spain" }, sent.Participants.ToArray());
        Assert.DoesNotContain(Extract("Tomas Vell took part in a march against Karel Brandt on Monday.").Events, e => e.Cameo.StartsWith("03", System.StringComparison.Ordinal));
        Assert.DoesNotContain(Extract("Ana Ruiz won the prize for Portugal on Monday.").Events, e => e.Cameo.StartsWith(':'));
    }
}
