using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A headline telling a news medium's own interview of someone named ("Wikinews interviews Ostrel Party candidate Ana Ruiz")
/// is an interview event (CAMEO 040) of the outlet and the person, which the body may tell only by questions and answers
/// (HeadlineInterviews). Invented sentences and names.
/// </summary>
public sealed class EventHeadlineInterviewTests
{
    private const string Body = "Tomas Vell has sat on the Orlen council since 2015. He is standing for mayor of Orlen next month.";

    [Theory]
    [InlineData("Wikinews interviews Tomas Vell, Harbour Party candidate for Orlen mayor")]
    [InlineData("Wikinews interviews 2021 Harbour Party mayoral candidate Tomas Vell")]
    [InlineData("Salt marsh birds pick quiet mates: Wikinews interviews ecologist Tomas Vell")]
    public void A_headline_interview_by_an_outlet_is_an_event_of_the_outlet_and_the_person(string headline) =>
        Assert.Contains(RuleArticle.ExtractTitled(headline, Body).Events,
            e => e.Cameo == "040" && e.Kind == "interview" && e.Participants.Contains("Wikinews") && e.Participants.Contains("Tomas Vell"));

    [Fact]
    public void An_interview_told_of_the_outlet_alone_takes_the_person_of_the_headline()
    {
        var events = RuleArticle.ExtractTitled("Wikinews interviews ecologist Tomas Vell",
            "Tomas Vell studies salt marsh birds. Wikinews caught up with the ecologist in a short email interview to learn more.").Events;
        Assert.Single(events, e => e.Cameo == "040");
        Assert.Contains(events, e => e.Cameo == "040" && e.Participants.Contains("Wikinews") && e.Participants.Contains("Tomas Vell"));
    }

    [Theory]
    [InlineData("Game designer Tomas Vell discussed the Orlen Harbour Trust with Wikinews on Monday.")]
    public void What_is_discussed_with_an_outlet_is_no_party_of_the_interview(string sentence)
    {
        var events = RuleArticle.Extract(sentence).Events;
        Assert.Contains(events, e => e.Cameo == "040" && e.Participants.Contains("Wikinews") && e.Participants.Contains("Tomas Vell"));
        Assert.DoesNotContain(events, e => e.Cameo == "040" && e.Participants.Contains("Orlen Harbour Trust"));
    }

    [Theory]
    [InlineData("Tomas Vell interviews Orlen voters about the harbour")]
    [InlineData("Orlen council interviews Tomas Vell for harbour post")]
    public void A_headline_interview_by_no_outlet_is_none(string headline) =>
        Assert.DoesNotContain(RuleArticle.ExtractTitled(headline, Body).Events, e => e.Cameo == "040");
}
