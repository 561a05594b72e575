using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An occasion named again inside a report of it ("after the confirmation of his death") is background to the clause,
/// not a new event of the clause's subject, nor is one told before and named again as a noun's complement ("resistance to the
/// swearing-in of Halden") or as what a verb of praise or blame reacts to ("praised the arrest of Vell"); and paying tribute
/// is praise. Invented sentences.
/// </summary>
public sealed class EventReportedOccasionTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Theory]
    [InlineData("Mira Holt died on Tuesday. Anna Berg cancelled her own concert after the confirmation of her death.", "Anna Berg")]
    [InlineData("Karel Brandt died on Monday. Tomas Vell cancelled his concert after news of his death.", "Tomas Vell")]
    public void A_death_named_in_a_report_of_it_is_no_death_of_the_clauses_subject(string text, string living)
    {
        var model = Extract(text);
        Assert.DoesNotContain(model.Events, e => e.Kind == "death" && e.Participants.Contains(living));
    }

    [Fact]
    public void Paying_tribute_to_someone_is_praise()
    {
        var tribute = Assert.Single(Extract("Mayor Ana Ruiz paid tribute to Tomas Vell in Velden on Monday.").Events);
        Assert.Equal("051", tribute.Cameo);
        Assert.Equal(new[] { "Ana Ruiz", "Tomas Vell" }, tribute.Participants.ToArray());
    }

    [Theory]
    [InlineData("The Velden Justice Ministry opened an inquiry into Norvale Shipping on Monday. Karel Brandt, a spokesman for the Velden Port Authority, called the criminal inquiry a \"witch hunt\".", "090", "Karel Brandt")]
    [InlineData("Ana Ruiz was arrested in Velden on Friday. The Velden Tennis Union released a statement addressing Ruiz's arrest.", "173", "Velden Tennis Union")]
    public void An_occasion_named_again_after_a_determiner_or_a_possessive_is_the_one_told(string text, string cameo, string bystander)
    {
        var model = Extract(text);
        Assert.DoesNotContain(model.Events, e => e.Cameo == cameo && e.Participants.Contains(bystander));
    }

    [Fact]
    public void An_occasion_begun_or_singled_out_after_a_determiner_is_an_event_of_its_own()
    {
        var model = Extract("The Velden Justice Ministry opened an inquiry into the harbour contract on Monday. Norvale Shipping began its own inquiry, hiring the law firm Brandt Vell.");
        Assert.Equal(2, model.Events.Count(e => e.Cameo == "090"));
    }

    [Fact]
    public void An_occasion_given_or_offered_after_a_possessive_is_an_event_of_its_own()
    {
        var model = Extract("Ana Ruiz sent her condolences to the family of Tomas Vell on Monday. The mayor of Velden, Karel Brandt, gave his condolences in a letter.");
        Assert.Contains(model.Events, e => e.Cameo == "018" && e.Participants.Contains("Karel Brandt"));
    }

    [Theory]
    [InlineData("Mira Halden was sworn in as deputy governor of Velden on Tuesday. Councillor Karel Brandt voiced resistance to the swearing-in of Halden.", "inauguration", "Karel Brandt")]
    [InlineData("A small plane crashed near Ostrel on Monday. The Velden Aviation Authority opened inquiries into the crash of the plane.", "crash", "Velden Aviation Authority")]
    public void An_occasion_told_before_and_named_again_as_a_nouns_complement_is_the_one_told(string text, string kind, string bystander)
    {
        var model = Extract(text);
        Assert.DoesNotContain(model.Events, e => e.Kind == kind && e.Participants.Contains(bystander));
    }

    [Fact]
    public void An_occasion_named_first_as_a_nouns_complement_is_still_told()
    {
        var model = Extract("Councillor Karel Brandt voiced resistance to the swearing-in of Mira Halden as deputy governor of Velden on Tuesday.");
        Assert.Contains(model.Events, e => e.Kind == "inauguration");
    }

    [Theory]
    [InlineData("Police in Velden arrested Tomas Vell on Friday. Senator Ana Ruiz praised the arrest of Vell in a radio interview.", "173", "Ana Ruiz")]
    [InlineData("The Norvale coast guard freed the Velden sailor Karel Brandt on Monday. The Velden Seafarers Union welcomed the release of Brandt.", "release", "Velden Seafarers Union")]
    [InlineData("The Velden Senate confirmed Mira Halden as justice minister on Tuesday. Councillor Karel Brandt hailed the appointment of Halden.", "appointment", "Karel Brandt")]
    public void An_occasion_told_before_and_reacted_to_is_no_act_of_the_one_reacting(string text, string kindOrCameo, string bystander)
    {
        var model = Extract(text);
        Assert.DoesNotContain(model.Events, e => (e.Cameo == kindOrCameo || e.Kind == kindOrCameo) && e.Participants.Contains(bystander));
    }

    [Fact]
    public void An_occasion_reacted_to_without_being_told_before_is_still_told()
    {
        var model = Extract("Senator Ana Ruiz praised the arrest of Tomas Vell by police in Velden.");
        Assert.Contains(model.Events, e => e.Cameo.StartsWith("17") && e.Participants.Contains("Tomas Vell"));
    }
}
