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
    [InlineData("In findings published on Tuesday in Harrow Zoology, researchers in Norland established that perch sleep at night.\n\n\"We wanted to know why they rest,\" said lead author Professor Mira Holt of Tamsvik University.", "Mira Holt", "Tamsvik University")]
    [InlineData("In findings published on Tuesday in Harrow Zoology, a joint team of biologists say that perch sleep at night.\n\nThe perch were watched for ten years. \"It took patience,\" said study co-author Piet Valdor of Canada's Dessel Institute of Technology.", "Piet Valdor", "Dessel Institute of Technology")]
    [InlineData("In findings published on Tuesday in Harrow Zoology, a joint team of biologists say that perch sleep at night.\n\nDr Mira Holt, the lead author, said the perch were watched for ten years.", "Mira Holt", null)]
    public void A_study_told_without_its_team_is_its_lead_authors(string paragraphs, string author, string? body) =>
        Assert.Contains(Extract(paragraphs).Events, e => IsPublication(e) && e.Participants.First() == author && (body is null || e.Participants.Contains(body)) && !e.Participants.Any(p => p.Contains("Harrow")));

    [Fact]
    public void A_study_told_with_its_team_keeps_it()
    {
        var model = Extract("In findings published on Tuesday in Harrow Zoology, researchers from Tamsvik University reported that perch sleep at night.\n\n\"We wanted to know why,\" said lead author Piet Valdor of the Dessel Institute of Technology.");
        Assert.Contains(model.Events, e => IsPublication(e) && e.Participants.SequenceEqual(new[] { "Tamsvik University" }));
    }

    [Theory]
    [InlineData("Perch sleep in shallow pools, says a study released on Monday by the Dessel Museum of Natural History.", "Dessel Museum of Natural History")]
    [InlineData("Last April a survey conducted by the astronomer Mira Holt and two colleagues reported signs of a young comet near the star Tarvos.", "Mira Holt")]
    [InlineData("The study was conducted by Tamsvik University's Centre for Reef Ecology after the perch numbers rose along the coast.", "Tamsvik University")]
    [InlineData("The research was led by Piet Valdor, a marine biologist at the Dessel Institute of Technology, who said the pools were warm.", "Piet Valdor")]
    public void A_study_conducted_led_or_released_by_someone_is_theirs(string sentence, string author) =>
        Assert.Contains(Extract(sentence).Events, e => IsPublication(e) && e.Participants.First() == author);

    [Fact]
    public void A_study_told_again_as_led_by_someone_is_the_one_told_before()
    {
        var model = Extract("In findings published on Tuesday in Harrow Zoology, researchers from Tamsvik University reported that perch sleep at night.\n\nThe research was led by Piet Valdor, a biologist at Tamsvik University, who said the pools were warm.");
        var studies = model.Events.Where(e => e.Cameo == "000" && IsPublication(e)).ToList();
        Assert.Single(studies);
        Assert.Equal(new[] { "Tamsvik University", "Piet Valdor" }, studies[0].Participants);
    }

    [Theory]
    [InlineData("Marine biologist Mira Holt of Tamsvik University and two colleagues built a new model of how perch sleep in cold pools. The model was published in Harrow Zoology on October 12.", "Mira Holt", "Tamsvik University")]
    [InlineData("Researchers at the Dessel Institute of Technology counted the perch of the northern lakes for ten years. The work was published in Harrow Zoology last week.", "Dessel Institute of Technology", null)]
    public void A_study_told_as_the_model_published_is_the_researchers_named_just_before(string paragraph, string first, string? second) =>
        Assert.Contains(Extract(paragraph).Events, e => IsPublication(e) && e.Participants.First() == first && (second is null || e.Participants.Contains(second)) && !e.Participants.Any(p => p.Contains("Harrow")));

    [Theory]
    [InlineData("A poll conducted by the Harrow Courier showed Mira Holt ahead in the race for mayor.")]
    [InlineData("A report released by the Tamsvik Ministry of Transport on Monday said the bridge was unsafe.")]
    public void A_poll_or_a_report_conducted_or_released_is_no_study(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Cameo == "000" && IsPublication(e)); // a report released stays a statement (010)

    [Theory]
    [InlineData("Orlen Press published a novel by Piet Valdor on Monday.", "Orlen Press")]
    public void A_publisher_with_no_team_after_by_still_publishes(string sentence, string publisher) =>
        Assert.Contains(Extract(sentence).Events, e => IsPublication(e) && e.Participants.First() == publisher);

    // A title's full stop between "by" and the name ("by biologist Dr. Hanna Ek") does not end the search for who made the study.
    [Fact]
    public void A_titled_author_after_by_conducted_the_study() =>
        Assert.Contains(Extract("In April, research conducted by biologist Dr. Hanna Ek and two colleagues concluded that perch hum at night.").Events,
            e => IsPublication(e) && e.Participants.Contains("Hanna Ek"));
}
