using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // A document cited well after the sentence that says who issued it: "Ostrel Rail said in a filing ... . According to the filing, ...".
    internal sealed partial class QuoteExtractor
    {
        // How far back a bare "the filing"/"the warning" may look for the sentence that named its issuer: a paragraph or two.
        private const int IssuerLookback = 8;

        /// <summary>
        /// The issuer of a document a bare "the <paramref name="noun"/>" cites, named in the nearest of the eight sentences before
        /// <paramref name="s"/> that speak of the same noun: "the warning issued by X", "a letter from X", or the named speaker of a
        /// quote in that sentence ("In the filing X wrote "..."", "X said in its filing that ..."); null when none names one.
        /// </summary>
        private EntityDraft? IssuerNamedEarlier(SentenceInfo s, string noun)
        {
            noun = noun.ToLowerInvariant();
            // "the study says": research (the study nouns of event-words.tsv) speaks as itself (the gold's convention), not as a co-author or the institute behind it.
            if (EventLexicon.IsStudyNoun(noun) || CommonWords.IsBareResearchNoun(noun)) return null;
            for (var k = s.Index - 1; k >= 0 && k >= s.Index - IssuerLookback; k--)
            {
                var before = _sentences[k];
                var named = false;
                for (var i = 0; i < before.Tokens.Count; i++)
                {
                    if (!string.Equals(before.Tokens[i].Text, noun, StringComparison.OrdinalIgnoreCase) || !HasDeterminer(before.Tokens, i)) continue;
                    if (IssuerAfterNoun(before, i) is { } issuer) return issuer;
                    named = true;
                }
                if (!named) continue;
                // Quotes are kept per paragraph in the order their passes found them, not by sentence: look at all.
                foreach (var quote in _quotes)
                    if (quote.Sentence.Index == k && quote.Speaker.Entity is { } speaker) return speaker;
            }
            return null;
        }

        /// <summary>"the filing", "a sealed letter", "its yearly filing": a determiner or possessive before the noun, not a bare modifier ("study co-author X").</summary>
        private static bool HasDeterminer(List<Token> tokens, int noun)
        {
            for (var k = noun - 1; k >= 0 && k >= noun - 3; k--)
            {
                if (tokens[k].Kind == TokenKind.Possessive || tokens[k].IsWord && Events.ClauseReader.IsDeterminerOrPossessive(tokens[k].Lower)) return true;
                if (!tokens[k].IsWord || tokens[k].IsCapitalized) return false;
            }
            return false;
        }

        /// <summary>"the warning issued by X", "a letter sent by X", "a letter from X": the named party after the text noun at <paramref name="noun"/>.</summary>
        private static EntityDraft? IssuerAfterNoun(SentenceInfo s, int noun)
        {
            var tokens = s.Tokens;
            var at = PartyAfterFrom(tokens, noun + 1);
            if (at < 0 && noun + 3 < tokens.Count && WriterPlaceOf(tokens[noun + 1].Lower) == TextWriterPlace.Subject && tokens[noun + 2].Is("by"))
                at = tokens[noun + 3].Is("the") ? noun + 4 : noun + 3;
            return at >= 0 && s.MentionAt(at) is { IsDemonym: false } issuer && issuer.TokenStart == at && issuer.Entity.Kind != EntityKind.Place ? issuer.Entity : null;
        }
    }
}
