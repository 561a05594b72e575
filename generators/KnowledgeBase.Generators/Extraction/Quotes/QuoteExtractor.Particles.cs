using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // Cue verbs that report speech only with their particle: "pointed out that the ferry was late".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// A cue lemma, the particle it needs right after it, and an invented sentence it reports from (the rows run as tests):
        /// "pointed out the pier was unsafe" says so; "pointed a torch at the pier", "pointed to the map" report nothing.
        /// The content starts past the particle.
        /// </summary>
        internal static readonly (string Lemma, string Particle, string Example)[] ParticleCues =
        {
            ("point", "out", "Mayor Ilse Varga pointed out that the Arlon pier had been closed for two years."),
        };

        /// <summary>
        /// A cue at <paramref name="c"/> whose lemma needs a particle (<see cref="ParticleCues"/>) with no particle after it, or
        /// with a comma after the particle: "The piers, the report pointed out, are old" sets the cue aside in its clause.
        /// </summary>
        private static bool LacksItsParticle(List<Token> tokens, int c, string lemma)
        {
            foreach (var row in ParticleCues)
                if (row.Lemma == lemma) return !(c + 2 < tokens.Count && tokens[c + 1].Is(row.Particle) && !tokens[c + 2].IsPunct(','));
            return false;
        }

        /// <summary>Past the particle of a cue that needs one ("pointed out | the pier ..."): <paramref name="i"/> is the token after the cue.</summary>
        private static int PastParticle(List<Token> tokens, int i, string lemma)
        {
            foreach (var row in ParticleCues)
                if (row.Lemma == lemma && i < tokens.Count && tokens[i].Is(row.Particle)) return i + 1;
            return i;
        }
    }
}
