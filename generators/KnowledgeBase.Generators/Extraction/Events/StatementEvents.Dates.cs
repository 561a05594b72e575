using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>When a statement was made: the dates of the saying, not of what is said.</summary>
    internal static partial class StatementEvents
    {
        /// <summary>
        /// "announced on Twitter on Friday the bridge would ...", "said in a statement on Monday": only a phrase of where or how it was
        /// said stands between the cue and the date (a preposition, then names, function words or the nouns after them), so the
        /// date is the saying's even when the reported words are read from right after the cue.
        /// </summary>
        private static bool WhereSaid(List<Token> tokens, int cue, int date)
        {
            if (date - cue > 5 || !(tokens[cue + 1].Is("on") || tokens[cue + 1].Is("in") || tokens[cue + 1].Is("via") || tokens[cue + 1].Is("through"))) return false;
            for (var i = cue + 2; i < date - 1; i++)
                if (!tokens[i].IsWord || tokens[i].Is("that") || !(tokens[i].IsCapitalized || CommonWords.IsFunctionWord(tokens[i]) || ClauseReader.IsDeterminerOrPossessive(tokens[i - 1].Lower))) return false;
            return tokens[date - 1].Is("on") || tokens[date - 1].Is("in") || tokens[date - 1].Is("last");
        }

        /// <summary>
        /// "announced his resignation in March", "announced the plan last month": what is reported is a noun phrase with no verb,
        /// and the date that ends it tells when it was announced; not a date that bounds or sets what is announced ("a curfew
        /// until March", "elections for May") nor one after a verb of what is reported ("plans to build a bridge in 2015").
        /// </summary>
        private static bool EndsReportedNounPhrase(QuoteDraft q, DateMention d)
        {
            var tokens = q.Sentence.Tokens;
            // A quotation's "today" is the speaker's, told in the speaker's words, not an adjunct of the narrator's.
            if (q.Kind != QuoteKind.Indirect || d.TokenEnd < tokens.Count && tokens[d.TokenEnd].IsWord && Reports(q, tokens[d.TokenEnd])) return false;
            if (d.TokenStart < 1 || TriggerFinder.IsAny(tokens[d.TokenStart - 1], PeriodBounds)) return false;
            var first = d.TokenStart;
            while (first > 0 && Reports(q, tokens[first - 1])) first--;
            foreach (var group in q.Sentence.Analysis.FoundVerbGroups)
                if (group.Head >= first && group.Head < d.TokenStart) return false;
            return true;
        }

        private static readonly string[] PeriodBounds = { "for", "until", "till", "by", "since", "from", "through", "to", "before", "after", "between", "of" };

        /// <summary>
        /// "On Tuesday, X announced he had asked on Monday ...": the date before the cue, or right after it ("announced on
        /// Sunday that"), is the statement's; the dates of what is reported are not. A sentence's only date is its own.
        /// </summary>
        private static int StatementDate(QuoteDraft q, List<DateMention> dates)
        {
            var tokens = q.Sentence.Tokens;
            // A sentence's only date is its own, unless it lies in what is reported ("announced the port will reopen on Friday")
            // and is not the end of a reported noun phrase ("announced his resignation in March").
            if (dates.Count == 1 && (!Reports(q, tokens[dates[0].TokenStart]) || EndsReportedNounPhrase(q, dates[0]))) return dates[0].Upcoming ? 0 : dates[0].Past;
            var cue = -1;
            for (var i = 0; i < tokens.Count && cue < 0; i++)
                if (string.Equals(tokens[i].Text, q.Cue, StringComparison.Ordinal) && !Reports(q, tokens[i])) cue = i;
            if (cue < 0) return 0;
            var date = 0;
            var best = int.MaxValue;
            foreach (var d in dates)
            {
                // "On Tuesday, X announced": a date that opens the sentence frames it across the comma.
                var before = d.TokenEnd <= cue && (EventDating.OpensSentence(tokens, d) || EventDating.SameSegment(tokens, dates, d, cue));
                // "announced the closure by radio on Wednesday": after the cue, in its segment, outside what is reported,
                // and before any "and" ("on Monday and again on Friday": the first day is the statement's).
                var rightAfter = d.TokenStart > cue && (d.TokenStart <= cue + 2 || EventDating.SameSegment(tokens, dates, d, cue) && (!Reports(q, tokens[d.TokenStart]) || WhereSaid(tokens, cue, d.TokenStart)) && !ClauseReader.HasWordAfter(tokens, cue, d.TokenStart - cue - 1, "and"));
                var distance = Math.Abs(d.TokenStart - cue);
                if ((before || rightAfter) && distance < best && !d.Upcoming)
                {
                    best = distance;
                    date = d.Past;
                }
            }
            return date;
        }
    }
}
