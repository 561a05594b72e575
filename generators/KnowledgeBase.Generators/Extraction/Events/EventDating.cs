using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Dates events from their own clause, the sentences around them and the events told before.
    /// </summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// "They met in Geneva on Monday. ... They called on Freedonia to ...": a sentence that goes on with the same
        /// actors by a pronoun, within three sentences, goes on with their day; an act still to come lends none to one done: "Mira Holt is
        /// to resign today. She lost the vote in the council." tells a loss before the day of the coming resignation.
        /// </summary>
        internal static void DateFromSameActors(List<EventDraft> events, EventDraft draft)
        {
            var tokens = draft.Sentence.Tokens;
            if (tokens.Count == 0 || draft.Participants.Count == 0 || !(tokens[0].Is("they") || tokens[0].Is("he") || tokens[0].Is("she"))) return;
            for (var i = events.Count - 1; i >= 0; i--)
            {
                var e = events[i];
                if (draft.Sentence.Index - e.Sentence.Index > 3) return;
                if (e.Date == 0 || e.DateInferred || e.Status == DataLayout.StatusPlanned && draft.Status == DataLayout.StatusOccurred || e.Sentence == draft.Sentence || !e.Participants.Contains(draft.Participants[0])) continue;
                draft.Date = e.Date;
                draft.DateInferred = true;
                return;
            }
        }

        /// <summary>"X was defeated in Eastvale": a seat won or lost in the article's one dated election was won or lost that day.</summary>
        internal static void DateElectionOutcomes(List<EventDraft> events)
        {
            var day = 0;
            foreach (var e in events)
                if (e.Trigger.Cameo == "000" && e.Trigger.Kind == "election" && e.Date != 0)
                {
                    if (day != 0 && day != e.Date) return;
                    day = e.Date;
                }
            if (day == 0) return;
            foreach (var e in events)
                if (e.Date == 0 && e.Trigger.Cameo == "000" && e.Trigger.Kind is "defeat" or "win" && e.Sentence.Tokens.Exists(static w => w.Is("election") || w.Is("seat") || w.Is("constituency") || w.Is("vote") || w.Is("votes")))
                {
                    e.Date = day;
                    e.DateInferred = true;
                }
        }

        /// <summary>A back reference ("the stabbing", "this lockdown started on ...") dates the latest event of its kind if that had no date.</summary>
        internal static void DateEarlier(List<EventDraft> events, EventTrigger trigger, List<Token> tokens, int t, List<DateMention> dates)
        {
            for (var i = events.Count - 1; i >= 0; i--)
            {
                var e = events[i];
                if (!EventMerger.SameKind(e.Trigger, trigger)) continue;
                if (e.Date != 0 && !e.DateInferred) return;
                foreach (var d in dates)
                    if (SameSegment(tokens, dates, d, t) && DatesTheNoun(tokens, t, d))
                    {
                        e.Date = d.Packed;
                        e.DateInferred = false;
                        return;
                    }
                return;
            }
        }

        /// <summary>
        /// Only a date that frames its sentence carries over, not one that names a thing ("the November 27 agreement") nor one
        /// of a relative clause ("expired on Monday, after a recess which began on March 13").
        /// </summary>
        internal static int LastFramingDate(SentenceInfo s, List<DateMention> dates)
        {
            var tokens = s.Tokens;
            // "On Saturday, a fire broke out ..., with losses counted on Monday": the date that opens the sentence frames it.
            if (dates.Count > 1 && OpensSentence(tokens, dates[0])) return dates[0].Packed;
            for (var i = dates.Count - 1; i >= 0; i--)
            {
                var end = dates[i].TokenEnd;
                var namesAThing = end < tokens.Count && tokens[end].IsWord && char.IsLower(tokens[end].Text[0]) && !CommonWords.IsFunctionWord(tokens[end]) && !IsClauseVerbAfter(s, end) && !ParticipleAfterDay(s, dates[i]);
                if (namesAThing || EndsAPeriod(tokens, dates[i]) || IsComparedTime(tokens, dates[i]) || i > 0 && InClauseBelow(s, dates[0].TokenStart, dates[i].TokenStart) || TellsOfANoun(s, dates[i]) || OwnedByLateParticiple(s, dates[i])) continue;
                return dates[i].Packed;
            }
            return 0;
        }

        /// <summary>
        /// "Police on Monday arrested Tomas Vell", "the ferry was yesterday reported missing": a past verb right after the date
        /// is its clause's verb, which the date frames; the word after a date that names a thing is a noun ("the May 3 vote").
        /// </summary>
        private static bool IsClauseVerbAfter(SentenceInfo s, int i) =>
            s.Analysis.TagAt(i) == Tag.Verb && s.Analysis.Tags.Forms[i] is VerbForm.Past or VerbForm.Participle;

        /// <summary>
        /// "announced on Sunday that a wreck they found last June was ...", "expired on Monday, after a recess which began on
        /// March 13": the later date stands in a relative clause, or in a clause below the one of the first date. Asked only of
        /// a sentence with two dates or more (few): "they found last June" has no word that says a clause opens.
        /// </summary>
        private static bool InClauseBelow(SentenceInfo s, int first, int token)
        {
            if (s.Analysis.RelativeClauseAround(token) is not null) return true;
            var outer = s.Analysis.ClauseAround(first);
            var clause = s.Analysis.ClauseAround(token);
            if (outer is null || clause == outer) return false;
            for (var c = clause?.Parent; c is not null; c = c.Parent)
                if (c == outer) return true;
            return false;
        }

        /// <summary>A date belongs to the trigger when no clause comma separates them (a date's own comma does not count).</summary>
        internal static bool SameSegment(List<Token> tokens, List<DateMention> dates, DateMention date, int t)
        {
            int from = Math.Min(date.TokenEnd, t), to = Math.Max(date.TokenStart, t);
            for (var i = from; i < to; i++)
            {
                if (!tokens[i].IsPunct(',')) continue;
                var insideDate = false;
                foreach (var d in dates) if (i >= d.TokenStart && i < d.TokenEnd) insideDate = true;
                if (!insideDate) return false;
            }
            return true;
        }

        /// <summary>
        /// The date in the trigger's own clause; else the sentence's nearest; else the one the sentence before gave, unless the
        /// trigger stands in an "after" or "before" clause and the sentence dates the clause it hangs on (<paramref name="otherClauseDated"/>:
        /// "resigned on Friday after Brandt criticized her" tells the criticism at a time it does not give).
        /// </summary>
        internal static int ClauseDate(SentenceInfo s, int t, List<DateMention> dates, int previousDate, bool occurred, out bool inferred, out bool otherClauseDated)
        {
            var tokens = s.Tokens;
            var date = 0;
            var bestDistance = int.MaxValue;
            var relative = s.Analysis.RelativeClauseAround(t)?.Start ?? -1;
            var reportedPast = ReportedPluperfect(tokens, t);
            var timeClause = dates.Count > 0 ? TimeClauseAround(s, t) : -1;
            otherClauseDated = false;
            foreach (var d in dates)
            {
                // "Mira Holt resigned after Karel Brandt criticized her on Tuesday": an "after" or "before" clause has its own time.
                var across = AcrossTimeClause(s, timeClause, d);
                if (across < 0)
                {
                    otherClauseDated |= timeClause >= 0;
                    continue;
                }
                // "was held in jail until a hearing on June 9" in an article of May 20: the coming June 9 dates no act done.
                if (occurred && d.Upcoming) continue;
                // "Yesterday, police said they had arrested a man": yesterday is when they said it, the arrest came before.
                if (reportedPast >= 0 && d.TokenStart < reportedPast || PlanToldThatDay(s, t, d, occurred, ref otherClauseDated)) continue;
                // "On Wednesday, ministers denounced the deal in which X and Y agreed": the relative clause has its own time.
                if (relative >= 0 && d.TokenStart < relative) continue;
                // "inspected the crash of the bus, which was bought in 1994": so has one after the trigger.
                // "Ana Ruiz, who had chaired the board for years, retired on Friday": nor from the main clause the relative one ends in.
                if (d.TokenStart > t && (RelativeClauseBetween(s, t, d.TokenStart) || relative >= 0 && RelativeClauseEnds(tokens, t, d.TokenStart))) continue;
                // "Tomas Vell, who ran for governor in 2010, died on Friday": a relative clause closed before the trigger keeps its date.
                if (d.TokenStart < t && s.Analysis.RelativeClauseAround(d.TokenStart) is not null && RelativeClauseEnds(tokens, d.TokenStart, t)) continue;
                if (EndsAPeriod(tokens, d) || IsComparedTime(tokens, d) || d.TokenStart > t && (FollowsEarlier(tokens, t, d.TokenStart) || OccasionAheadAfter(tokens, t, d.TokenStart) >= 0)) continue;
                // "the deadliest attack since a bombing in June": the date is the compared occasion's.
                var since = SinceBefore(tokens, d.TokenStart, t);
                if (since == Since.Comparison) continue;
                // "On Friday, the council condemned the arrest of X in May and demanded ...": May is the arrest's.
                var otherNouns = OtherNounsDate(tokens, dates, d, t);
                if (otherNouns == NotReached) continue;
                var sameSegment = SameSegment(tokens, dates, d, t);
                var distance = otherNouns + Math.Abs(d.TokenStart - t) + (sameSegment ? 0 : 1000) + (InReducedRelative(tokens, t, d.TokenStart) || sameSegment && OwnedByParticipleBefore(tokens, d.TokenStart, t) ? 2000 : 0)
                    + (CoordinatedAway(tokens, dates, d, t) ? 500 : 0) + (DatesTheSaying(s, t, d) ? 300 : 0);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    // "X resigned on Tuesday, and Y will take over": the trigger's own tense directs a weekday, not the sentence's.
                    date = across > 0 ? across : occurred ? d.Past : AfterItsTelling(dates, d);
                    // "300 were arrested since the protests began in June": the act spans the period that date opens, so only its year holds.
                    if (since == Since.Period) date = date / 10000 * 10000;
                    // "had delivered 9,000 doses by May 22": a total reached by a day (told after the act, not "By Monday, the storm had
                    // passed") was reached over the days before, dated by its month.
                    else if (occurred && d.TokenStart > t && tokens[d.TokenStart - 1].Is("by")) date = date / 100 * 100;
                }
            }
            date = InSettingYear(tokens, dates, date, previousDate);
            inferred = false;
            if (date == 0 && previousDate != 0 && relative < 0 && reportedPast < 0 && !otherClauseDated && !SetAtAnotherTime(s, t, previousDate))
            {
                date = dates.Count == 0 ? CountedBackFrom(s, t, previousDate) : previousDate;
                inferred = true;
            }
            return date;
        }

        /// <summary>
        /// "The ministry said on Monday that it had expelled Lena Vos on Saturday": a day in the clause of saying dates the
        /// saying; the reported act's own day, when its clause gives one, is nearer to it than any distance counts.
        /// </summary>
        private static bool DatesTheSaying(SentenceInfo s, int t, DateMention d)
        {
            var clause = s.Analysis.ClauseAround(t);
            while (clause is { Kind: ClauseKind.Nonfinite, Parent: { } parent }) clause = parent;
            return clause is { Kind: ClauseKind.Reported } && d.TokenStart < clause.Start;
        }

        /// <summary>
        /// "issued a ruling on the suspension of parliament until October 14", "will stay closed until Monday": a date after
        /// "until" ends a period the act opened or set, and is not the day of the act.
        /// </summary>
        private static bool EndsAPeriod(List<Token> tokens, DateMention d) => d.TokenStart > 0 && (tokens[d.TokenStart - 1].Is("until") || tokens[d.TokenStart - 1].Is("till"));

        /// <summary>
        /// "Turnout was higher than in 2016", "a different situation than last year": a date after "than" (or "than in", "than
        /// on", "than during") is a time compared with, neither the act's nor one that frames the sentences after.
        /// </summary>
        private static bool IsComparedTime(List<Token> tokens, DateMention d)
        {
            var i = d.TokenStart - 1;
            if (i >= 1 && (tokens[i].Is("in") || tokens[i].Is("on") || tokens[i].Is("during"))) i--;
            // "no later than Friday" sets a deadline, the time the act is due by.
            return i >= 0 && tokens[i].Is("than") && !(i > 0 && (tokens[i - 1].Is("later") || tokens[i - 1].Is("earlier") || tokens[i - 1].Is("sooner")));
        }

        private enum Since : byte { None, Period, Comparison }

        /// <summary>
        /// "since June", "since the protests began in June": a date that "since" governs, directly or through the clause it
        /// opens, starts a period running to the report, and the trigger outside that phrase happened somewhere in it;
        /// after a superlative ("the deadliest attack since a bombing in June") it dates the occasion compared with.
        /// </summary>
        private static Since SinceBefore(List<Token> tokens, int date, int t)
        {
            for (var i = date - 1; i >= 0 && i >= date - 8; i--)
            {
                if (i == t || tokens[i].IsPunct(',') || tokens[i].IsPunct(';')) return Since.None;
                if (!tokens[i].Is("since")) continue;
                // "in predictions since the January 7 quake": the trigger inside the phrase is the occasion that opens it.
                if (!(t < i || ClauseReader.HasWordAfter(tokens, date - 1, t - date, ","))) return Since.None;
                return i > 0 && IsComparison(tokens[i - 1]) || i > 1 && IsComparison(tokens[i - 2]) ? Since.Comparison : Since.Period;
            }
            return Since.None;
        }

        /// <summary>
        /// "Her self-immolation follows another attempt in April", "The strike came after talks failed last week": a date after
        /// "follows", "followed" or "came after" dates the earlier occasion the trigger before that verb is set against ("was
        /// followed by" and "followed by" set a later one after it, told on the same day as often as not, and do not count).
        /// </summary>
        private static bool FollowsEarlier(List<Token> tokens, int t, int date)
        {
            for (var i = t + 1; i < date; i++)
            {
                var w = tokens[i];
                if (w.IsPunct(',') || w.IsPunct(';')) return false;
                if ((w.Is("comes") || w.Is("came")) && tokens[i + 1].Is("after")) return true;
                if ((w.Is("follows") || w.Is("followed")) && !tokens[i + 1].Is("by") && !(ClauseReader.IsBeForm(tokens[i - 1]) || tokens[i - 1].Is("be"))) return true;
            }
            return false;
        }

        // "deadliest", "costliest" and the common superlatives and their like ("first", "ever"); not any "-est" ("request").
        private static bool IsComparison(Token w) =>
            w.IsWord && (w.Lower.Length > 5 && w.Lower.EndsWith("iest", StringComparison.Ordinal) || Array.IndexOf(Superlatives, w.Lower) >= 0);

        private static readonly string[] Superlatives =
        {
            "first", "ever", "most", "best", "worst", "largest", "biggest", "highest", "lowest", "strongest", "longest",
            "greatest", "fastest", "hottest", "coldest", "warmest", "latest", "least",
        };

        // A comma before a verb closes the relative clause ("..., retired on Friday"); one before a place or a
        // preposition does not ("which was founded in Velden, Norland, in 1992").
        private static bool RelativeClauseEnds(List<Token> tokens, int from, int to)
        {
            for (var i = from + 1; i < to; i++)
                if (tokens[i].IsPunct(',') && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized && !CommonWords.IsFunctionWord(tokens[i + 1])) return true;
            return false;
        }

        // A relative clause describes the noun before its comma: "the Velden outbreak, which began in 2004" dates the
        // outbreak, "the crash of the bus, which was bought in 1994" does not date the crash.
        private static bool RelativeClauseBetween(SentenceInfo s, int from, int to)
        {
            var tokens = s.Tokens;
            for (var i = from + 1; i < to; i++)
            {
                if (s.Analysis.OpensRelativeClause(i)) return i - 1 != from;
                if (tokens[i].Is("where") && i > from + 1) return true; // "met for a summit where on Sunday X signed"
            }
            return false;
        }

        /// <summary>
        /// "In the 1970s, she founded ...", "decades earlier", "previously", "Mira Holt lost the 2016 race to Karel Brandt": the
        /// sentence is set at another time than the one before, whose year is <paramref name="year"/> (0: no year is asked of).
        /// </summary>
        private static bool NamesAnotherTime(List<Token> tokens, int year)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var w = tokens[i];
                if (IsDecade(w) || w.IsWord && (w.Is("decade") || w.Is("decades") || w.Is("century") || w.Is("previously") || w.Is("formerly")) || TellsFormerTime(tokens, i)) return true;
                if (NamesEarlierYear(tokens, i, year)) return true;
            }
            return false;
        }

        /// <summary>
        /// "the 2016 race", "the attacks of 2001", "a 2013 incident": a year before <paramref name="year"/> (the year of the day
        /// the story is told at; 0 asks nothing) at token <paramref name="i"/>, after a word it names the time of a thing after.
        /// A later year ("her chances in the 2020 election") is a plan talked of, and sets no act of the story in its time; a
        /// year after "in" is a date of its own clause ("Holt, who was elected in 2017, resigned"), which the dating reads.
        /// </summary>
        internal static bool NamesEarlierYear(List<Token> tokens, int i, int year) =>
            year != 0 && tokens[i].Kind == TokenKind.Number && i > 0 && IsYearDeterminer(tokens[i - 1]) && DateResolver.Number(tokens, i, 1800, 2199, out var named) && named < year;

        private static bool IsYearDeterminer(Token w) =>
            w.IsWord && (w.Is("the") || w.Is("of") || w.Is("a") || w.Is("its") || w.Is("his") || w.Is("her") || w.Is("their"));

        /// <summary>"1970s", "1990s": a decade, no day of the story.</summary>
        internal static bool IsDecade(Token w) => w.Text.Length == 5 && w.Text[4] == 's' && char.IsDigit(w.Text[0]) && char.IsDigit(w.Text[3]);

        /// <summary>
        /// "announced the name of the ship first sighted two months ago": a participle right after a noun, between the
        /// trigger and the date, opens a reduced relative clause, and the date is that clause's.
        /// </summary>
        private static bool InReducedRelative(List<Token> tokens, int t, int date)
        {
            for (var i = t + 2; i < date; i++)
            {
                var w = tokens[i];
                var noun = tokens[i - 1];
                var participle = w.IsWord && char.IsLower(w.Text[0]) && (w.Text.Length > 4 && w.Text.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiple(w));
                if (participle && noun.IsWord && char.IsLower(noun.Text[0]) && !CommonWords.IsFunctionWord(noun) && !noun.Text.EndsWith("ly", StringComparison.Ordinal)) return true;
                // "first sighted": an adverb may stand between the noun and its participle.
                if (participle && i >= t + 3 && (noun.Is("first") || noun.Is("recently") || noun.Is("originally")) && tokens[i - 2].IsWord && !CommonWords.IsFunctionWord(tokens[i - 2])) return true;
            }
            return false;
        }

        /// <summary>
        /// "On Sunday, the curfew imposed on June 3 over the riots ended": a date before the trigger that a participle right
        /// after a noun governs ("imposed on June 3") is that reduced relative clause's, told of the noun, not of the later trigger;
        /// asked only with no comma between (an opening phrase, "In a statement released on Friday, X announced ...", frames the sentence).
        /// </summary>
        private static bool OwnedByParticipleBefore(List<Token> tokens, int date, int t) => date < t && date >= 3 && InReducedRelative(tokens, date - 4, date);

        /// <summary>
        /// "the curfew begun on June 3", "the summit held in May": an irregular form of an open-class verb that can be a participle
        /// and is no present form ("set", "put" are; "were" is an auxiliary); asked only of a word right after a noun, between the
        /// trigger and a date.
        /// </summary>
        private static bool IrregularParticiple(Token w, int shortest = 4)
        {
            if (w.Text.Length < shortest || w.Text.EndsWith("ed", StringComparison.Ordinal)) return false;
            var entry = WordEntry.Of(w.Lower);
            return !entry.IsGuessed && entry.Closed is null && entry.Can(OpenClass.Verb) && entry.CanBeForm(VerbForm.Participle) && !entry.CanBeForm(VerbForm.Base) && !entry.CanBeForm(VerbForm.ThirdSingular);
        }

        /// <summary>The speech cue before a pluperfect trigger ("said they had arrested"), or -1.</summary>
        private static int ReportedPluperfect(List<Token> tokens, int t)
        {
            if (t < 3 || !(tokens[t - 1].Is("had") || tokens[t - 2].Is("had"))) return -1;
            for (var i = t - 2; i >= 0 && i >= t - 6; i--)
                if (ClauseReader.IsSpeechCue(tokens, i)) return i;
            return -1;
        }

        /// <summary>
        /// What has happened did not happen after the article was written: such a date is a misreading, so the event
        /// stays undated rather than take an invented day ("arrested on Friday" in an article of Wednesday).
        /// </summary>
        /// <remarks>A sentence that tells its time in a local clock ahead of the dateline's (<see cref="DateResolver.LocalDays"/>) may give the day after it.</remarks>
        internal static int NotAfterDateline(int date, int status, int published, List<Token>? tokens = null) =>
            status == DataLayout.StatusOccurred && published % 100 != 0 && date > published && !(tokens is not null && date == DateResolver.DayAfterDateline(published) && DateResolver.ToldInLocalTime(tokens)) ? 0 : date;

        /// <summary>
        /// "was due to step aside in October" in an article of May 2020: a planned event dated by its month alone, read as last
        /// year's month because the verb is past, is that month's next coming.
        /// </summary>
        internal static int PlannedMonthAhead(int date, int status, int published) =>
            status == DataLayout.StatusPlanned && published % 100 != 0 && date % 100 == 0 && date % 10000 != 0
                && date / 10000 == published / 10000 - 1 && date / 100 % 100 > published / 100 % 100 ? date + 10000 : date;

        /// <summary>"chances in the 2020 election" in an article of 2019: an occasion whose own year is still to come is planned.</summary>
        internal static void FutureYearIsPlanned(EventDraft draft, int published)
        {
            if (draft.Status == DataLayout.StatusOccurred && published != 0 && draft.Date % 10000 == 0 && draft.Date / 10000 > published / 10000)
                draft.Status = DataLayout.StatusPlanned;
        }
    }
}
