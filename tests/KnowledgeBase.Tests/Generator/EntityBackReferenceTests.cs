using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A head word alone after "the" ("the Commission", "the House") names again the one organization of the article whose name
/// it heads (invented names and sentences).
/// </summary>
public sealed class EntityBackReferenceTests
{
    [Theory]
    [InlineData("The Velden Commission on Fisheries met on Monday. Later the Commission cut the quotas.", "Velden Commission on Fisheries", "Commission")]
    [InlineData("The Ostrel Department of Roads closed the bridge. The Department said repairs would take a week.", "Ostrel Department of Roads", "Department")]
    [InlineData("The Velden House of Delegates passed the bill. Members of the House left on Monday.", "Velden House of Delegates", "House")]
    [InlineData("The Ostrel Liberation Front took the port. The Front said its fighters would stay.", "Ostrel Liberation Front", "Front")]
    [InlineData("The Velden Farmers Party met on Friday. Later the Party chose a new leader.", "Velden Farmers Party", "Party")]
    [InlineData("The Ostrel Dockers Union called a strike. The Union said the talks had failed.", "Ostrel Dockers Union", "Union")]
    [InlineData("The Velden Green Alliance joined the coalition. The Alliance holds nine seats.", "Velden Green Alliance", "Alliance")]
    public void A_head_word_after_the_names_again_the_one_organization_it_heads(string text, string name, string headWord)
    {
        var named = Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name);
        Assert.Contains(headWord, named.Forms.ToArray());
    }

    [Theory]
    [InlineData("The Ostrel Governing Board met on Monday. The Ostrel Board said the vote was close. Later the Board approved the plan.", "Ostrel Governing Board", "Board")]
    [InlineData("Members of the Velden Harbour Commission met on Monday. The Harbour Commission said the quays were full. The Commission will meet again in May.", "Velden Harbour Commission", "Commission")]
    [InlineData("Protesters gathered outside the Norland Embassy in Velden on Monday. Police said the Norland Embassy had shut its gates. The Embassy asked visitors to stay away.", "Norland Embassy in Velden", "Embassy")]
    public void One_bodys_long_and_short_names_leave_the_head_word_to_the_long_name(string text, string name, string headWord)
    {
        var named = Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name);
        Assert.Contains(headWord, named.Forms.ToArray());
    }

    [Theory]
    [InlineData("The Velden Kestrel Society published a survey on Monday. Society President Mira Holt said the results were worrying.", "Velden Kestrel Society", "Society")]
    [InlineData("The Ostrel Harbour Council met on Monday. Council Chairman Tomas Vell said the quays were full.", "Ostrel Harbour Council", "Council")]
    [InlineData("Ministers of the Velden Trade Council met in Tarsk. Council spokesperson Ana Ruiz said no deal was near.", "Velden Trade Council", "Council")]
    public void A_head_word_opening_a_sentence_before_a_title_and_a_name_names_the_one_body_it_heads(string text, string name, string headWord)
    {
        var named = Assert.Single(RuleArticle.Extract(text).Entities, e => e.Name == name);
        Assert.Contains(headWord, named.Forms.ToArray());
    }

    [Fact]
    public void A_head_word_before_a_title_with_two_bodies_of_that_word_names_no_one()
    {
        var text = "The Velden Kestrel Society and the Ostrel Heron Society met on Monday. Society President Mira Holt said the survey was late.";
        Assert.DoesNotContain(RuleArticle.Extract(text).Entities, e => e.Forms.Contains("Society"));
    }

    [Theory]
    [InlineData("The Velden Supreme Court and the Ostrel Court of Appeals met on Monday. Lawyers said the Court would rule soon.")]
    [InlineData("Mira Holt, the Chair of the Commission, spoke on Monday. The Velden Commission on Fisheries met later.")]
    [InlineData("The Velden Harbour Court and the Ostrel Harbour Court met on Monday. Lawyers said the Court would rule soon.")]
    [InlineData("The Norland Embassy in Velden and the Norland Embassy in Tarsk closed on Monday. The Norland Embassy said the Embassy would reopen soon.")]
    public void Two_organizations_with_the_word_or_a_title_of_the_body_leave_the_head_word_to_no_one(string text)
    {
        Assert.DoesNotContain(RuleArticle.Extract(text).Entities, e => e.Forms.Contains("Court") || e.Forms.Contains("Commission") || e.Forms.Contains("Embassy"));
    }
}
