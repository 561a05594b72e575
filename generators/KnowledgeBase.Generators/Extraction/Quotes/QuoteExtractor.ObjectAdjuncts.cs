using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // Where an object reported by its cue ends: before the time, medium or document the words were given in.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "announced his resignation in 1995", "expressed interest in term limits in the past", "expressed their anger on social
        /// media", "announced the vote in a letter to members": the adjunct at <paramref name="i"/> tells when, where or in what
        /// the object in [<paramref name="start"/>, <paramref name="end"/>) was given, not what. A year closes only a short object
        /// of words alone, with no preposition ("the trial of the mayor in 1998" is one noun phrase) nor relative clause.
        /// </summary>
        private static bool AdjunctClosesObject(List<Token> tokens, int start, int i, int end)
        {
            if (i + 1 >= end) return false;
            var next = tokens[i + 1];
            if (tokens[i].Is("on")) return next.Is("social") && i + 2 < end && tokens[i + 2].Is("media") || Events.TriggerFinder.IsAny(next, Platforms);
            if (!tokens[i].Is("in")) return false;
            // "in the past" closing the object; "in the past year" measures what the object counts.
            if (next.Is("the") && i + 2 < end && tokens[i + 2].Is("past")) return i + 3 >= end || tokens[i + 3].Kind == TokenKind.Punctuation;
            if (ArticledNounEnd(tokens, i + 1, DocumentNouns, namesEnd: true) > 0) return true;
            if (!IsYear(next) || i - start > 4) return false;
            for (var k = start; k < i; k++)
                if (!(tokens[k].IsWord || tokens[k].Kind == TokenKind.Number) || IsPreposition(tokens[k]) || tokens[k].Is("who") || tokens[k].Is("which") || tokens[k].Is("that")) return false;
            return true;
        }

        private static readonly string[] Platforms = { "Twitter", "Facebook", "Instagram", "YouTube", "Reddit", "Internet" };
    }
}
