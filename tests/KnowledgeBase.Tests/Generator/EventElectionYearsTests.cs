using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// An election told once for a list of years after "in" is one election per year, each with the same parties
/// (DistributedOccurrences.PerYear); a year after a verb or another person, or in a span, is no list. Invented sentences.
/// </summary>
public sealed class EventElectionYearsTests
{
    private static string Years(string paragraphs) =>
        string.Join(" ", RuleArticle.Extract(paragraphs).Events.Where(e => e.Kind is "election" or "primary").Select(e => e.Date / 10000).OrderBy(y => y));

    [Theory]
    [InlineData("Arno Pellig was re-elected twice, in 2009 and 2013.", "2009 2013")]
    [InlineData("Ilse Marvik was elected to the Tarsk assembly in 1994, 1998 and 2002.", "1994 1998 2002")]
    [InlineData("Tomas Brelland ran for the Ostland Senate in 2006 and 2008, and for governor of Tarsk in 2018.", "2006 2008 2018")]
    public void Each_listed_year_is_an_election(string sentence, string years) =>
        Assert.Equal(years, Years(sentence));

    [Theory]
    [InlineData("Lena Korrin was elected to the Brenn council in 2001 and served until 2009.", "2001")]
    [InlineData("Pavel Orskov sat in the Tarsk assembly between 2004 and 2008 after he was elected in 2003.", "2003")]
    [InlineData("The Velden Party nominated Emil Horvath for president in 1972 and Rosa Quint in 2012.", "1972")]
    public void A_year_after_a_verb_a_person_or_in_a_span_is_no_list(string sentence, string years) =>
        Assert.Equal(years, Years(sentence));
}
