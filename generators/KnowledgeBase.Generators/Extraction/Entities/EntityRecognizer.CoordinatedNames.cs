using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // What follows "and" inside an organization's "of" phrase: more of its object, or a second name.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "the University of Kenya and Ostrel Shark Tours": an organization's "of" taking a whole known place, then "and" and a
        /// capitalized word that opens no place, joins a second name; "the Rowing Association of England and Wales" takes two places.
        /// </summary>
        private static bool PlaceThenOtherName(List<Token> tokens, int from, int and)
        {
            if (and + 1 >= tokens.Count || !tokens[and + 1].IsCapitalized || CommonWords.IsFunctionWord(tokens[and + 1])) return false;
            if (MatchGazetteer(tokens, from, and, out var place) != and - from || place!.Kind == GazetteerKind.Organization) return false;
            return MatchGazetteer(tokens, and + 1, tokens.Count, out _) == 0 && MatchDemonym(tokens, and + 1, tokens.Count, out _) == 0;
        }

        /// <summary>
        /// "Civil Union of Vella and Dorna Rights Fund": after "and", capitalized words ending in a singular head word of
        /// their own are a second organization; a plural head is shared by both ("Red Cross and Red Crescent Societies").
        /// </summary>
        private static bool HeadedNameAfter(List<Token> tokens, int and)
        {
            var k = and + 1;
            while (k < tokens.Count && tokens[k].IsCapitalized) k++;
            if (k - and < 3) return false;
            var head = tokens[k - 1];
            return Gazetteer.IsOrganizationHead(head) && head.Text[head.Text.Length - 1] != 's';
        }
    }
}
