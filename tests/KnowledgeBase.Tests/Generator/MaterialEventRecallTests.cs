using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Material acts and occurrences told in the common constructions of news English (a death, a funeral, an award, a plea,
/// a killing in an attack), on invented sentences; and the same words where they tell no such event.
/// </summary>
public sealed class MaterialEventRecallTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Karel Brandt avoided a trial in Velden by pleading guilty to fraud on Monday.", "015", "plea", "Karel Brandt")]
    [InlineData("Police apprehended Marta Lind in Velden on Monday.", "173", "arrest", "Marta Lind")]
    [InlineData("The Velden Academy cited her research in awarding Mira Holt the 2014 Velden Prize.", "000", "award", "Mira Holt")]
    [InlineData("Karel Brandt earned the Velden Medal for his work in 2014.", "000", "award", "Karel Brandt")]
    [InlineData("Mira Holt took first prize at the Velden Piano Competition in 2012.", "000", "award", "Mira Holt")]
    [InlineData("A state funeral was held for Karel Brandt in Velden on Friday.", "000", "funeral", "Karel Brandt")]
    [InlineData("In 1971, Karel Brandt co-founded the Velden Workers Party.", "000", "founding", "Karel Brandt")]
    [InlineData("Members of the Velden Farmers Union staged a sit-in in Norvale on Monday.", "140", "protest", "Velden Farmers Union")]
    [InlineData("The Velden High Court rejected the appeal of Karel Brandt on Monday.", "000", "ruling", "Velden High Court")]
    [InlineData("The Supreme Court of Norland sided with Ostrel Shipping on Monday.", "000", "ruling", "Ostrel Shipping")]
    [InlineData("Tomas Vell took office as mayor of Velden in 2015.", "000", "inauguration", "Tomas Vell")]
    public void A_form_or_construction_of_a_known_trigger_codes_its_event(string sentence, string cameo, string kind, string participant)
    {
        var found = Assert.Single(Extract(sentence).Events, e => e.Kind == kind);
        Assert.Equal(cameo, found.Cameo);
        Assert.Contains(participant, found.Participants);
    }

    [Theory]
    [InlineData("Karel Brandt was killed in a shooting in Velden on Monday.", "193")]
    [InlineData("Karel Brandt was killed in a bombing in Velden on Monday.", "183")]
    public void A_killing_in_an_attack_is_coded_as_that_attack(string sentence, string cameo)
    {
        var model = Extract(sentence);
        var act = Assert.Single(model.Events, e => e.Cameo == cameo);
        Assert.Equal(new[] { "Karel Brandt" }, act.Participants.ToArray());
        Assert.DoesNotContain(model.Events, e => e.Cameo == "1823");
    }

    [Theory]
    [InlineData("Karel Brandt was injured in an attack in Velden on Monday.", "190")]
    [InlineData("Karel Brandt was wounded in a shooting in Velden on Monday.", "193")]
    public void An_attack_someone_was_hurt_in_happened_with_the_victim_its_only_party(string sentence, string cameo)
    {
        var act = Assert.Single(Extract(sentence).Events, e => e.Cameo == cameo);
        Assert.Equal(new[] { "Karel Brandt" }, act.Participants.ToArray());
    }

    [Fact]
    public void A_person_described_by_an_appositive_in_a_clause_after_after_is_the_victim()
    {
        var model = Extract("Police arrested a man after Karel Brandt, the mayor of Velden, was stabbed on Monday.");
        var stabbing = Assert.Single(model.Events, e => e.Cameo == "1823");
        Assert.Equal(new[] { "Karel Brandt" }, stabbing.Participants.ToArray());
    }

    [Fact]
    public void Shot_and_killed_is_one_shooting()
    {
        var model = Extract("Karel Brandt was shot and killed by police in Velden on Monday.");
        Assert.Single(model.Events, e => e.Cameo == "193");
        Assert.DoesNotContain(model.Events, e => e.Cameo == "1823");
    }

    [Fact]
    public void A_military_operation_launched_is_the_operation_and_no_launch()
    {
        var model = Extract("The Norvale Army launched a military operation against the Ostrel Front on Monday.");
        Assert.Single(model.Events, e => e.Cameo == "190");
        Assert.DoesNotContain(model.Events, e => e.Kind == "launch");
    }

    [Theory]
    [InlineData("The speech of Karel Brandt was drowned out by boos in Velden on Monday.", "death")]
    [InlineData("Mira Holt succumbed to pressure from Karel Brandt on Monday.", "death")]
    [InlineData("Residents of Velden were found less likely to commit suicide than those of Norvale.", "death")]
    [InlineData("The Norvale Police detonated the package safely in Velden on Monday.", "bombing")]
    [InlineData("Ministers from Norland and Canada gathered in Velden on Monday to discuss trade.", "protest")]
    [InlineData("The researchers demonstrated that the drug works.", "protest")]
    [InlineData("Karel Brandt said the protesters who have demonstrated in Velden since June want a new mayor.", "protest")]
    [InlineData("Karel Brandt walked out of the meeting on Monday.", "strike")]
    [InlineData("Karel Brandt was not granted bail on Monday.", "release")]
    [InlineData("Karel Brandt was crowned king of Norland in 1990.", "award")]
    [InlineData("Karel Brandt ordered a new car from Ostrel Motors on Monday.", "ruling")]
    [InlineData("Karel Brandt quit smoking in 2010.", "resignation")]
    [InlineData("Karel Brandt asked Mira Holt why she quit.", "resignation")]
    [InlineData("Police are investigating the fire at the Ostrel Shipping depot.", "investigation")]
    [InlineData("Police were investigating whether Karel Brandt had left Velden.", "investigation")]
    [InlineData("Karel Brandt assumed that the port would stay open.", "inauguration")]
    [InlineData("The post of mayor was assumed to be vacant.", "inauguration")]
    [InlineData("Analysts expect that Tomas Vell, upon assuming office, will raise taxes.", "inauguration")]
    public void The_words_of_a_death_a_bombing_or_a_protest_that_tell_none_code_nothing(string sentence, string kind)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Kind == kind);
    }
}
