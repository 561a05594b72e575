using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // "the Kestrix operating system", "Kestrix users", "a fork of Kestrix": a lone name the article once writes with a noun of
    // software or a product names a program, a game or a system; where the words around it alone would make it a place ("a feature
    // in Kestrix") it is none. News types such a program as the project or the firm behind it, an organization.
    internal sealed partial class EntityRecognizer
    {
        private sealed partial class Scratch
        {
            /// <summary>The capitalized words a product noun follows or, after "of", precedes (<see cref="NamesProduct"/>).</summary>
            public HashSet<string> ProductNames { get; } = new(System.StringComparer.Ordinal);
        }

        private HashSet<string>? _productNames;

        /// <summary>What a lone word the words around it show a place is: an organization when the article names a product by it.</summary>
        private EntityKind PlaceUnlessProduct(string text) => NamesProduct(text) ? EntityKind.Organization : EntityKind.Place;

        /// <summary>Whether the article writes <paramref name="text"/>, a lone capitalized word, with a product noun anywhere.</summary>
        private bool NamesProduct(string text)
        {
            if (_productNames is null)
            {
                _productNames = t_scratch!.ProductNames; // emptied after the article
                foreach (var at in _capitalized)
                    if (WithProductNoun(at.Sentence.Tokens, at.Token)) _productNames.Add(at.Sentence.Tokens[at.Token].Text);
            }
            return _productNames.Contains(text);
        }

        // A lone capitalized word (no name's capitalized word next to it; "Most Kestrix users") with a lower-case product noun right after it, or one and "of" before it.
        private static bool WithProductNoun(List<Token> tokens, int i)
        {
            if (i > 0 && tokens[i - 1].IsCapitalized && !CommonWords.IsFunctionWord(tokens[i - 1]) || i + 1 < tokens.Count && tokens[i + 1].IsCapitalized) return false;
            if (i + 1 < tokens.Count && IsProductNoun(tokens[i + 1])) return true;
            return i > 1 && tokens[i - 1].Is("of") && IsProductNoun(tokens[i - 2]);
        }

        private static bool IsProductNoun(in Token token) => token.IsWord && char.IsLower(token.Text[0]) && CommonWords.IsProductNoun(token.Text);
    }
}
