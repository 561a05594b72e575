using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "Vell attacked Brant as a rival and his office called for ...": "his"/"her" owning a speaking noun is the person who is a
        /// subject earlier in the same sentence (as a "he" there is, <see cref="PronounSpeaker"/>), of the pronoun's gender as far
        /// as the article tells; otherwise the person the text was last about.
        /// </summary>
        private EntityDraft? OwnerOfPossessive(SentenceInfo s, int possessive) =>
            PersonSubjectBefore(s, possessive, s.Tokens[possessive].Is("his") ? "he" : "she") ?? _salient;

        /// <summary>
        /// "According to its report, the Velden Trust ...", "The Velden Post reported ... . According to its polling, ...",
        /// "Ruiz ..., but, according to her diary, ...": the owner of a cited document its possessive names and no earlier
        /// sentence does: the body (for "its"/"their") or person (for "his"/"her") opening the claim after the phrase's comma
        /// at <paramref name="end"/>; else, for "its"/"their", the body quoted last within the two sentences before; for
        /// "his"/"her", the person <see cref="OwnerOfPossessive"/> gives. Null when none.
        /// </summary>
        private EntityDraft? OwnerOfCitedDocument(SentenceInfo s, int possessive, int end)
        {
            var tokens = s.Tokens;
            var person = tokens[possessive].Is("his") || tokens[possessive].Is("her");
            if (!person && !tokens[possessive].Is("its") && !tokens[possessive].Is("their")) return null;
            var wanted = person ? EntityKind.Person : EntityKind.Organization;
            var at = end + 1 < tokens.Count && tokens[end].IsPunct(',') && tokens[end + 1].Is("the") ? end + 2 : end + 1;
            if (at < tokens.Count && tokens[end].IsPunct(',') && s.MentionAt(at) is { IsDemonym: false } opening && opening.TokenStart == at
                && opening.Entity.Kind == wanted && (opening.TokenEnd >= tokens.Count || tokens[opening.TokenEnd].Kind != TokenKind.Possessive))
                return opening.Entity;
            if (person) return OwnerOfPossessive(s, possessive) is { Kind: EntityKind.Person } owner ? owner : null;
            QuoteDraft? last = null;
            foreach (var quote in _quotes) // kept per paragraph in the order their passes found them: the latest sentence wins
                if (quote.Sentence.Index < s.Index && quote.Sentence.Index >= s.Index - 2 && (last is null || quote.Sentence.Index > last.Sentence.Index)) last = quote;
            return last?.Speaker.Entity is { Kind: EntityKind.Organization } body ? body : null;
        }
    }
}
