using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // "Karel Brandt, 45, was detained. The 45-year-old said ...": an age that heads the cue's subject points back to the person of that age.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "the 45-year-old" (or "the 45-year-old fisherman") heading a subject at <paramref name="i"/>: the one person the same or
        /// the previous paragraph gives that age ("Karel Brandt, 45,", "45-year-old Karel Brandt", "Karel Brandt (45)",
        /// "Karel Brandt, a 45-year-old fisherman"), else the description itself; not found when the age is no subject's head
        /// ("the 45-year-old ferry", "the 45-year-old man's lawyer").
        /// </summary>
        private Speaker AgeDescribedSpeaker(SentenceInfo s, int start, int i, int end)
        {
            var tokens = s.Tokens;
            if (i - 1 < start || !tokens[i - 1].Is("the") || AgeOf(tokens[i]) is not { } age) return default;
            var phraseEnd = i + 1;
            if (phraseEnd < end && tokens[phraseEnd].IsWord && !tokens[phraseEnd].IsCapitalized && (CommonWords.IsUnnamedPersonNoun(tokens[phraseEnd].Text) || Titles.IsRoleNoun(tokens[phraseEnd]))) phraseEnd++;
            else if (phraseEnd < end && s.Analysis.TagAt(phraseEnd) == Analysis.Tag.Noun) return default;
            if (phraseEnd < tokens.Count && tokens[phraseEnd].Kind == TokenKind.Possessive) return default;
            return new Speaker(PersonOfAge(s, age), Join(tokens, i - 1, phraseEnd));
        }

        /// <summary>The age an age adjective gives ("45" of "45-year-old"), or null.</summary>
        private static string? AgeOf(Token t)
        {
            var dash = t.Text.IndexOf("-year-old", StringComparison.OrdinalIgnoreCase);
            return dash > 0 && dash + 9 == t.Text.Length ? t.Text.Substring(0, dash) : null;
        }

        /// <summary>The one person given the age <paramref name="age"/> in the sentences of this and the previous paragraph up to <paramref name="s"/>; null when none or two.</summary>
        private EntityDraft? PersonOfAge(SentenceInfo s, string age)
        {
            EntityDraft? found = null;
            for (var k = Math.Min(s.Index, _sentences.Count - 1); k >= 0 && _sentences[k].BlockIndex >= s.BlockIndex - 1; k--)
            {
                var before = _sentences[k];
                if (before.Block != BlockKind.Paragraph) break;
                foreach (var m in before.Mentions)
                {
                    if (m.Entity.Kind != EntityKind.Person || !GivesAge(before.Tokens, m, age)) continue;
                    if (found is not null && found != m.Entity) return null;
                    found = m.Entity;
                }
            }
            return found;
        }

        /// <summary>"45-year-old Karel Brandt", "Karel Brandt, 45,", "Karel Brandt (45)", "Karel Brandt, a 45-year-old fisherman", "Karel Brandt, aged 45".</summary>
        private static bool GivesAge(List<Token> tokens, Mention m, string age)
        {
            if (m.TokenStart > 0 && string.Equals(AgeOf(tokens[m.TokenStart - 1]), age, StringComparison.OrdinalIgnoreCase)) return true;
            var k = m.TokenEnd;
            if (k + 1 >= tokens.Count || !(tokens[k].IsPunct(',') || tokens[k].IsPunct('('))) return false;
            k++;
            if (tokens[k].Is("a") || tokens[k].Is("an") || tokens[k].Is("aged")) k++;
            return k < tokens.Count && (tokens[k].Text == age || string.Equals(AgeOf(tokens[k]), age, StringComparison.OrdinalIgnoreCase));
        }
    }
}
