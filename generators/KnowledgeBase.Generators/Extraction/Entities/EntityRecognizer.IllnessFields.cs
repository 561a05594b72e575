using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // An illness that ends an organization's "of"/"for" phrase: the body's field, not the illness's name.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "the Velden Institute of Tropical Disease", "the Ostrel Centre for Rare Disease": an illness word that ends the
        /// phrase an organization's head word opens with "of" or "for" is the field the body works in, so the run names the
        /// body, not an illness (which "Lyme Disease" or "Ostrel Virus" alone still names).
        /// </summary>
        private static bool EndsInABodysIllness(List<Token> tokens, int start, int end) =>
            EventLexicon.DiseaseWords.Contains(tokens[end - 1].Text) && OrganizationHead(tokens, start, end) is var head && head >= 0 && head < end - 2;
    }
}
