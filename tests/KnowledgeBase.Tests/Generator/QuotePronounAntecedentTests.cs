using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Whom "he" or "she" means: not a person named inside quoted words (in the quotation before the pronoun, or in an earlier
/// sentence's quoted line), nor a later name of a list governed by a preposition ("married to A, B, and C"), nor a person
/// named after a possessive title in a preposition's object ("advisor to Velden's Governor X"), nor a possessor whose partner
/// is named ("X's business partner Y held ..."); a "he" after the same "he" that opened the sentence is that "he" again, not
/// a person named in what the first reported, nor the speaker of a relative clause ("which X opposed as rash"); "his office"
/// after a person who is a subject in the same sentence is that person's. Invented sentences.
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

    [Fact]
    public void He_after_a_possessor_and_the_partner_named_means_the_partner()
    {
        var model = Extract("Karel Dorn's former business partner Tomas Vell held a press conference in Velmstad on Monday. He said the ferry contract had been signed in secret.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Fact]
    public void A_name_after_a_possessive_title_in_a_prepositional_phrase_is_not_whom_he_means()
    {
        var model = Extract("Ivo Lund worked for years as a lawyer in Ostbrück. He now serves as senior advisor to Velden's Governor Emil Sorn. He said the harbour tax would be cut in spring.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Ivo Lund", quote.Speaker);
    }

    [Fact]
    public void A_second_he_in_the_sentence_is_the_first_he_not_the_person_he_reported_on()
    {
        var model = Extract("Deputy Piet Marr resigned from the harbour board on Wednesday. He said Emil Sorn is \"a model of honesty\"; however, \"to end the doubts about our trust in the board, I wrote my letter\", he added.");
        Assert.Equal(2, model.Quotes.Count);
        Assert.All(model.Quotes, q => Assert.Equal("Piet Marr", q.Speaker));
    }

    [Fact]
    public void A_possessor_with_no_name_after_stays_whom_he_means() // a guard: only a named person after the possessive takes over
    {
        var model = Extract("Karel Dorn's speech at the harbour drew a large crowd on Monday. He said the ferry contract had been signed in secret.");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Karel Dorn", quote.Speaker);
    }

    [Theory]
    [InlineData("Cost was a large factor in that according to Hilver. \"The gates were built for a larger fleet,\" he said.")]
    [InlineData("According to Hilver, few ships had used the gates since May. \"The gates were built for a larger fleet,\" he told the press.")]
    [InlineData("According to Hilver, few ships had used the gates since May. He said the gates were built for a larger fleet.")]
    public void He_after_a_person_cited_with_according_to_means_that_person(string paragraph)
    {
        var model = Extract("Engineer Tomas Hilver inspected the gates in May.\n\nHarbour pilot Jonas Brekke told the Velmstad Courier the new lock had been opened too early.\n\n" + paragraph);
        var quote = Assert.Single(model.Quotes, q => q.SpeakerText is "he" or "He");
        Assert.Equal("Tomas Hilver", quote.Speaker);
    }

    [Fact]
    public void The_speaker_of_a_relative_clause_is_not_whom_the_next_he_means()
    {
        var model = Extract("Tomas Vell attacked Jon Brant over the ferry fares. Vell said he closed the river crossing in May, which Brant opposed as rash. He claimed a new bridge was near.");
        var quote = Assert.Single(model.Quotes, q => q.SpeakerText == "He");
        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Theory]
    [InlineData("Jon Brant posted a report about the ferry. Tomas Vell attacked Brant as a rival and his office called for the harbour board to cut the fares.")]
    [InlineData("Jon Brant chairs the ferry board. Brant's rival Tomas Vell opened the dock, and his office said the fares would stay low.")]
    public void His_office_after_a_subject_in_the_same_sentence_is_that_subjects(string paragraph)
    {
        var model = Extract(paragraph);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Tomas Vell", quote.Speaker);
    }
}
