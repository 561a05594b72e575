using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // "According to the data, ...", "according to a lifeboat crew statement", "according to Velco's projections": a record cited as the source.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The phrase [<paramref name="start"/>, <paramref name="end"/>) after "according to" when it is a record or text ending in a
        /// cited-record noun ("the data", "an anonymous complaint", "her memoirs", "Velco's projections"): a short noun phrase of
        /// a determiner, names and lower-case modifiers. The speaker is the phrase; its author too when a name owns it ("Velco's")
        /// or when it names the organization lately named before the same noun.
        /// </summary>
        private Speaker CitedRecord(SentenceInfo s, int start, int end)
        {
            var tokens = s.Tokens;
            if (end - start > 6 || !tokens[end - 1].IsWord || !CommonWords.IsCitedRecordNoun(tokens[end - 1].Lower)) return default;
            EntityDraft? owner = null;
            for (var i = start; i < end - 1; i++)
            {
                if (s.MentionAt(i) is { } mention)
                {
                    // "Velco's projections": the name owning the record is its author; a name only modifying it ("a Velden police statement") is not.
                    if (mention.TokenEnd < end && tokens[mention.TokenEnd].Kind == TokenKind.Possessive && !mention.IsDemonym && mention.Entity.Kind != EntityKind.Place) owner = mention.Entity;
                    i = mention.TokenEnd - 1;
                    continue;
                }
                var t = tokens[i];
                if (t.Kind == TokenKind.Possessive || t.IsPunct('-')) continue;
                // A clause, a preposition or a capitalized word the recognizer names no entity of: no plain record phrase.
                if (!t.IsWord || t.IsCapitalized || IsPreposition(t) || CommonWords.IsFunctionWord(t) && !Events.ClauseReader.IsDeterminerOrPossessive(t.Lower)) return default;
            }
            var text = Join(tokens, start, end);
            if (owner is not null) return new Speaker(owner, text);
            // "her memoirs", "its polling": the organization named lately before the same noun, else the owner the possessive names.
            return new Speaker(AuthorNamedBefore(s, tokens[end - 1].Lower) ?? OwnerOfCitedDocument(s, start, end), text);
        }
    }
}
