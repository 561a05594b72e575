using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // Surnames that open with a particle.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "Van der Velde said", "De la Vega left": a capitalized surname particle, a lower-case one and a capitalized word
        /// are one surname, not the particle alone and a second name. Returns where the surname ends, or 0.
        /// </summary>
        private static int CapitalizedParticleSurnameEnd(List<Token> tokens, int k, int end) =>
            k + 2 < end && tokens[k].IsCapitalized && tokens[k + 1].IsWord && tokens[k + 2].IsCapitalized && !tokens[k + 2].IsAllCaps
            && Array.IndexOf(SurnameParticles, tokens[k].Lower) >= 0 && Array.IndexOf(SurnameParticles, tokens[k + 1].Text) >= 0 ? k + 3 : 0;
    }
}
