using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Dates an event takes from what it is anchored to rather than from a date expression of its clause: a year that
    /// modifies its noun, the occasion it happened at, the event told just before it.
    /// </summary>
    internal static class EventAnchors
    {
        /// <summary>"the 2009 Velden outbreak", "the 2020 presidential election": a year modifying an event noun dates it; 0 when none.</summary>
        internal static int YearBeforeNoun(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 1 && i >= t - 5; i--)
            {
                var w = tokens[i];
                if (w.Kind == TokenKind.Number)
                {
                    var before = tokens[i - 1];
                    var opensPhrase = before.Is("the") || before.Is("a") || before.Is("an") || before.Is("its") || before.Is("his") || before.Is("her") || before.Is("their") || before.Kind == TokenKind.Possessive;
                    return opensPhrase && DateResolver.Number(tokens, i, 1800, 2199, out var year) ? DatelineReader.Valid(year, 0, 0) : 0;
                }
                // Only modifiers stand between the year and its noun ("2020 United States presidential").
                if (!w.IsWord || ClauseReader.IsDeterminerOrPossessive(w.Text) || CommonWords.IsFunctionWord(w.Text)) return 0;
            }
            return 0;
        }

        /// <summary>"apologized to X during the hearing": an act told at an occasion the article dated has the occasion's date.</summary>
        internal static void DateFromOccasion(List<EventDraft> events, EventDraft draft)
        {
            var tokens = draft.Sentence.Tokens;
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                if (!(tokens[i].Is("during") || tokens[i].Is("at")) || !tokens[i + 1].Is("the") || EventLexicon.Find(tokens[i + 2].Text) is not { IsNoun: true } occasion) continue;
                for (var k = events.Count - 1; k >= 0; k--)
                {
                    if (events[k].Date == 0 || !EventMerger.SameKind(events[k].Trigger, occasion)) continue;
                    draft.Date = events[k].Date;
                    draft.DateInferred = true;
                    return;
                }
            }
        }

        /// <summary>"the police then surrounded the attacker and shot him": "then" goes on with the day of the event told just before.</summary>
        internal static void DateFromThen(List<EventDraft> events, EventDraft draft)
        {
            if (events.Count == 0 || !ClauseReader.HasWord(draft.Sentence.Tokens, "then")) return;
            var last = events[events.Count - 1];
            if (last.Date % 100 == 0 || draft.Sentence.Index - last.Sentence.Index > 3) return;
            draft.Date = last.Date;
            draft.DateInferred = true;
        }
    }
}
