using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A town named before its known region ("of South Vell, Ostland,", "the mayor of North Dunmore") that the name's shape
    // alone leaves no name, or that a person of the article shares a word with.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// The left-over name at <paramref name="c"/> is a town: a compass word and one or two plain words ("North Dunmore") where the
        /// words around show a place ("the mayor of X", "in X, Ostland"), or any name right after "in"/"of"/"from"/"at"/"near"/
        /// "outside" with a comma and a known place after it, even when a person of the article has that name ("Tomas Vell of
        /// Allenby, Texas" with a "Mira Allenby" elsewhere).
        /// </summary>
        private bool TryTownBeforeRegion(in Candidate c, int count)
        {
            if (c.HasTitle || c.Restricted) return false;
            var tokens = c.Sentence.Tokens;
            var town = count == 1 ? TownBeforeRegion(tokens, c.Start, c.End) && KnownEntityFor(Join(tokens, c.Start, c.End), NameVariants.Key(tokens[c.Start])) is { Kind: EntityKind.Person }
                : count is 2 or 3 && IsA(tokens[c.Start], EntityWords.Direction) && PlainNameWords(tokens, c.Start + 1, c.End, givenNamesToo: true) && TypeEvidence.At(tokens, c.Start, c.End) == NameEvidence.Place;
            if (town) AddMention(c.Sentence, c.Start, c.End, EntityKind.Place, Join(tokens, c.Start, c.End), isDemonym: false);
            return town;
        }

        /// <summary>A preposition of place or "of" before the name, and a comma and a known place after it ("of Allenby, Texas").</summary>
        private static bool TownBeforeRegion(List<Token> tokens, int start, int end) =>
            start > 0 && end + 1 < tokens.Count && tokens[end].IsPunct(',') && tokens[start - 1] is var before
            && (before.Is("of") || before.Is("in") || before.Is("from") || before.Is("at") || before.Is("near") || before.Is("outside"))
            && TypeEvidence.PlaceAfterCommaAt(tokens, end);
    }
}
