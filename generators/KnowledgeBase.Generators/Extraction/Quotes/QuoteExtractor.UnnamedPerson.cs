using System;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // "he"/"she" after a sentence about one unnamed person.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "One of the Orvel miners asked not to be named. He said ...", "The pier closed after a young woman fell. She said ...":
        /// "he"/"she" opening its sentence (or its cue's clause right after an opening quotation) right after a sentence that
        /// names no person, in which one unnamed person heads a clause as its subject ("one of the miners", "a young woman")
        /// of no other sex, is that person, named by the phrase; not the person the text was last about. Two such
        /// subjects leave it open.
        /// </summary>
        private Speaker UnnamedPersonJustBefore(SentenceInfo s, int pronoun)
        {
            if (pronoun > 0 && !AfterOpeningQuotation(s.Tokens, pronoun) || s.Index == 0 || s.Index > _sentences.Count) return default;
            var before = _sentences[s.Index - 1];
            foreach (var m in before.Mentions)
                if (m.Entity.Kind == EntityKind.Person) return default;
            Speaker found = default;
            var tokens = before.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!(tokens[i].Is("one") || tokens[i].Is("a") || tokens[i].Is("an")) || UnnamedPersonEnd(before, i) is var end && end < 0 || !HeadsClause(before, end)) continue;
                var noun = tokens[end - 1].Lower;
                var sex = RowPronoun(GenderedAppositionNouns, noun) ?? RowPronoun(GenderedAppositionNouns, noun.TrimEnd('s'));
                if (sex is not null && !s.Tokens[pronoun].Is(sex)) continue;
                if (found.IsFound) return default;
                found = new Speaker(null, Join(tokens, i, end));
            }
            return found;
        }

        /// <summary>A verb right after the phrase ending at <paramref name="end"/>, past an apposition (", aged 17,"): the phrase is its subject.</summary>
        private static bool HeadsClause(SentenceInfo s, int end)
        {
            var tokens = s.Tokens;
            if (end < tokens.Count && tokens[end].IsPunct(','))
            {
                var k = end + 1;
                while (k < tokens.Count && k < end + 6 && !tokens[k].IsPunct(',')) k++;
                end = k + 1;
            }
            return end < tokens.Count && s.Analysis.TagAt(end) is Analysis.Tag.Verb or Analysis.Tag.Auxiliary or Analysis.Tag.Modal;
        }

        /// <summary>
        /// The end of "one of the (Orvel) miners" or "a (young) woman"/"an (injured) witness" opening at <paramref name="start"/>:
        /// one member of a group of people, or one person a person noun or a role noun names; -1 when the phrase is none.
        /// </summary>
        private static int UnnamedPersonEnd(SentenceInfo s, int start)
        {
            var tokens = s.Tokens;
            if (start + 3 < tokens.Count && tokens[start].Is("one") && tokens[start + 1].Is("of") && (tokens[start + 2].Is("the") || Events.ClauseReader.IsPossessivePronoun(tokens[start + 2])))
            {
                for (var k = start + 3; k < tokens.Count && k < start + 6; k++)
                {
                    if (!tokens[k].IsWord || s.MentionAt(k) is { Entity.Kind: EntityKind.Person }) return -1;
                    var noun = tokens[k].Lower;
                    if (IsA(tokens[k], QuoteWords.SpeakingGroup) || noun.EndsWith("s", StringComparison.Ordinal) && Titles.IsRoleNoun(noun.Substring(0, noun.Length - 1)) || noun.EndsWith("men", StringComparison.Ordinal) || noun is "children" or "people")
                        return k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Possessive ? -1 : k + 1;
                }
                return -1;
            }
            if (!(tokens[start].Is("a") || tokens[start].Is("an"))) return -1;
            for (var k = start + 1; k < tokens.Count && k < start + 7; k++)
            {
                if (tokens[k].Kind == TokenKind.Number || tokens[k].IsPunct('-')) continue; // "a 17-year-old girl"
                if (!tokens[k].IsWord || tokens[k].IsCapitalized || s.MentionAt(k) is not null) return -1;
                if (CommonWords.IsUnnamedPersonNoun(tokens[k].Text) || Titles.IsRoleNoun(tokens[k]))
                    return k + 1 < tokens.Count && (tokens[k + 1].Kind == TokenKind.Possessive || tokens[k + 1].Is("of")) ? -1 : k + 1;
            }
            return -1;
        }

        /// <summary>
        /// "On Thursday officials reported ...": a weekday after "on"/"by" or opening the sentence dates the clause; it is no
        /// word of the speaker's phrase ("officials", not "Thursday officials").
        /// </summary>
        private static bool IsFrontedDay(System.Collections.Generic.List<Token> tokens, int i) =>
            tokens[i].IsCapitalized && !tokens[i].NamesNoDay && tokens[i].Text.Length > 3 && (tokens[i].Form?.Has(WordTrait.WeekdayWord) ?? Reading.DatelineReader.IsWeekday(tokens[i].Text))
                && (i == 0 || tokens[i - 1].Is("on") || tokens[i - 1].Is("by") || tokens[i - 1].Is("late") || tokens[i - 1].Is("early") || tokens[i - 1].IsPunct(','));
    }
}
