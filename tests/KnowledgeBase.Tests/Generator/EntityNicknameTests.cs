using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A nickname in quotation marks inside a person's name ("Thomas "Tommy" Reyes") leaves one person, named without it, with
/// the nickname as a form; invented names.
/// </summary>
public sealed class EntityNicknameTests
{
    private const KnowledgeBase.Generators.EntityKind KindPerson = KnowledgeBase.Generators.EntityKind.Person;

    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Fact]
    public void A_quoted_nickname_inside_a_name_is_a_form_of_one_person_and_names_them_alone_later()
    {
        var model = Extract("Thomas \"Tommy\" Reyes, the mayor of Velden, received the award on Friday. Reyes thanked his family. "
            + "\"We will celebrate all week,\" Tommy said on Saturday.");
        var person = Assert.Single(model.Entities, e => e.Kind == KindPerson);
        Assert.Equal("Thomas Reyes", person.Name);
        Assert.Contains("Tommy", person.Forms);
        Assert.Contains("Reyes", person.Forms);
        Assert.Contains(model.Quotes, q => q.Speaker == "Thomas Reyes");
    }

    [Fact]
    public void A_nickname_that_spells_a_country_names_no_country()
    {
        var model = Extract("Police said the boxer Marek \"Chile\" Dostal was arrested on Monday. Dostal had fought twice this year.");
        var person = Assert.Single(model.Entities, e => e.Kind == KindPerson);
        Assert.Equal("Marek Dostal", person.Name);
        Assert.Contains("Chile", person.Forms);
        Assert.DoesNotContain(model.Entities, e => e.Name == "Chile" && e.Kind != KindPerson);
    }

    [Fact]
    public void A_title_before_the_nicknamed_name_makes_it_a_person_and_its_surname_form_follows()
    {
        var model = Extract("Sergeant Ivaro \"Ivo\" Rask was shot at the station on Friday. Rask later died in hospital.");
        var person = Assert.Single(model.Entities, e => e.Kind == KindPerson);
        Assert.Equal("Ivaro Rask", person.Name);
        Assert.Contains("Sergeant Ivaro Rask", person.Forms);
    }
}
