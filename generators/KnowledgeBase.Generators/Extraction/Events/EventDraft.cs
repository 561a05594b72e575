using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>An event found in one article, before it becomes an <see cref="EventModel"/>.</summary>
    internal sealed class EventDraft
    {
        public EventDraft(EventTrigger trigger, List<EntityDraft> participants, EntityDraft? place, int date, int status, SentenceInfo sentence)
        {
            Trigger = trigger;
            Participants = participants;
            Place = place;
            Date = date;
            Status = status;
            Sentence = sentence;
        }

        public EventTrigger Trigger { get; set; }
        public List<EntityDraft> Participants { get; }
        public EntityDraft? Place { get; set; }
        public int Date { get; set; }

        /// <summary>The place that holds an election ("the province of Norland staged a referendum"): it takes part though it is no country.</summary>
        public EntityDraft? Polity { get; set; }

        /// <summary>The date came from the sentence before, not from the event's own words: its own words may still correct it.</summary>
        public bool DateInferred { get; set; }

        /// <summary>The event's words say it happened at some other time than its sentence tells (an older crime, an ongoing outbreak): no date is filled in.</summary>
        public bool KeepsNoDate { get; set; }

        /// <summary>
        /// Media outlets and towns or states the act's own clause has for subject or object, or a noun act is against ("The Velden
        /// Post sued the council", "a lawsuit against the state of Ohio"): they take part, where a medium elsewhere only reports and a
        /// town only locates (<see cref="EventBuilder.OwnPartiesOfNoKind"/>). Null when none.
        /// </summary>
        public List<EntityDraft>? OwnParties { get; set; }

        /// <summary>"a gunman shot two people": an act whose parties the article does not name, kept without them.</summary>
        public bool ByTheUnnamed { get; set; }
        public int Status { get; set; }
        public SentenceInfo Sentence { get; }

        /// <summary>The token of the sentence the trigger was found at, or -1 when the event was made from something else (a quote).</summary>
        public int TriggerToken { get; set; } = -1;
    }
}
