using System.Collections.Generic;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // A country's institution named with "of" or the country's possessive, as a speaker.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "The government of Norland announced ...", "Norland's parliament said ...": a country's institution named with "of
        /// (the)" and the country, or after the country's possessive, at the start of the subject (only "the" before it),
        /// speaks as the organization the recognizer made of it (<see cref="EntityDraft.Institution"/>), not as a bare noun.
        /// The institution word is read as the recognizer reads it (<see cref="EntityRecognizer.InstitutionBefore"/>,
        /// <see cref="EntityRecognizer.InstitutionAfter"/>). "The head of the government of Norland said" is left to the role:
        /// the institution must open the phrase.
        /// </summary>
        private static Speaker CountryInstitutionSpeaker(SentenceInfo s, int start, int i, int end)
        {
            var tokens = s.Tokens;
            var opening = i == start ? i : i == start + 1 && tokens[start].Is("the") ? start : -1;
            if (opening < 0 || !tokens[i].IsWord) return default;
            if (i + 2 < tokens.Count && tokens[i + 1].Is("of") && CountryAt(s, tokens[i + 2].Is("the") ? i + 3 : i + 2) is { } country
                && EntityRecognizer.InstitutionBefore(tokens, country, out var word) is { } named && word == i && country.Entity.Institution(named) is { } body)
                return new Speaker(body, Join(tokens, opening, country.TokenEnd));
            if (CountryAt(s, i) is { } owner) return OwnedInstitution(s, owner, opening, end);
            // The subject may start at the institution word, past the possessive: "Norland's government said".
            if (i >= 2 && tokens[i - 1].Kind == TokenKind.Possessive && s.MentionAt(i - 2) is { IsDemonym: false, Entity.IsCountry: true } before && before.TokenEnd == i - 1)
                return OwnedInstitution(s, before, before.TokenStart, end);
            return default;
        }

        // The institution after a country's possessive ("Norland's cabinet"), when the recognizer made it an organization.
        private static Speaker OwnedInstitution(SentenceInfo s, Mention owner, int from, int end) =>
            EntityRecognizer.InstitutionAfter(s.Tokens, owner, out var word) is { } owned && word > owner.TokenEnd && owner.Entity.Institution(owned) is { } institution
                ? new Speaker(institution, Join(s.Tokens, from, BodyTextEnd(s, word + 1, end)))
                : default;

        // A country named (not by its adjective) from token at.
        private static Mention? CountryAt(SentenceInfo s, int at) =>
            at < s.Tokens.Count && s.MentionAt(at) is { IsDemonym: false } m && m.TokenStart == at && m.Entity.IsCountry ? m : null;

        private static bool IsGovernmentNoun(string word) =>
            word is "government" or "leadership" or "administration" or "authorities" or "military" or "army" or "forces" or "ministry" or "parliament" or "embassy" or "cabinet" or "congress";
    }
}
