using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Whom "he" or "she" means: not a person named inside quoted words (in the quotation before the pronoun, or in an earlier
/// sentence's quoted line), nor a later name of a list governed by a preposition ("married to A, B, and C").
/// Invented sentences.
/// </summary>
public sealed class QuotePronounAntecedentTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    [Fact]
    public void He_after_a_quotation_is_not_a_person_named_inside_it()
    {
        var model = Extract("Wout Brenner opened the new lock at Velmstad in May. \"Tomas Hilver and I argued about the gates for years,\" he said.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Wout Brenner", quote.Speaker);
    }

    [Fact]
    public void A_name_inside_an_earlier_quoted_line_is_not_whom_he_means()
    {
        var model = Extract("Dirk Vantrelle drew the maps for the new harbour guide. Its last chapter opens with the line \"Joris Kemmer never came home that winter.\" He said the guide would be reprinted in June.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Dirk Vantrelle", quote.Speaker);
    }

    [Fact]
    public void A_later_name_in_a_list_after_a_preposition_is_not_whom_he_means()
    {
        var model = Extract("Dirk Vantrelle worked at the ferry yard for years. He shared a flat with Jonas Brekke, Lars Tveit and Odd Moland. He said the yard had given him a trade.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Dirk Vantrelle", quote.Speaker);
    }

    [Fact]
    public void The_subject_after_a_fronted_phrase_is_whom_he_means() // a guard: no list, the name after the comma is the subject
    {
        var model = Extract("Ana Ruiz chaired the ferry board. After the vote, Tomas Vell opened the new ticket office. He said the fares would stay low.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Tomas Vell", quote.Speaker);
    }
}
