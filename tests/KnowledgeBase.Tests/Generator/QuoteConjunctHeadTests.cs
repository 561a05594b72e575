using System.Linq;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>
/// Coordinated speakers whose left conjunct closes with a prepositional phrase: "Ana Vell of Ostland and Piet Marr said"
/// reports the words of both people, not of the place or body the phrase names. Invented sentences.
/// </summary>
public sealed class QuoteConjunctHeadTests
{
    private static string[] SpeakersOf(string sentence, string content)
    {
        var model = RuleArticle.Extract(sentence);
        return model.Quotes.Where(q => model.Text.Substring(q.Start, q.Length) == content).Select(q => q.Speaker ?? q.SpeakerText).ToArray();
    }

    [Theory]
    [InlineData("Presidents Ana Vell of Peru and Piet Marr of Chile announced that the two countries would share the river.", "the two countries would share the river", "Ana Vell|Piet Marr")]
    [InlineData("Judge Karel Dorn of the Velden High Court and prosecutor Ida Sorn said the case would be heard in May.", "the case would be heard in May", "Karel Dorn|Ida Sorn")]
    [InlineData("Jana Pohl from Velden University and Otto Renk from the Ostrel Institute said the river was drying.", "the river was drying", "Jana Pohl|Otto Renk")]
    [InlineData("Oskar Lind of Chile, Greta Holm of Peru and Ivo Marek of Norway said the talks had failed.", "the talks had failed", "Oskar Lind|Greta Holm|Ivo Marek")]
    public void The_person_a_prepositional_phrase_describes_speaks_with_the_other_conjuncts(string sentence, string content, string speakers)
    {
        var found = SpeakersOf(sentence, content);
        Assert.Equal(speakers.Split('|').OrderBy(x => x), found.OrderBy(x => x));
    }

    // The phrase's object is no speaker, also behind "the"; nor is a person who is a preposition's object himself.
    [Theory]
    [InlineData("Mayor Tomas Brill of the Ostland Party and Lena Kuss said the dams would be opened.", "the dams would be opened", "Ostland Party")]
    [InlineData("The daughter of Emil Darr of Ostbrück and Hanna Solm said the family would sue.", "the family would sue", "Emil Darr")]
    public void The_object_of_the_phrase_does_not_speak(string sentence, string content, string notSpeaker) =>
        Assert.DoesNotContain(notSpeaker, SpeakersOf(sentence, content));
}
