using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Police in Chile arrested two men", "troops from Peru shelled the town": a state's force told by a bare noun and the
    /// country after a preposition is that country acting, as "Chilean police" is; the preposition would otherwise make the
    /// country a mere place.
    /// </summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// The force nouns and the prepositions that name their country. "in" only for the forces of the country they stand in
        /// ("troops in Mali" are as often a foreign army's). Each row has an invented sentence with the act's kind and parties
        /// (the dateline is Sunday, July 28, 2019); the rows run as tests.
        /// </summary>
        internal static readonly CountryForceRow[] CountryForces =
        {
            new("police", "in from", "Police in Chile arrested two men on Tuesday.", "arrest", new[] { "Chile" }),
            new("authorities", "in", "Authorities in Peru detained three activists on Monday.", "arrest", new[] { "Peru" }),
            // A state's prosecutors and officials act where they serve; a foreign one is told by a name before ("U.S. officials in Peru").
            new("prosecutors investigators", "in", "Prosecutors in Chile charged Tomas Verle with fraud on Monday.", "charge", new[] { "Chile", "Tomas Verle" }),
            new("officials", "in", "Officials in Peru criticized the Ostrel Mining Company on Monday.", "criticism", new[] { "Peru", "Ostrel Mining Company" }),
            new("troops soldiers forces", "from", "Troops from Canada attacked rebels in Norway on Sunday.", "attack", new[] { "Canada", "Norway" }),
            new("officials diplomats envoys negotiators delegates", "from", "Envoys from Peru met Chilean leaders in Ostrel on Friday.", "meeting", new[] { "Peru", "Chile" }),
        };

        /// <summary>
        /// Whether the country mention follows a preposition of a <see cref="CountryForces"/> row after one of its nouns, and that
        /// noun heads a phrase with no other name ("Chilean police in Peru" are Chile's) nor a preposition before it.
        /// </summary>
        internal static bool NamesTheCountryOfAForce(List<Token> tokens, Mention m)
        {
            if (!m.Entity.IsCountry || m.IsDemonym) return false;
            var preposition = ClauseReader.GoverningWordAt(tokens, m.TokenStart);
            if (preposition < 1) return false;
            foreach (var row in CountryForces)
                if (Array.IndexOf(row.Prepositions, tokens[preposition].Lower) >= 0 && Array.IndexOf(row.Heads, tokens[preposition - 1].Lower) >= 0)
                    return OpensItsPhrase(tokens, preposition - 2);
            return false;
        }

        /// <summary>
        /// The country whose force a sentence shortly before (in the same paragraph) names by a preposition after the force's noun
        /// ("Police in Chile detained two men."); null when none. The sentences <see cref="PoliceBefore"/> reads.
        /// </summary>
        internal static EntityDraft? CountryOfForceBefore(List<SentenceInfo> sentences, SentenceInfo s)
        {
            for (var k = s.Index - 1; k >= 0 && k >= s.Index - 3 && k < sentences.Count && sentences[k].BlockIndex == s.BlockIndex; k--)
                foreach (var m in sentences[k].Mentions)
                    if (NamesTheCountryOfAForce(sentences[k].Tokens, m)) return m.Entity;
            return null;
        }

        // "Police", "the local police", "security forces": lower-case modifiers and "the" before the noun, then no name and no
        // preposition ("clashed with police in Chile" names Chile's police as a place, not as the subject).
        private static bool OpensItsPhrase(List<Token> tokens, int before)
        {
            while (before >= 0 && (tokens[before].Is("the") || tokens[before].IsWord && char.IsLower(tokens[before].Text[0]) && !ClauseReader.IsGoverningPreposition(tokens[before])
                && !Lexicons.CommonWords.IsFunctionWord(tokens[before]))) before--;
            return before < 0 || !tokens[before].IsWord || tokens[before].Is("and") || tokens[before].Is("that");
        }
    }

    /// <summary>One row of <see cref="EventRoles.CountryForces"/>, with its example.</summary>
    internal sealed class CountryForceRow
    {
        public CountryForceRow(string heads, string prepositions, string example, string kind, string[] parties) =>
            (Heads, Prepositions, Example, Kind, Parties) = (heads.Split(' '), prepositions.Split(' '), example, kind, parties);

        /// <summary>The nouns that head the force ("police", "troops").</summary>
        public string[] Heads { get; }

        /// <summary>The prepositions before its country ("in", "from").</summary>
        public string[] Prepositions { get; }

        /// <summary>An invented sentence in which the force acts.</summary>
        public string Example { get; }

        /// <summary>The kind of the act.</summary>
        public string Kind { get; }

        /// <summary>The act's parties, the force's country first.</summary>
        public string[] Parties { get; }
    }
}
