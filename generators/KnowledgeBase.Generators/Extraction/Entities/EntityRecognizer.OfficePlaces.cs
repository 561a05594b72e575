using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // An office named by the place it governs: the title is no part of the place.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "a medal from the Governor of Velka Oblast", "ran for District Attorney of Corran County": capitalized words ending in a
        /// title, then "of" (and "the") and a name a place word ends, name the office; the place is the name after "of". The
        /// start of that name, or <paramref name="from"/> when the run opens with no such title.
        /// </summary>
        private static int PlaceAfterTitle(List<Token> tokens, int from, int end)
        {
            var of = from + 1;
            while (of < end - 2 && !tokens[of].Is("of")) of++;
            if (of >= end - 2 || !Titles.IsTitleWord(tokens[of - 1])) return from;
            for (var i = from; i < of; i++)
                if (!tokens[i].IsCapitalized || Gazetteer.IsOrganizationHead(tokens[i])) return from;
            var place = tokens[of + 1].Is("the") ? of + 2 : of + 1;
            return end - place >= 2 ? place : from;
        }
    }
}
