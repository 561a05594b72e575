using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>The date an event takes from its trigger itself rather than from its clause.</summary>
    internal static partial class EventBuilder
    {
        /// <summary>The date a trigger carries itself, over the clause's: a noun's own year, an anniversary's, none for an older crime or an undated founding.</summary>
        private static int NounOwnDate(List<Token> tokens, int t, EventTrigger trigger, int clauseDate, List<DateMention> dates, ref bool inferred, out bool keepsNoDate)
        {
            // "Norland has been shelling Velden": an act still going on takes no day from the sentences around (EventDating.BackgroundRows).
            if (keepsNoDate = clauseDate == 0 && EventDating.InOngoingAspect(tokens, t)) return 0;
            // "was the Velden Party's 2016 nominee": the nominee's own year, whatever day the clause tells.
            if (!trigger.IsNoun && trigger.Kind == "primary" && EventDating.NomineeYearAfter(tokens, t) is var nominated && nominated != 0)
            {
                inferred = false;
                return nominated;
            }
            // "She lost the 2016 race to X" after a sentence set in 2005: an act done at an occasion of a named year happened then.
            if ((clauseDate == 0 || inferred) && !trigger.IsNoun && trigger.Cameo == "000" && EventDating.OccasionYearAfter(tokens, t) is var occasion && occasion != 0)
            {
                inferred = false;
                return occasion;
            }
            // "In the 2016 race for mayor, Holt lost the vote in Velden": the occasion that opens the sentence frames its acts.
            if ((clauseDate == 0 || inferred) && !trigger.IsNoun && EventDating.OccasionYearOpening(tokens, t) is var framing && framing != 0)
            {
                inferred = false;
                return framing;
            }
            // "The Velden Party was founded by Mira Holt", "Holt, who founded the Velden Party": a body's founding told with no
            // date of its own is the body's background, not the news, and takes no day from the sentences around it.
            if (!trigger.IsNoun)
            {
                if (trigger.Kind != "founding" || clauseDate != 0 && !inferred) return clauseDate;
                inferred = false;
                keepsNoDate = true;
                return 0;
            }
            var date = clauseDate;
            // "was sentenced on Friday for the murder of X": the crime is older than the day of its sentence; so is what a verb
            // overturns or upholds, unless its day came from a sentence before ("X was convicted in 2015. A court overturned his conviction.").
            // "the ongoing drought forced Velden to ration water on Monday": it began before the day the clause tells of.
            keepsNoDate = EventRoles.IsViolent(trigger) && LegalReasons.IsReasonOfLegalAct(tokens, t) || ClauseReader.HasWordBefore(tokens, t, 3, "ongoing", "continuing")
                || (EarlierOccasion(tokens, t) || CountedAgain(tokens, t) || UndoneByVerb(tokens, t) && !inferred) && !DateAfter(tokens, dates, t);
            if (keepsNoDate) date = 0;
            if (EventAnchors.AnniversaryYear(tokens, t, clauseDate) is var remembered && remembered >= 0) date = remembered;
            // "the 2009 Velden outbreak": the year the noun carries is its own, whatever else the sentence dates.
            if (EventAnchors.YearBeforeNoun(tokens, t) is var year && year != 0) date = year;
            // "despite criticism by X", "amid protests": the circumstance of another act went on around its day, dated by its month.
            else if (date % 100 != 0 && EventRoles.IsCircumstance(tokens, t)) date = date / 100 * 100;
            if (date != clauseDate) inferred = false;
            return date;
        }

        /// <summary>
        /// "On Friday, the judge cited a previous Supreme Court ruling", "an earlier protest", "prior convictions": the noun names
        /// an occasion before the story's, which the day of its sentence or of the one before does not date. "Earlier" and "past"
        /// count only after a determiner ("the earlier ruling", not the adverb of "Earlier, protests began").
        /// </summary>
        private static bool EarlierOccasion(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 0 && i >= t - 4; i--)
            {
                var w = tokens[i];
                if (!w.IsWord) return false;
                if (w.Is("previous") || w.Is("prior")) return true;
                if (w.Is("earlier") || w.Is("past")) return i > 0 && (ClauseReader.IsDeterminerOrPossessive(tokens[i - 1].Lower) || tokens[i - 1].Kind == TokenKind.Possessive);
                if (ClauseReader.IsDeterminerOrPossessive(w.Lower)) return false;
            }
            return false;
        }

        /// <summary>
        /// "On Tuesday, the Red Hand said it carried out all three attacks", "condemned both bombings": a count of acts ("all"
        /// and a number, "both") names again acts told before, each on a day of its own, none the day of the sentence counting them.
        /// </summary>
        private static bool CountedAgain(List<Token> tokens, int t)
        {
            var i = t - 1;
            if (i >= 0 && tokens[i].Is("the")) i--;
            if (i >= 0 && tokens[i].Is("both")) return true;
            return i >= 1 && (tokens[i].Kind == TokenKind.Number && tokens[i].Length <= 2 || TriggerFinder.IsAny(tokens[i], CountWords)) && tokens[i - 1].Is("all");
        }

        private static readonly string[] CountWords = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve" };

        /// <summary>
        /// Verbs whose object names an act done before the one they tell, with an invented example whose noun event keeps no
        /// date (the examples' dateline is Sunday, July 28, 2019); the rows run as tests. "Yesterday, the court overturned the
        /// conviction of X": the conviction is older than the day it was overturned.
        /// </summary>
        internal static readonly UndoingVerbRow[] UndoingVerbs =
        {
            new(new[] { "overturned", "overturns", "overturn", "quashed", "quashes", "quash", "vacated", "vacates", "vacate", "reversed", "reverses", "reverse", "annulled", "annuls", "annul" },
                "Yesterday, the Velden Supreme Court overturned the fraud conviction of Karel Brandt.", "conviction"),
            new(new[] { "upheld", "upholds", "uphold" }, "Yesterday, the Velden Supreme Court upheld the fraud conviction of Karel Brandt.", "conviction"),
            new(new[] { "appealed", "appeals" }, "On Friday, Karel Brandt appealed his fraud conviction.", "conviction"),
        };

        // The verb before the noun's phrase: only determiners, possessives and modifiers stand between ("overturned his criminal conviction").
        private static bool UndoneByVerb(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 0 && i >= t - 4; i--)
            {
                var w = tokens[i];
                if (w.Kind == TokenKind.Possessive) continue;
                if (!w.IsWord || w.IsCapitalized && i < t - 1 && !ClauseReader.IsDeterminerOrPossessive(w.Lower)) return false;
                foreach (var row in UndoingVerbs)
                    if (TriggerFinder.IsAny(w, row.Verbs)) return true;
                if (CommonWords.IsFunctionWord(w) && !ClauseReader.IsDeterminerOrPossessive(w.Lower)) return false;
            }
            return false;
        }

        // "an earlier ruling in 2015", "cited a previous ruling by the court in 2015": a date after the noun, with no comma
        // between, is that occasion's own (one before it, "On Friday, the judge cited ...", is the citing's).
        private static bool DateAfter(List<Token> tokens, List<DateMention> dates, int t)
        {
            foreach (var d in dates)
                if (d.TokenStart > t && EventDating.SameSegment(tokens, dates, d, t)) return true;
            return false;
        }
    }

    /// <summary>One row of <see cref="EventBuilder.UndoingVerbs"/>.</summary>
    internal sealed class UndoingVerbRow
    {
        public UndoingVerbRow(string[] verbs, string example, string kind) => (Verbs, Example, Kind) = (verbs, example, kind);

        /// <summary>The verb's forms.</summary>
        public string[] Verbs { get; }

        /// <summary>An invented sentence whose object noun is an event of <see cref="Kind"/> that keeps no date.</summary>
        public string Example { get; }

        /// <summary>The kind of the object noun's event.</summary>
        public string Kind { get; }
    }
}
