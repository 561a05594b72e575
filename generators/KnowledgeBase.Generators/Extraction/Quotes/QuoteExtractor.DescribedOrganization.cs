using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // "..., newspaper The Velden Courier reported", "according to state news agency Ostrapress": a descriptor before a name.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// A lower-case organization descriptor at <paramref name="i"/> ("newspaper", "broadcaster", "news agency") followed
        /// (past "the") by the name that closes the phrase at <paramref name="end"/>: the name speaks, not the descriptor. An
        /// organization named there is the speaker; capitalized words no entity was made of (at most four) are its text.
        /// A person ("publisher Mira Holt") or a place after the descriptor is left to the role and place readings.
        /// </summary>
        private static Speaker DescribedOrganization(SentenceInfo s, int i, int end)
        {
            var tokens = s.Tokens;
            var t = tokens[i];
            if (!t.IsWord || !char.IsLower(t.Text[0]) || !(CommonWords.IsOrganizationDescriptor(t.Lower) || IsA(t, QuoteWords.CompanyNoun))) return default;
            var at = i + 1 < end && tokens[i + 1].Is("the") ? i + 2 : i + 1;
            if (at >= end) return default;
            if (s.MentionAt(at) is { } named)
                return named.TokenEnd == end && named.Entity.Kind == EntityKind.Organization && !named.IsDemonym
                    ? new Speaker(named.Entity, Join(tokens, named.TokenStart, named.TokenEnd)) : default;
            var k = at;
            while (k < end && k < at + 4 && tokens[k].IsWord && tokens[k].IsCapitalized && !CommonWords.IsFunctionWord(tokens[k]) && s.MentionAt(k) is null) k++;
            return k > at && k == end ? new Speaker(null, Join(tokens, at, k)) : default;
        }
    }
}
