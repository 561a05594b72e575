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
    }
}
