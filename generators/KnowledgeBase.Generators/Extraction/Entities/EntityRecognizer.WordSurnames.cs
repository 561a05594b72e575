using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// The last word <paramref name="last"/> of a two-or-more-word run opening at <paramref name="start"/> that is also a
        /// month's, a compass word or "Day", read as a surname: "Ana May", "Tomas March", "Lorna Day" after a given name; "Karel West", "Mira North"
        /// after a given name or after a role noun that introduces the name ("the rapper Zavi West", "Singer Tavi West").
        /// </summary>
        private static bool IsWordSurname(List<Token> tokens, int start, in Token last)
        {
            if (DatelineReader.TryMonth(last.Text, out _) && last.IsCapitalized || last.Text == "Day") return GivenNames.Contains(tokens[start]);
            return last.Text is "North" or "South" or "East" or "West" && (GivenNames.Contains(tokens[start]) || AfterRoleNoun(tokens, start));
        }

        // A role noun right before the name: lower-case ("rapper Zavi West") or opening the sentence ("Singer Tavi West").
        private static bool AfterRoleNoun(List<Token> tokens, int start) =>
            start > 0 && tokens[start - 1].IsWord && (start == 1 || !tokens[start - 1].IsCapitalized) && Titles.IsRoleNoun(tokens[start - 1]);
    }
}
