using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>Which word of a Spanish or Portuguese place name with a lower-case particle a rule reads.</summary>
    internal enum ParticlePlaceSite
    {
        /// <summary>The word after the particles, a compass word ("Velda del Norte").</summary>
        LastWord,

        /// <summary>The name's first word, a place prefix ("Puerto de Valdora").</summary>
        FirstWord,
    }

    /// <summary>A rule reading capitalized words joined by a particle as one place, with the words it needs and an invented example.</summary>
    internal sealed class ParticlePlaceRule
    {
        public ParticlePlaceRule(ParticlePlaceSite site, string words, string example, string name)
        {
            Site = site;
            Words = new HashSet<string>(words.Split(' '), StringComparer.Ordinal);
            Example = example;
            Name = name;
        }

        public ParticlePlaceSite Site { get; }
        public HashSet<string> Words { get; }

        /// <summary>An invented sentence the rule applies to; the rule tests run it.</summary>
        public string Example { get; }

        /// <summary>The place <see cref="Example"/> names.</summary>
        public string Name { get; }
    }

    /// <summary>
    /// "Ostra del Sur", "Arroio Fundo do Sul", "Puerto de Valdora": capitalized words, one or two lower-case particles and
    /// capitalized words are one place when a compass word ends them or a place prefix opens them; the particle alone would
    /// split them into two names, and a given name before it would make them a person.
    /// </summary>
    internal static class ParticlePlaceNames
    {
        public static readonly ParticlePlaceRule[] Rules =
        {
            new(ParticlePlaceSite.LastWord, "Sur Norte Sul Oriental Occidental Oeste Este",
                "Floods cut the roads of Velda del Norte on Monday.", "Velda del Norte"),
            new(ParticlePlaceSite.FirstWord, "San Santa Santo São Sao Puerto Porto Mar Ciudad Villa Vila Río Rio Cabo Isla Islas Sierra Valle Nueva Nuevo Monte Santiago",
                "The ferry left Puerto de Valdora at dawn.", "Puerto de Valdora"),
        };

        // The particles of these names: "de la", "de los" and "do", not the English "of".
        private static bool IsParticle(in Token token) =>
            token.IsWord && token.Text is "de" or "del" or "do" or "da" or "dos" or "das" or "la" or "las" or "los";

        /// <summary>Where the place name that starts at <paramref name="k"/> ends (no later than <paramref name="end"/>), or 0.</summary>
        public static int EndAt(List<Token> tokens, int k, int end)
        {
            // Before the particles: the prefix and up to two more words, or one to three words.
            var first = k;
            var particle = k;
            while (particle < end && particle - first < 3 && PlainWord(tokens[particle])) particle++;
            if (particle == first || particle >= end || !IsParticle(tokens[particle])) return 0;
            var after = particle + 1;
            if (after < end && IsParticle(tokens[after])) after++;
            if (after >= end || !PlainWord(tokens[after])) return 0;
            foreach (var rule in Rules)
            {
                if (rule.Site == ParticlePlaceSite.LastWord && rule.Words.Contains(tokens[after].Text)) return after + 1;
                // "Santa Cruz de la Sierra", "San Juan de los Morros": one or two words after the particles.
                if (rule.Site == ParticlePlaceSite.FirstWord && rule.Words.Contains(tokens[first].Text))
                    return after + 1 < end && PlainWord(tokens[after + 1]) ? after + 2 : after + 1;
            }
            return 0;
        }

        // A capitalized word that is no title, no organization head and no acronym.
        private static bool PlainWord(in Token token) =>
            token.IsWord && token.IsCapitalized && char.IsUpper(token.Text[0]) && !token.IsAllCaps && !Titles.IsTitleWord(token) && !Gazetteer.IsOrganizationHead(token);
    }
}
