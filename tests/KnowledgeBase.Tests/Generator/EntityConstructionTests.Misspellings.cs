using System.Linq;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

public sealed partial class EntityConstructionTests
{
    [Fact]
    public void A_name_misspelled_once_is_the_entity_the_article_spells_right()
    {
        var model = Extract("The climber Tamsin Verhoeven reached the summit of Mount Kelvar on Sunday. Verhoeven said the wind was fierce. "
            + "Her coach praised Tamsin Verhooven for her patience.");
        var climber = Assert.Single(model.Entities, e => e.Name.StartsWith("Tamsin", System.StringComparison.Ordinal));
        Assert.Equal(("Tamsin Verhoeven", KindPerson), (climber.Name, climber.Kind));
        Assert.Contains("Tamsin Verhooven", climber.Forms);
    }

    [Fact]
    public void A_place_misspelled_once_joins_the_place_and_like_names_of_two_people_stay_apart()
    {
        var model = Extract("Floods hit the town of Ostrelburg on Monday. Rescuers in Ostrelburg searched the river banks. "
            + "The mayor of Ostrelbrug asked the army for help. Brothers Jon Varga and Jan Varga, both farmers, lost their barns.");
        var town = Assert.Single(model.Entities, e => e.Name.StartsWith("Ostrel", System.StringComparison.Ordinal));
        Assert.Equal("Ostrelburg", town.Name);
        Assert.Contains(model.Entities, e => e.Name == "Jon Varga");
        Assert.Contains(model.Entities, e => e.Name == "Jan Varga");
    }

    [Fact]
    public void Two_given_names_one_letter_apart_are_two_people()
    {
        var model = Extract("Michael Dorrance and his cousin Michel Dorrance opened a bakery in Velden on Friday. Michael Dorrance said the ovens came from Ostrel.");
        Assert.Contains(model.Entities, e => e.Name == "Michael Dorrance");
        Assert.Contains(model.Entities, e => e.Name == "Michel Dorrance");
    }
}
