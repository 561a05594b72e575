using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>What a date carries into the sentences after it, and what it does not.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// "Biden gained among older voters, who backed Trump in 2016. Bloomberg then pledged ...": a date of a relative clause
        /// tells of its noun, and does not set the time of the sentences after.
        /// </summary>
        // The clauses are built only when a word that may introduce one stands before the date (every relative clause has its
        // introducer): building them for every dated sentence cost 4 % more allocation.
        private static bool TellsOfANoun(SentenceInfo s, DateMention d) =>
            Analysis.WordBounds.MayIntroduceClauseIn(s.Tokens, 0, d.TokenStart) && s.Analysis.RelativeClauseAround(d.TokenStart) is not null;

        /// <summary>
        /// "Holt showed the council photos taken in 2016. She also criticized the harbour plan.": a date that a participle right
        /// after a noun governs, after the clause's own verb, is that reduced relative clause's, told of its noun, and does not
        /// set the time of the sentences after (one before any verb, "A rally held on Monday drew thousands", may frame its sentence).
        /// </summary>
        private static bool OwnedByLateParticiple(SentenceInfo s, DateMention d)
        {
            var verb = 0;
            while (verb + 2 < d.TokenStart && s.Analysis.TagAt(verb) != Analysis.Tag.Verb) verb++;
            // "the army moved on November 15": the participle is read as such by the analysis, not as a clause's past verb.
            for (var i = d.TokenStart - 1; i >= verb + 2; i--)
            {
                if (s.Tokens[i].Kind == TokenKind.Punctuation) return false;
                if (s.Analysis.TagAt(i) == Analysis.Tag.Verb) return s.Analysis.Tags.Forms[i] == Analysis.VerbForm.Participle && s.Analysis.TagAt(i - 1) == Analysis.Tag.Noun;
            }
            return false;
        }

        /// <summary>
        /// The date the sentence before gave frames this one, unless this one is about now ("is currently shut down", "has been
        /// shelling", "has also led"), a habit ("every week") or before it ("had been convicted", "in the 1970s", the occasion
        /// after "came after" or "follows").
        /// </summary>
        private static bool SetAtAnotherTime(SentenceInfo s, int t, int previousDate)
        {
            var tokens = s.Tokens;
            return ClauseReader.HasWord(tokens, "currently", "now", "still", "weekend") || NamesAWeek(s, t) || TellsFrequency(tokens, t) || InOngoingAspect(tokens, t)
                || NamesAnotherTime(tokens, previousDate / 10000) || IsPluperfect(tokens) || PerfectAfterPastYear(tokens, t, previousDate)
                || FollowedOccasion(tokens, t) >= 0;
        }

        /// <summary>
        /// "last week", "every week", "this week": a week the sentence names sets it apart from the day before; not the unit
        /// of the span counted back to the trigger's own act ("This comes a week after Holt attended a summit in Norhaven", read
        /// by <see cref="CountedBackFrom"/>).
        /// </summary>
        private static bool NamesAWeek(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var counted = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                // "He also announced a plan to be unveiled later this week": a week ahead tells of the plan, not of the act.
                if (!tokens[i].Is("week") || WeekAhead(tokens, i)) continue;
                if (counted < 0) counted = TimeClauseAround(s, t) - 1;
                if (i != counted || !tokens[i + 1].Is("after") || !DateResolver.IsCountedSpan(tokens, i + 1)) return true;
            }
            return false;
        }

        private static bool WeekAhead(List<Token> tokens, int i) =>
            i > 0 && (tokens[i - 1].Is("next") || tokens[i - 1].Is("coming") || i > 1 && tokens[i - 1].Is("this") && tokens[i - 2].Is("later"));

        /// <summary>
        /// "Holm once led the party": "once" inside its sentence tells a former time; not "once again" or "once more" (told again
        /// now), "at once", "more than once", nor the conjunction before its clause's subject ("..., and once it ended") or
        /// opening the sentence ("Once the vote ended, ...").
        /// </summary>
        internal static bool TellsFormerTime(List<Token> tokens, int i)
        {
            if (i == 0 || i + 1 >= tokens.Count || !tokens[i].Is("once") || tokens[i - 1].Is("at") || tokens[i - 1].Is("than")) return false;
            var next = tokens[i + 1];
            return next.IsWord && !next.Is("again") && !next.Is("more") && !ClauseReader.IsDeterminerOrPossessive(next.Lower) && !next.IsCapitalized && !ClauseReader.IsSubjectPronoun(next) && !next.Is("you");
        }

        /// <summary>
        /// "Tomas Vell was expelled from the army in 2007. He has also led protests against the draft.": a present perfect
        /// tells of a time running to now, which a year told before as a finished past does not date ("has been charged" after
        /// a day of this week still goes on with that day: only a year alone is kept off). Only the trigger's stretch of the
        /// sentence counts (no comma between): "..., but the demands have grown" is another clause's tense.
        /// </summary>
        private static bool PerfectAfterPastYear(List<Token> tokens, int t, int previousDate) => previousDate % 10000 == 0 && IsPresentPerfect(tokens, t);

        private static bool IsPresentPerfect(List<Token> tokens, int t)
        {
            var from = Math.Min(t, tokens.Count - 1);
            while (from > 0 && !tokens[from - 1].IsPunct(',') && !tokens[from - 1].IsPunct(';')) from--;
            for (var i = from; i + 1 < tokens.Count && !(i > t && (tokens[i].IsPunct(',') || tokens[i].IsPunct(';'))); i++)
            {
                if (!(tokens[i].Is("has") || tokens[i].Is("have"))) continue;
                var next = i + 1;
                while (next + 1 < tokens.Count && next <= i + 2 && tokens[next].IsWord && (IsPerfectAdverb(tokens[next]) || tokens[next].Lower.EndsWith("ly", StringComparison.Ordinal))) next++;
                var w = tokens[next];
                if (IsPerfectParticiple(w, shortestIrregular: 4)) return true;
            }
            return false;
        }

        /// <summary>
        /// The participle of a perfect after "had" or "has": "been", a regular past form ("had visited"), or an irregular one of
        /// at least <paramref name="shortestIrregular"/> letters that is no base form ("had met", "has led").
        /// </summary>
        private static bool IsPerfectParticiple(Token w, int shortestIrregular) =>
            w.Is("been") || w.IsWord && !w.IsCapitalized && (w.Length > 3 && w.Lower.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiple(w, shortestIrregular));

        /// <summary>
        /// "In 2019, Norland and Estmark held talks in secret. Their envoys had met in March in Ostrel.": a pluperfect is set
        /// before the time the sentence before gave, so a month it names without a year, read in the dateline's year when that
        /// comes after the one the sentence before set, falls in that year instead.
        /// </summary>
        private static int InSettingYear(List<Token> tokens, List<DateMention> dates, int date, int previousDate)
        {
            var setting = previousDate / 10000;
            if (date == 0 || setting == 0 || date / 10000 <= setting || date % 10000 == 0 || !IsPluperfect(tokens)) return date;
            foreach (var d in dates)
                for (var i = d.TokenStart; i < d.TokenEnd; i++)
                    if (tokens[i].Kind == TokenKind.Number && tokens[i].Length == 4 || TriggerFinder.IsAny(tokens[i], DatelineRelative)) return date;
            return setting * 10000 + date % 10000;
        }

        // "last March", "this May", "two months ago": a month told from the dateline, whatever the sentence before set.
        private static readonly string[] DatelineRelative = { "last", "this", "next", "ago", "past", "coming", "yesterday", "today", "tomorrow", "tonight" };
    }
}
