using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Dates across an "after" or "before" clause: each side of it tells an act at its own time.</summary>
    internal static partial class EventDating
    {
        // Words before "after" or "before" that put the two acts within the same day: "hours after", "shortly before".
        private static readonly string[] SameDayLinks = { "hours", "hour", "minutes", "minute", "moments", "shortly", "soon", "immediately", "just" };

        /// <summary>
        /// How a date bears on the trigger when an "after" or "before" clause stands between them: 0 as it is, -1 not at all,
        /// else the date it gives. "Mira Holt resigned after Karel Brandt criticized her on Tuesday", "On Friday, Holt resigned
        /// after Brandt criticized her": one side's day is not the other's. A year or a month the clause hangs on holds the clause
        /// too ("In 2015 he was elected after Holt resigned"), so do "hours after" and "shortly before" both ways, and "two
        /// months after" counts back from the date of the clause it hangs on.
        /// </summary>
        private static int AcrossTimeClause(SentenceInfo s, int timeClause, DateMention d)
        {
            var dateClause = TimeClauseAround(s, d.TokenStart);
            if (dateClause == timeClause) return 0;
            var tokens = s.Tokens;
            var crossed = Math.Max(timeClause, dateClause);
            if (crossed > 0 && TriggerFinder.IsAny(tokens[crossed - 1], SameDayLinks)) return 0;
            if (dateClause >= timeClause) return -1; // the date stands in a clause the trigger is outside of
            if (tokens[crossed].Is("after") && DateResolver.Ago(tokens, crossed, d.Past) is var (_, back) && back != 0) return back;
            return d.Past % 100 == 0 ? 0 : -1;
        }

        /// <summary>
        /// "dropped out ahead of the forum scheduled for May 9", "ended her campaign prior to the June runoff": "ahead of",
        /// "prior to" or "in advance of" after the act, with no comma between, opens a later occasion the act came before; the
        /// index of that opener, -1 when there is none. "Ahead of" must be followed by the occasion's determiner or its date
        /// ("ahead of the vote", "ahead of Tuesday's vote"): "finished ahead of Brandt on Sunday" compares, and the day is the act's.
        /// </summary>
        internal static int OccasionAheadAfter(List<Token> tokens, int t, int limit)
        {
            for (var i = t + 1; i + 2 < tokens.Count && i < limit; i++)
            {
                var w = tokens[i];
                if (w.IsPunct(',') || w.IsPunct(';')) return -1;
                if (w.Is("prior") && tokens[i + 1].Is("to")) return i;
                if (!((w.Is("ahead") || w.Is("advance")) && tokens[i + 1].Is("of"))) continue;
                var next = tokens[i + 2];
                return next.Is("the") || next.Is("this") || next.Is("next") || next.Is("upcoming") || NamesDay(next) || i + 3 < tokens.Count && next.IsCapitalized && NamesDay(tokens[i + 3]) ? i : -1;
            }
            return -1;
        }

        private static bool NamesDay(Token w) => w.IsCapitalized && Reading.DatelineReader.IsWeekdayOrMonth(w.Text);

        /// <summary>
        /// "In May, Karel Brandt pardoned Mira Holt. Holt had been convicted of fraud.": a sentence told in the pluperfect ("had"
        /// before a participle, an adverb between or not) is set before the time of the one before it, and does not go on with its
        /// date; a short participle counts too ("had met", "had led", "had won"), one that is no base form.
        /// </summary>
        internal static bool IsPluperfect(List<Token> tokens)
        {
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (!tokens[i].Is("had")) continue;
                var next = tokens[i + 1];
                if (next.IsWord && (next.Lower.EndsWith("ly", StringComparison.Ordinal) || IsPerfectAdverb(next)) && i + 2 < tokens.Count) next = tokens[i + 2];
                if (IsPerfectParticiple(next, shortestIrregular: 3)) return true;
            }
            return false;
        }

        /// <summary>
        /// "Mira Holt became mayor of Velden in 2015 and resigned on Friday": a date before the "and" that joins the trigger's verb
        /// to the one before is that verb's when the trigger has its own "on" or "in" date right after it.
        /// </summary>
        private static bool CoordinatedAway(List<Token> tokens, List<DateMention> dates, DateMention d, int t)
        {
            if (d.TokenEnd > t || t < 1) return false;
            var and = -1;
            for (var i = Math.Max(d.TokenEnd, t - 3); i < t; i++) if (tokens[i].Is("and")) and = i;
            if (and < 0) return false;
            foreach (var other in dates)
                if (other.TokenStart > t && other.TokenStart - t <= 6 && (tokens[other.TokenStart].Is("on") || tokens[other.TokenStart].Is("in") || tokens[other.TokenStart - 1].Is("on") || tokens[other.TokenStart - 1].Is("in")))
                    return true;
            return false;
        }

        /// <summary>"had already resigned", "had earlier pleaded guilty", "had never been charged": an adverb without "-ly" between "had" and its participle.</summary>
        private static bool IsPerfectAdverb(Token word) => TriggerFinder.IsAny(word, PerfectAdverbs);

        private static readonly string[] PerfectAdverbs = { "already", "earlier", "also", "just", "never", "not", "still", "long", "since", "once", "first", "yet" };

        /// <summary>
        /// The finite clause "after" or "before" opens around a token ("Mira Holt resigned after Karel Brandt criticized her on
        /// Tuesday", "Before Holt resigned on Friday, Brandt criticized her"): its introducer's token, or -1.
        /// </summary>
        internal static int TimeClauseAround(SentenceInfo s, int token)
        {
            var around = -1;
            foreach (var (start, end) in s.TimeClauses)
                if (start <= token && token < end && start > around) around = start;
            return around;
        }

        /// <summary>
        /// The spans of the finite clauses "after" or "before" opens (<see cref="SentenceInfo.TimeClauses"/>). One runs from its
        /// introducer to the sentence's end or a comma: the first one when it opens the sentence ("After the vote, Brandt
        /// resigned"), else one past a name set off by commas ("after a bus crashed in Ostrel, Norland, this morning") and not
        /// one before a year; its verb's phrases are not always all attached by the analysis.
        /// </summary>
        internal static (int Start, int End)[] FindTimeClauses(SentenceInfo s)
        {
            var tokens = s.Tokens;
            List<(int, int)>? found = null;
            foreach (var clause in s.Analysis.Clauses)
            {
                var at = clause.Introducer;
                if (clause.Kind != ClauseKind.Subordinate || at < 0 || !(tokens[at].Is("after") || tokens[at].Is("before"))) continue;
                var end = at + 1;
                var inName = false;
                for (; end < tokens.Count; end++)
                {
                    var w = tokens[end];
                    if (w.IsPunct(';')) break;
                    if (!w.IsPunct(',') || end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Number) continue;
                    if (at == 0 || !(inName || end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)) break;
                    inName = !inName;
                }
                (found ??= new List<(int, int)>()).Add((at, end));
            }
            AddCountedTimePhrases(tokens, ref found);
            return found?.ToArray() ?? NoTimeClauses;
        }

        /// <summary>
        /// "on Friday, two days after the resignation of Mira Holt": a counted "after" or "before" with a noun phrase and no
        /// clause of its own tells its act at its own time too, up to the next punctuation. Only with an amount and a unit
        /// before it ("two days", "a week"), so "after the vote" alone keeps the sentence's day.
        /// </summary>
        private static void AddCountedTimePhrases(List<Token> tokens, ref List<(int, int)>? found)
        {
            for (var at = 2; at + 1 < tokens.Count; at++)
            {
                if (!(tokens[at].Is("after") || tokens[at].Is("before")) || !DateResolver.IsCountedSpan(tokens, at) || Opens(found, at)) continue;
                var end = at + 1;
                while (end < tokens.Count && (tokens[end].IsWord || tokens[end].Kind is TokenKind.Number or TokenKind.Possessive || tokens[end].IsPunct('-'))) end++;
                (found ??= new List<(int, int)>()).Add((at, end));
            }
        }

        /// <summary>
        /// "Karel Brandt resigned on Friday. The move came two days after Mira Holt criticized him.": in a sentence of no date
        /// of its own, a counted "after" clause or phrase the trigger stands in counts back from the day the sentence before
        /// gave, as it would from the sentence's own (<see cref="AcrossTimeClause"/>).
        /// </summary>
        private static int CountedBackFrom(SentenceInfo s, int t, int previousDate)
        {
            if (previousDate % 100 == 0 || !HasCountedAfter(s.Tokens)) return previousDate;
            var timeClause = TimeClauseAround(s, t);
            if (timeClause < 1 || !s.Tokens[timeClause].Is("after") || TriggerFinder.IsAny(s.Tokens[timeClause - 1], SameDayLinks)) return previousDate;
            // "a few days after": the month the days fall in, or no date when they straddle two.
            if (DateResolver.IsFewDays(s.Tokens, timeClause)) return DateResolver.FewDaysBefore(previousDate);
            return DateResolver.Ago(s.Tokens, timeClause, previousDate) is var (_, back) && back != 0 ? back : previousDate;
        }

        // A cheap look before the sentence's time clauses are asked for.
        private static bool HasCountedAfter(List<Token> tokens)
        {
            for (var i = 2; i < tokens.Count; i++)
                if (tokens[i].Is("after") && (DateResolver.IsCountedSpan(tokens, i) || DateResolver.IsFewDays(tokens, i))) return true;
            return false;
        }

        private static bool Opens(List<(int, int)>? found, int at)
        {
            if (found is null) return false;
            foreach (var (start, _) in found)
                if (start == at) return true;
            return false;
        }

        private static readonly (int, int)[] NoTimeClauses = Array.Empty<(int, int)>();
    }
}
