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

        /// <summary>
        /// "The Atlantic hurricane season began": a publication named "The" and a place ("The Atlantic") that opens the sentence
        /// before a lower-case word that is no speech verb is the sentence's capitalized "the" and the place; "The Atlantic
        /// reported", and "The Atlantic" inside a sentence, stay the publication.
        /// </summary>
        private static bool IsPlaceBeforeNoun(List<Token> tokens, int start, int n, GazetteerEntry found)
        {
            if (!found.IsMedia || n != 2 || start != 0 || !tokens[0].Is("The") || tokens.Count < 3) return false;
            var next = tokens[2];
            if (!next.IsWord || next.IsCapitalized || CueVerbs.Lemma(next) is not null) return false;
            return Gazetteer.TryGetPlaceOrOrganization(tokens[1].Text, out var place) && place is { Kind: not GazetteerKind.Organization };
        }
    }
}
