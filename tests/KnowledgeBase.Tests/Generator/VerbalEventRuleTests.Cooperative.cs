using System.Linq;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

// Cooperative and verbal acts (CAMEO 02–09) told in constructions of their own: asking someone for something, sharing
// intelligence, receiving a visitor named with a title, probing, and event nouns at the end of a compound ("peace talks").
// Each with the look-alike that is no such act. Invented sentences.
public sealed partial class VerbalEventRuleTests
{
    [Fact]
    public void Asking_someone_for_something_is_an_appeal_and_asking_for_comment_is_none()
    {
        var appeal = Assert.Single(Extract("Canada asked Norway for more ferries on Friday.").Events, e => Root(e, "02"));
        Assert.Equal(new[] { "Canada", "Norway" }, appeal.Participants.ToArray());
        foreach (var none in new[]
        {
            "The Velden Herald asked Tomas Vell for comment on Monday.",
            "Senator Ana Ruiz asked Tomas Vell for his views on the budget.",
            "Senator Ana Ruiz was asked for her papers at the border.",
        })
            Assert.DoesNotContain(Extract(none).Events, e => Root(e, "02"));
    }

    [Fact]
    public void Probing_a_party_is_an_investigation_and_probing_someone_about_their_past_is_none()
    {
        Assert.Single(Extract("The Norvale Senate probed Ostrel Shipping over the missing funds in 2018.").Events, e => Root(e, "09"));
        foreach (var none in new[] { "Fans probed Tomas Vell about his early films.", "The Norvale Senate never probed Ostrel Shipping over the missing funds." })
            Assert.DoesNotContain(Extract(none).Events, e => Root(e, "02"));
    }

    [Fact]
    public void Intelligence_shared_with_a_party_is_shared_information_and_data_shared_with_the_public_is_none()
    {
        var shared = Assert.Single(Extract("Norway shared intelligence with Sweden on Monday.").Events, e => Root(e, "06"));
        Assert.Equal(new[] { "Norway", "Sweden" }, shared.Participants.ToArray());
        Assert.DoesNotContain(Extract("Canada shared the data with the public on Monday.").Events, e => Root(e, "06"));
    }

    [Fact]
    public void A_visitor_received_may_be_named_with_a_demonym_and_a_title_and_threats_received_are_no_visit()
    {
        var hosted = Assert.Single(Extract("Mayor Ana Ruiz received Norwegian Prime Minister Tomas Vell in Velden on Monday.").Events, e => Root(e, "04"));
        Assert.Equal(new[] { "Ana Ruiz", "Tomas Vell" }, hosted.Participants.ToArray());
        Assert.DoesNotContain(Extract("Mayor Ana Ruiz received threats from Tomas Vell on Monday.").Events, e => Root(e, "04"));
    }

    [Theory]
    [InlineData("Canada and Norway held peace talks in Velden on Monday.", "04")]
    [InlineData("Tomas Vell arrived in Velden for a state visit on Monday.", "04")]
    [InlineData("Canada and Norway reached a ceasefire deal on Monday.", "05")]
    public void An_event_noun_that_ends_a_compound_in_an_object_is_an_event(string sentence, string root) =>
        Assert.Contains(Extract(sentence).Events, e => Root(e, root));

    [Theory]
    [InlineData("Ghana agreed to ship weapons to Togo on Monday.", "0332", "Ghana", "Togo")]
    [InlineData("Kenya vowed to deliver medicine to Uganda on Friday.", "033", "Kenya", "Uganda")]
    public void Aid_an_actor_agrees_or_vows_to_send_is_an_intent_to_give_it_and_not_aid_given(string sentence, string code, string actor, string recipient)
    {
        var events = Extract(sentence).Events;
        var intent = Assert.Single(events, e => e.Cameo == code);
        Assert.Equal(new[] { actor, recipient }, intent.Participants.ToArray());
        Assert.DoesNotContain(events, e => Root(e, "07"));
    }

    [Fact]
    public void Agreeing_on_a_weekday_dates_the_intent_and_agrees_on_no_terms()
    {
        var events = Extract("Brazil agreed on Thursday to reopen talks with Paraguay.").Events;
        Assert.Contains(events, e => e.Cameo == "036");
        Assert.DoesNotContain(events, e => e.Cameo == "057");
    }
}
