namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "Vell attacked Brant as a rival and his office called for ...": "his"/"her" owning a speaking noun is the person who is a
        /// subject earlier in the same sentence (as a "he" there is, <see cref="PronounSpeaker"/>), of the pronoun's gender as far
        /// as the article tells; otherwise the person the text was last about.
        /// </summary>
        private EntityDraft? OwnerOfPossessive(SentenceInfo s, int possessive)
        {
            var tokens = s.Tokens;
            var gender = tokens[possessive].Is("his") ? "he" : "she";
            foreach (var m in s.Mentions)
            {
                if (m.TokenStart >= possessive) break;
                if (m.Entity.Kind != EntityKind.Person || InsideQuotationMarks(tokens, m.TokenStart) || IsOblique(s, m)) continue;
                if (m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive) continue;
                if (PronounOfPerson(m.Entity) is { } expected && expected != gender) continue;
                return m.Entity;
            }
            return _salient;
        }
    }
}
