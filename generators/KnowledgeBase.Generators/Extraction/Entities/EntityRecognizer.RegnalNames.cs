using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Names of monarchs and popes with their ordinal: "Queen Elizabeth II", "Pope Benedict XVI".
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// The end of a one-word name chunk at <paramref name="k"/> (ending at <paramref name="chunkEnd"/>) with the Roman
        /// numeral after it when a title stands before the name or the name is a listed given name: "Queen Mira II" and "Pope
        /// Anselm XIV" are those names, not "Mira" and a stray acronym; else <paramref name="chunkEnd"/>.
        /// </summary>
        private static int WithRegnalNumeral(List<Token> tokens, int k, int chunkEnd, int end, int titleStart)
        {
            if (chunkEnd != k + 1 || chunkEnd >= end || !tokens[chunkEnd].IsWord || tokens[chunkEnd].Text.Length > 5 || !IsRomanNumeral(tokens[chunkEnd].Text)) return chunkEnd;
            // "I" alone is the pronoun far more often than a first of a line.
            if (tokens[chunkEnd].Text == "I") return chunkEnd;
            return titleStart >= 0 || GivenNames.Contains(tokens[k]) ? chunkEnd + 1 : chunkEnd;
        }
    }
}
