using System.Linq;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>Names whose words come in another order than the usual one: office names turned round, towns with persons' words, Korean names.</summary>
public sealed class EntityNameOrderTests
{
    private const int KindOrganization = 2;

    public static TheoryData<int> OfficeNameRows() => new(Enumerable.Range(0, EntityRecognizer.OfficeNameRows.Length));

    [Theory]
    [MemberData(nameof(OfficeNameRows))]
    public void An_office_named_in_both_orders_is_one_organization(int row)
    {
        var rule = EntityRecognizer.OfficeNameRows[row];
        var entity = Assert.Single(RuleArticle.Extract(rule.Example).Entities, e => e.Kind == KindOrganization);
        Assert.Equal(rule.Name, entity.Name);
        Assert.Contains(rule.Form, entity.Forms);
    }
}
