using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // '"...," said study co-author Ana Vell. The Esperó professor added, "..."': a definite description that opens the sentence
    // right after a named person's quote, and names a role nobody in the article holds, continues that person.
    // '"...," writes Ana Vell's longtime partner Bo Rell': in an inverted cue, the person named after another's role speaks.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The first person named after the cue, before its sentence ends: through commas only when the phrase ends the sentence.
        /// '"...," writes Ana Vell's longtime partner Bo Rell': a person who owns the role of a person named after it does not speak.
        /// </summary>
        private static Mention? PersonAfterCue(SentenceInfo s, int cue)
        {
            var tokens = s.Tokens;
            var phraseEnd = cue + 1;
            while (phraseEnd < tokens.Count && !IsSentenceEnd(tokens[phraseEnd]) && !tokens[phraseEnd].IsPunct(':') && !IsOpeningQuote(tokens[phraseEnd])) phraseEnd++;
            var throughCommas = phraseEnd - cue <= 14;
            Mention? owner = null;
            for (var i = cue + 1; i < phraseEnd && i <= cue + 14; i++)
            {
                if (tokens[i].IsPunct(',') && !throughCommas) break;
                if (i > cue + 8 && !throughCommas) break;
                if (s.MentionAt(i) is not { } m || m.Entity.Kind != EntityKind.Person) continue;
                if (owner is not null || m.TokenEnd >= phraseEnd || tokens[m.TokenEnd].Kind != TokenKind.Possessive) return m;
                owner = m;
                i = m.TokenEnd;
            }
            return owner;
        }

        /// <summary>
        /// The named person quoted in the sentence before <paramref name="s"/>, when the role phrase [<paramref name="roleStart"/>,
        /// <paramref name="role"/>] opens the sentence with "the" and a capitalized word between it and the role noun; null otherwise.
        /// </summary>
        private Speaker? ContinuedSpeaker(SentenceInfo s, int roleStart, int role, int roleEnd)
        {
            var tokens = s.Tokens;
            if (roleStart != 0 || !tokens[0].Is("the") || role < 2 || _quotes.Count == 0) return null;
            for (var k = 1; k < role; k++)
                if (!tokens[k].IsWord || !tokens[k].IsCapitalized) return null;
            var last = _quotes[_quotes.Count - 1];
            if (last.Sentence.Index != s.Index - 1 || last.Speaker.Entity is not { Kind: EntityKind.Person } person) return null;
            return new Speaker(person, Join(tokens, roleStart, roleEnd));
        }

        /// <summary>
        /// "a Norland whistleblower who revealed ...": one unnamed person a country's name only describes, the whole phrase when
        /// a lower-case noun after the country ends the subject (before "who" or the cue); null otherwise.
        /// </summary>
        private static Speaker? CountryPersonNoun(SentenceInfo s, Mention country, int end)
        {
            var tokens = s.Tokens;
            int noun = country.TokenEnd, start = country.TokenStart;
            if (!country.Entity.IsCountry || country.IsDemonym || start < 1 || !(tokens[start - 1].Is("a") || tokens[start - 1].Is("an")) || noun >= end) return null;
            if (!tokens[noun].IsWord || tokens[noun].IsCapitalized || CommonWords.IsFunctionWord(tokens[noun]) || s.Analysis.TagAt(noun) != Analysis.Tag.Noun) return null;
            if (noun + 1 < end && !tokens[noun + 1].Is("who")) return null;
            return new Speaker(null, Join(tokens, start, noun + 1));
        }
    }
}
