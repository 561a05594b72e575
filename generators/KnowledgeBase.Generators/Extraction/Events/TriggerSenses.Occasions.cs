using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Attacks in words told by their occasion of words or by the quoted words they aim at.</summary>
    internal static partial class TriggerSenses
    {
        /// <summary>
        /// "Mira Holt attacked Ana Ruiz during the debates", "Karel Brandt attacked the plan in a radio interview": a named party (or
        /// "he"/"she") attacks on an occasion of words, a debate, an interview or a written piece, so the attack is in words. Not "a
        /// man attacked Karel Brandt during a concert" (no occasion of words), nor an unnamed attacker, whose assault at an interview
        /// may be one of force.
        /// </summary>
        private static bool AttackedOnAnOccasionOfWords(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (!HasNamedSubject(s, t)) return false;
            for (var i = t + 1; i + 1 < tokens.Count && i <= t + 8; i++)
            {
                if (tokens[i].IsPunct(',') || tokens[i].IsPunct('.') || tokens[i].IsPunct(';')) return false;
                if (!tokens[i].Is("during") && !tokens[i].Is("in")) continue;
                // "during the televised debates", "in a radio interview": the occasion's noun within three words after the preposition.
                for (var j = i + 1; j < tokens.Count && j <= i + 4; j++)
                {
                    if (TriggerFinder.IsAny(tokens[j], OccasionsOfWords) || tokens[i].Is("in") && TriggerFinder.IsAny(tokens[j], WordsGiven)) return true;
                    if (!tokens[j].IsWord) break;
                }
            }
            return false;
        }

        /// <summary>
        /// "Tomas Vell attacked the "party culture" of the council", "attacked "cancel culture"": what is attacked is a notion quoted
        /// in lower case, words someone used, so the attack is in words; a quoted name ("the "Red Zone"") may be a place fired on.
        /// </summary>
        private static bool AttackedAQuotedNotion(List<Token> tokens, int t)
        {
            var open = t + 1 < tokens.Count && (tokens[t + 1].Is("the") || tokens[t + 1].Is("a")) ? t + 2 : t + 1;
            if (open + 1 >= tokens.Count || !tokens[open].IsOpeningQuote) return false;
            for (var i = open + 1; i < tokens.Count && i <= open + 5; i++)
            {
                if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Text[0] is '"' or '\u201D') return i > open + 1;
                if (!tokens[i].IsWord || tokens[i].IsCapitalized) return false;
            }
            return false;
        }

        // The attacker named, or "he"/"she": the verb's subject, before it, names a party as the phrase rows' named subject does.
        private static bool HasNamedSubject(SentenceInfo s, int t) =>
            s.Analysis.ClauseOfVerb(t)?.Subject is { } subject && subject.End <= t && PhraseConstraints.HasNamedSubject(s, t, media: true);

        // "during the debates", "in a radio interview" (event-words.tsv).
        private static readonly HashSet<string> OccasionsOfWords = WordListLexicon.EventWords.Lists.Words("occasion-of-words");

        // "attacked Ruiz in a speech", "in his remarks": words given, after "in" only ("during a speech" may be the time of an assault; event-words.tsv).
        private static readonly HashSet<string> WordsGiven = WordListLexicon.EventWords.Lists.Words("words-given");
    }
}
