using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A role told in the apposition after a person's name ("Mirek Halvan, president of the Norvian Chess Federation") is that
/// person's, so a later speaker named by the role alone ("The federation president said") is that person; and a magazine
/// named "The" and an ocean ("The Atlantic") that reports is the magazine, while "The Atlantic hurricane season" opening a
/// sentence is the ocean. Invented sentences.
/// </summary>
public sealed class QuoteAppositiveRoleTests
{
    private const KnowledgeBase.Generators.EntityKind KindOrganization = KnowledgeBase.Generators.EntityKind.Organization;

    [Theory]
    [InlineData("Mirek Halvan, president of the Norvian Chess Federation, opened the season on Friday. The federation president said the hall would reopen in May.", "Mirek Halvan")]
    [InlineData("Marta Lind, a professor at Ostrel College, studied the ice cores. The Ostrel professor said the layers were thinner than expected.", "Marta Lind")]
    [InlineData("Tomas Brell, the prime minister, toured the flooded port on Saturday. The prime minister said the pier would reopen by June.", "Tomas Brell")]
    [InlineData("Jana Olek, the harbour's new director, inspected the crane. The director said the cable had snapped twice.", "Jana Olek")]
    public void A_role_named_in_an_apposition_after_a_name_finds_that_person_later(string text, string speaker)
    {
        var quote = RuleArticle.Extract(text).Quotes.Last();
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    // The role before a name in a list is that name's, not the first person's.
    [InlineData("Ana Voss, President Tomas Brell and the mayor met on Friday. The president said the bridge would be rebuilt.", "Tomas Brell")]
    public void A_role_before_the_next_name_is_not_the_first_persons(string text, string speaker)
    {
        var quote = RuleArticle.Extract(text).Quotes.Last();
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void An_apposition_with_no_role_gives_none()
    {
        var quote = RuleArticle.Extract("Karel Brandt, who fished off Velden for years, mended the nets. The president said the fleet would stay in port.").Quotes.Last();
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("Next, The Atlantic reported that the senator had skipped the vote on the harbour bill.")]
    [InlineData("According to a long report by The Atlantic, the senator had skipped the vote on the harbour bill.")]
    public void The_Atlantic_that_reports_is_the_magazine(string text)
    {
        var model = RuleArticle.Extract(text);
        Assert.Equal(KindOrganization, Assert.Single(model.Entities, e => e.Name == "The Atlantic").Kind);
        Assert.DoesNotContain(model.Entities, e => e.Name == "Atlantic Ocean");
    }

    [Fact]
    public void The_Atlantic_before_a_noun_opening_a_sentence_is_the_ocean()
    {
        var model = RuleArticle.Extract("The Atlantic hurricane season began a week early off the coast of Velden.");
        Assert.DoesNotContain(model.Entities, e => e.Name == "The Atlantic");
        Assert.Contains(model.Entities, e => e.Name == "Atlantic Ocean");
    }
}
