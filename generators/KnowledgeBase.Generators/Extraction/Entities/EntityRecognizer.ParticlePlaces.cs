using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // Places whose names hold a lower-case particle ("Velda del Norte").
    internal sealed partial class EntityRecognizer
    {
        /// <summary>The end of a place name with a particle that starts at most three words before the particle at <paramref name="particle"/>, or 0.</summary>
        private static int ParticlePlaceThrough(List<Token> tokens, int runStart, int particle)
        {
            for (var k = System.Math.Max(runStart, particle - 3); k < particle; k++)
                if (ParticlePlaceNames.EndAt(tokens, k, tokens.Count) is var placeEnd && placeEnd > particle) return placeEnd;
            return 0;
        }

        /// <summary>
        /// The end of a place name with a particle at <paramref name="k"/> (<see cref="ParticlePlaceNames"/>), or -1; a name the
        /// gazetteer knows as long or longer is left to it ("Rio de Janeiro").
        /// </summary>
        private int ParticlePlaceAt(SentenceInfo s, int k, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (ParticlePlaceNames.EndAt(tokens, k, end) is var placeEnd && placeEnd == 0 || MatchGazetteer(tokens, k, end, out _) >= placeEnd - k) return -1;
            if (!restricted || _byKey.ContainsKey(Key(EntityKind.Place, NameVariants.Key(Join(tokens, k, placeEnd)))))
                AddMention(s, k, placeEnd, EntityKind.Place, Join(tokens, k, placeEnd), isDemonym: false);
            return placeEnd;
        }
    }
}
