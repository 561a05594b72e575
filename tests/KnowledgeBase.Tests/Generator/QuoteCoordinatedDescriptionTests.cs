using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// A wholly quoted description ("described the plan as "reckless"", "called the tax "a quiet theft"") given by coordinated
/// subjects is the direct quote of each of them, as a reported clause is. Invented sentences.
/// </summary>
public sealed class QuoteCoordinatedDescriptionTests
{
    private static string[] SpeakersOf(string sentence, string content)
    {
        var model = RuleArticle.Extract(sentence);
        return model.Quotes.Where(q => model.Text.Substring(q.Start, q.Length) == content).Select(q => q.Speaker ?? q.SpeakerText).ToArray();
    }

    [Theory]
    [InlineData("Critics such as Tomas Brill and Lena Kuss described the budget as \"reckless\" and unfunded.", "reckless", "Tomas Brill|Lena Kuss")]
    [InlineData("Ana Vell and Piet Marr called the new harbour tax \"a quiet theft\".", "a quiet theft", "Ana Vell|Piet Marr")]
    public void Each_coordinated_subject_gives_the_quoted_description(string sentence, string content, string speakers) =>
        Assert.Equal(speakers.Split('|').OrderBy(x => x), SpeakersOf(sentence, content).OrderBy(x => x));

    // Only a speaker closing a coordinated subject right before the cue is joined by the other conjuncts.
    [Theory]
    [InlineData("Ana Vell, chair of Arts and Science at Velden College, said \"The dam will hold for another decade at least\".", "The dam will hold for another decade at least", "Science")]
    [InlineData("Karel Dorn was dropped by Velden Radio and Ostrel TV after he referred to the mayor as \"a clown\".", "a clown", "Velden Radio")]
    public void Words_beside_the_speaker_that_are_no_conjunct_of_it_do_not_speak(string sentence, string content, string notSpeaker) =>
        Assert.DoesNotContain(SpeakersOf(sentence, content), found => found.Contains(notSpeaker));

    // A passive's subject is what is described, not who describes it.
    [Fact]
    public void The_subject_of_a_passive_description_does_not_speak() =>
        Assert.Equal(new[] { "Ida Sorn" }, SpeakersOf("Karel Dorn and Emil Darr were described by Ida Sorn as \"reckless\".", "reckless"));
}
