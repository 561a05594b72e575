using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>The date an event takes from its trigger itself rather than from its clause.</summary>
    internal static partial class EventBuilder
    {
        /// <summary>The date a trigger carries itself, over the clause's: a noun's own year, an anniversary's, none for an older crime or an undated founding.</summary>
        private static int NounOwnDate(List<Token> tokens, int t, EventTrigger trigger, int clauseDate, ref bool inferred, out bool keepsNoDate)
        {
            keepsNoDate = false;
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
            // "was sentenced on Friday for the murder of X": the crime is older than the day of its sentence.
            // "the ongoing drought forced Velden to ration water on Monday": it began before the day the clause tells of.
            keepsNoDate = EventRoles.IsViolent(trigger) && LegalReasons.IsReasonOfLegalAct(tokens, t) || ClauseReader.HasWordBefore(tokens, t, 3, "ongoing", "continuing");
            if (keepsNoDate) date = 0;
            if (EventAnchors.AnniversaryYear(tokens, t, clauseDate) is var remembered && remembered >= 0) date = remembered;
            // "the 2009 Velden outbreak": the year the noun carries is its own, whatever else the sentence dates.
            if (EventAnchors.YearBeforeNoun(tokens, t) is var year && year != 0) date = year;
            // "despite criticism by X", "amid protests": the circumstance of another act went on around its day, dated by its month.
            else if (date % 100 != 0 && EventRoles.IsCircumstance(tokens, t)) date = date / 100 * 100;
            if (date != clauseDate) inferred = false;
            return date;
        }
    }
}
