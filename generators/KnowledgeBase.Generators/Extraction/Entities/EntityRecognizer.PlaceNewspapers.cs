using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // "The Velden Sun", "the Ostrel Star": a known place and a word that alone may be a surname or a thing name a newspaper.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// Last words that make a newspaper's name only right after a known town, region or country ("The Velden Sun", "Norvale
        /// Star"); after a given name they are a surname ("Mei Sun") or part of another name ("Dark Star"), so they are no
        /// <see cref="CommonWords.IsNewspaperHead"/>.
        /// </summary>
        internal static readonly string[] PlaceNewspaperHeads = { "Sun", "Star" };

        /// <summary>
        /// "the Velden Sun reported": the run [<paramref name="start"/>, <paramref name="end"/>) is a known place (past an opening
        /// "The") and one of <see cref="PlaceNewspaperHeads"/>: a newspaper, not the place.
        /// </summary>
        private static bool NamesPlaceNewspaper(List<Token> tokens, int start, int end)
        {
            if (Array.IndexOf(PlaceNewspaperHeads, tokens[end - 1].Text) < 0) return false;
            var nameStart = tokens[start].Is("The") ? start + 1 : start;
            if (nameStart >= end - 1) return false;
            var n = MatchGazetteer(tokens, nameStart, end - 1, out var place);
            return n == end - 1 - nameStart && place is { Kind: GazetteerKind.City or GazetteerKind.Region or GazetteerKind.Country };
        }
    }
}
