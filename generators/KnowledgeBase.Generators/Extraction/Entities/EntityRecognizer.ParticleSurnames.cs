using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Surnames that open with a particle.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>"du", "van", "de": a lower-case particle that opens a surname ("du Marel").</summary>
        internal static bool IsLowerSurnameParticle(in Token token) => token.IsWord && CommonWords.IsSurnameParticle(token.Text);

        /// <summary>
        /// "Van der Velde said", "De la Vega left": a capitalized surname particle, a lower-case one and a capitalized word
        /// are one surname, not the particle alone and a second name. Returns where the surname ends, or 0.
        /// </summary>
        private static int CapitalizedParticleSurnameEnd(List<Token> tokens, int k, int end) =>
            k + 2 < end && tokens[k].IsCapitalized && tokens[k + 1].IsWord && tokens[k + 2].IsCapitalized && !tokens[k + 2].IsAllCaps
            && CommonWords.IsSurnameParticle(tokens[k].Lower) && CommonWords.IsSurnameParticle(tokens[k + 1].Text) ? k + 3 : 0;

        /// <summary>
        /// Where the particle stands after the given name at <paramref name="k"/> and one or two more names ("Paulo Tomás
        /// Vieira da Costa"), or the word right after the given name.
        /// </summary>
        private static int ParticleAfterMoreNames(List<Token> tokens, int k, int end)
        {
            for (var m = k + 1; m < end - 1 && m <= k + 2 && PlainNamePart(tokens[m]); m++)
                if (CommonWords.IsSurnameParticle(tokens[m + 1].Text)) return m + 1;
            return k + 1;
        }

        // A capitalized word a person's name may hold between a given name and a particle: no title, head word nor acronym.
        private static bool PlainNamePart(in Token token) =>
            token.IsCapitalized && !token.IsAllCaps && !Titles.IsTitleWord(token) && !Gazetteer.IsOrganizationHead(token);

        /// <summary>"Ostvar Lunde Jr., who sat in the assembly": three words or more ending in "Jr" or "Sr" name a person, given name known or not.</summary>
        private static bool EndsWithGenerationalSuffix(List<Token> tokens, int start, int end) =>
            end - start >= 3 && EntityDraft.IsGenerationalSuffix(tokens[end - 1].Text) && tokens[end - 2].IsCapitalized && !tokens[end - 2].IsAllCaps;

        /// <summary>
        /// The surname's token of a name written given name first: the last, or the one before a generational suffix
        /// ("Tomas Varga Jr.", "Arvo Kallas III" are "Varga" and "Kallas"); a monarch's or a pope's name and numeral ("Mira II",
        /// "Olav V": a numeral of one letter too) has none, and is called by the name.
        /// </summary>
        private static int SurnameAt(List<Token> tokens, int start, int end) =>
            end - start == 2 && (tokens[end - 1].IsAllCaps || tokens[end - 1].Text.Length == 1) && IsRomanNumeral(tokens[end - 1].Text) ? start
            : end - start >= 3 && tokens[end - 1].Text is "Jr" or "Jr." or "Sr" or "Sr." or "II" or "III" or "IV" && tokens[end - 2].IsCapitalized ? end - 2 : end - 1;
    }
}
