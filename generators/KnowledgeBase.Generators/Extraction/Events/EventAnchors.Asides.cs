using System.Collections.Generic;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Words that tell of a time apart from the act's, and those that only seem to.</summary>
    internal static partial class EventAnchors
    {
        // Words before an opening "before" that keep the act close to the occasion: "Just before the final match, ...".
        private static readonly string[] CloseBefore = { "just", "shortly", "right", "immediately" };

        /// <summary>
        /// "Before the start of the Ostrel cup, Velden police arrested Karel Brandt", "Just before the final match, ...": in a
        /// review of a month (<see cref="DateFromTitlePeriod"/>), an opening "before" (or "just before") a definite occasion sets
        /// the act before one of the story's occasions, within the month the headline reviews; the word keeps the act from the
        /// lead's day, and inside the sentence ("arrested Brandt before the final match") from the month too.
        /// </summary>
        private static bool OpensBeforeOccasion(List<Token> tokens, int i) =>
            tokens[i].Is("before") && i + 1 < tokens.Count && tokens[i + 1].Is("the") && (i == 0 || i == 1 && TriggerFinder.IsAny(tokens[0], CloseBefore));

        /// <summary>
        /// The lead's opening sentence: the first sentence of the first paragraph, passing over a short line above it that ends
        /// no sentence (a map legend's "■ Velden Party - 40 seats", a label), which tells no day of the story.
        /// </summary>
        private static SentenceInfo? OpeningSentence(List<SentenceInfo> sentences)
        {
            SentenceInfo? first = null;
            for (var k = 0; k < sentences.Count; k++)
            {
                var s = sentences[k];
                if (s.Block != BlockKind.Paragraph) continue;
                first ??= s;
                var alone = (k == 0 || sentences[k - 1].BlockIndex != s.BlockIndex) && (k + 1 == sentences.Count || sentences[k + 1].BlockIndex != s.BlockIndex);
                if (!(alone && s.Tokens.Count <= 12 && !EndsWithStop(s.Tokens))) return s;
            }
            return first;
        }

        // A full stop, "!", "?" or a closing quotation mark ends the sentence's last token.
        private static bool EndsWithStop(List<Token> tokens) =>
            tokens.Count > 0 && tokens[tokens.Count - 1].Kind == TokenKind.Punctuation && tokens[tokens.Count - 1].Text is "." or "!" or "?" or "\"" or "\u201D" or ")";
    }
}
