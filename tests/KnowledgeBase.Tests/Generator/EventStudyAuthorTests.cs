using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A published study is its authors' (the gold's discovery group): the bodies and person the team behind it is named by
/// after "by" ("by a group of chemists from X", "conducted by X professor Y"), not the journal that prints it
/// (StudyAuthors). Invented sentences and names.
/// </summary>
public sealed class EventStudyAuthorTests
{
    private static ArticleModel Extract(string paragraphs) => RuleArticle.Extract(paragraphs);

    private static bool IsPublication(EventModel e) => e.Kind is "publication" or "discovery";

    [Theory]
    [InlineData("In work published last Tuesday in the Harrow Journal of Zoology by a team of biologists from Tamsvik University, perch were shown to sleep.", "Tamsvik University", null)]
    [InlineData("On Thursday, the journal Orlen Science published new research by a group from Tamsvik University at Harnow (TU) and the Dessel Institute of Technology, saying the reef grows faster in warm water.", "Tamsvik University", "Dessel Institute of Technology")]
    [InlineData("In March, research was published in the journal Harrow Astronomy, conducted by Tamsvik University professor Dr Mira Holt and other researchers, showing that frogs sing at night.", "Tamsvik University", "Mira Holt")]
    public void The_team_that_published_a_study_is_named_by_its_bodies(string sentence, string first, string? second) =>
        Assert.Contains(Extract(sentence).Events, e => IsPublication(e) && e.Participants.Contains(first) && (second is null || e.Participants.Contains(second)) && !e.Participants.Any(p => p.Contains("Harrow") || p.Contains("Orlen")));

    [Fact]
    public void Two_studies_published_by_two_teams_are_two_events()
    {
        var model = Extract("In work published last Tuesday in Ostby University's archive by a team of astronomers from Tamsvik University and a second paper published on Wednesday in Harrow Astronomy by a team from Marn College (MC), ice was confirmed on the moon.");
        Assert.Contains(model.Events, e => IsPublication(e) && e.Participants.SequenceEqual(new[] { "Tamsvik University" }));
        Assert.Contains(model.Events, e => IsPublication(e) && e.Participants.SequenceEqual(new[] { "Marn College" }));
    }

    [Theory]
    [InlineData("Orlen Press published a novel by Piet Valdor on Monday.", "Orlen Press")]
    public void A_publisher_with_no_team_after_by_still_publishes(string sentence, string publisher) =>
        Assert.Contains(Extract(sentence).Events, e => IsPublication(e) && e.Participants.First() == publisher);
}
