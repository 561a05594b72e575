using System.Collections.Generic;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>The month a review's headline names, and the acts it dates.</summary>
    internal static partial class EventAnchors
    {
        /// <summary>
        /// "Around the league, March 2031" over "Brandt signed with the Ostrel Rovers.": a headline that ends by naming a month of
        /// a year, after a comma, colon or dash, names the period the article reviews (a monthly round-up), so an occurred act
        /// it tells with no date of its own, and no sign of another time, took place in that month; marked inferred.
        /// </summary>
        private static void DateFromTitlePeriod(List<EventDraft> events, List<SentenceInfo> sentences, int published)
        {
            var period = TitlePeriod(sentences, published);
            if (period == 0) return;
            foreach (var e in events)
            {
                if (e.Date != 0 || e.KeepsNoDate || e.Status != DataLayout.StatusOccurred) continue;
                if (NarratorSaysOtherTime(e, period / 10000, inPeriod: true) || HasDateOfItsClause(e, published)) continue;
                e.Date = period;
                e.DateInferred = true;
            }
        }

        // The month a headline ends with ("..., May 2031"), packed with day 0; 0 when the headline names none or a later one.
        private static int TitlePeriod(List<SentenceInfo> sentences, int published)
        {
            foreach (var s in sentences)
            {
                if (s.Block != BlockKind.Title) continue;
                var tokens = s.Tokens;
                var end = tokens.Count;
                while (end > 0 && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
                var dates = s.Dates(published);
                if (dates.Count == 0) return 0;
                var last = dates[dates.Count - 1];
                var month = last.Packed / 100 % 100;
                var separated = last.TokenStart > 0 && tokens[last.TokenStart - 1].Text is "," or ":" or "-" or "\u2013" or "\u2014";
                return last.TokenEnd == end && separated && month != 0 && last.Packed % 100 == 0 && (published == 0 || last.Packed <= published) ? last.Packed : 0;
            }
            return 0;
        }

        /// <summary>
        /// "Around the league, March 2031" over "Holt accused the coach of claiming the club would move", "Holt criticized Brandt
        /// for leaving despite promising previously to stay": in a month's review, a time word or an earlier year in a clause
        /// below the act's own (what was claimed, the reason or manner of the act, a clause hung on one of its nouns) tells
        /// the time of that clause, not of the act, and keeps no act from the month the headline names.
        /// </summary>
        private static bool InClauseBelowTrigger(SentenceInfo s, int t, int token)
        {
            if (t < 0 || s.Analysis.ClauseAround(t) is not { } own) return false;
            // "despite promising previously to stay": a word past the span of its clause's verb stands in the clause of the nearest verb before it.
            var clause = s.Analysis.ClauseAround(token);
            if (clause is null && token > t)
                foreach (var c in s.Analysis.Clauses)
                    if (c.Verb.Start > t && c.Verb.Start < token && (clause is null || c.Verb.Start > clause.Verb.Start)) clause = c;
            if (clause is null || clause == own) return false;
            for (var c = clause.Parent; c is not null; c = c.Parent)
                if (c == own) return true;
            return false;
        }
    }
}
