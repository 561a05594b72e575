using System.Collections.Generic;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>One statement per speaker and occasion.</summary>
    internal static partial class StatementEvents
    {
        // A speaker's statement told, with the day it was made (0 when the sentence does not tell it).
        private static void Said(Dictionary<EntityDraft, List<int>> saidOn, EntityDraft speaker, int date)
        {
            if (!saidOn.TryGetValue(speaker, out var days)) saidOn[speaker] = days = new List<int>();
            days.Add(date);
        }

        /// <summary>
        /// "On Monday, the Velden Rail board announced the line would close. ... On Thursday, the board announced a reprieve":
        /// a speaker's statement dated apart from every one told before is another occasion, a statement of its own. Not one
        /// undated on either side, nor "in March" after "on March 3" (one day within the other may be the same occasion).
        /// </summary>
        private static bool AnotherOccasion(Dictionary<EntityDraft, List<int>> saidOn, EntityDraft speaker, int date)
        {
            if (date == 0 || !saidOn.TryGetValue(speaker, out var days)) return false;
            foreach (var day in days)
                if (day == 0 || EventMerger.Within(date, day) || EventMerger.Within(day, date)) return false;
            return true;
        }
    }
}
