using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>A news outlet's own talks with its sources, which no day told for the news dates.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// "Karel Brandt published his findings on Monday. The Velden Courier interviewed him about the find.": an interview or
        /// contact (CAMEO 040) that a news outlet among its parties held (<see cref="EventRoles.InterviewingMedium"/>) took place
        /// while the report was gathered, on a day of its own; a day lent to it from elsewhere in the article (the sentence
        /// before, the lead, the same actors) is dropped. A day its own sentence gives ("spoke to the Courier in March") stays.
        /// </summary>
        internal static void MediumTalksKeepNoLentDate(List<EventDraft> events)
        {
            foreach (var e in events)
            {
                if (!e.DateInferred || e.Date == 0 || e.Trigger.Cameo != "040" || e.TriggerToken < 0) continue;
                if (EventRoles.InterviewingMedium(e.Sentence, e.TriggerToken) is not { } outlet || !e.Participants.Contains(outlet)) continue;
                e.Date = 0;
                e.DateInferred = false;
            }
        }
    }
}
