using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Leads that close a story told before them: what follows of the same person is their past, not the lead's day.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// Lead acts after which the article's other acts of the person they befall came first, each with an invented lead
        /// and a sentence whose act of the given kind takes no day from the lead (dateline Sunday, July 28, 2019); the rows
        /// run as tests. A death ends what its person does ("Velden's former mayor died on Friday. She sued the council over
        /// her pension." tells of her life); a pardon or a release ends a case, whose arrest, charges and sentence came before; a
        /// sentence, a verdict or a trial comes after the arrest, charges and extradition that brought the case to court, and after
        /// the plea, admission, accusation and search told of the one it befalls; a plea or an admission of guilt comes after the
        /// arrest, charges and searches that led to it.
        /// </summary>
        internal static readonly LeadAftermathRow[] LeadAftermaths =
        {
            new(new[] { "death" }, null, "Ilse Marr, a former mayor of Velden, died on Friday at her home in Ostrel.\n\nMarr sued the Velden Council over her pension.", "lawsuit"),
            new(new[] { "pardon", "release" }, new[] { "arrest", "charge", "conviction", "sentencing", "imprisonment" },
                "On Friday, the president of Norland, Anton Grell, pardoned Pavel Dorn.\n\nDorn was arrested at his villa in Kesk.", "arrest"),
            new(new[] { "sentencing", "conviction", "trial" }, new[] { "arrest", "charge", "indictment", "extradition" },
                "On Friday, a Velden court sentenced Pavel Dorn to six years in prison. Dorn was arrested at a hotel in Kesk.", "arrest"),
            new(new[] { "sentencing", "conviction", "trial" }, new[] { "plea", "admission", "confession", "accusation", "search" },
                "On Friday, a jury in Velden convicted Pavel Dorn of fraud.\n\nDorn pleaded not guilty to every count of the indictment.", "plea"),
            new(new[] { "plea", "admission" }, new[] { "arrest", "charge", "indictment", "extradition", "search" },
                "Pavel Dorn pleaded guilty to fraud on Friday before a court in Velden.\n\nThe Kesk police arrested Dorn at his villa near the harbour.", "arrest"),
        };

        // What is done for a dead person comes after the death: no act of the dead person's past.
        private static readonly string[] Rites = { "death", "funeral", "memorial" };

        /// <summary>
        /// Whether <paramref name="e"/> tells the past of the person the lead act <paramref name="lead"/> befalls (a row of
        /// <see cref="LeadAftermaths"/>): for a death, an act of the dead person as its first party, named before it or by a
        /// pronoun, not a rite held for them;
        /// for a pardon, a release, a sentence, a verdict or a trial, one of the case's earlier acts with the person among its parties.
        /// </summary>
        internal static bool ToldBeforeTheLead(EventDraft? lead, EventDraft e)
        {
            if (lead is null || lead.Participants.Count == 0 || e.Participants.Count == 0 || e == lead) return false;
            foreach (var row in LeadAftermaths)
            {
                if (Array.IndexOf(row.LeadKinds, lead.Trigger.Kind) < 0) continue;
                if (row.EarlierKinds is null)
                    return e.Participants[0] == lead.Participants[0] && Array.IndexOf(Rites, e.Trigger.Kind) < 0 && !NamedFirstAfter(e, lead.Participants[0]);
                if (Array.IndexOf(row.EarlierKinds, e.Trigger.Kind) >= 0 && SharesParty(lead.Participants, e.Participants)) return true;
            }
            return false;
        }

        /// <summary>
        /// "The government criticized Marr's new cities": the dead person named first after the act is its object, and what
        /// is done to them may come after the death; one named before it, or by a pronoun, is its doer.
        /// </summary>
        private static bool NamedFirstAfter(EventDraft e, EntityDraft person)
        {
            var s = e.Sentence;
            for (var i = 0; i < s.Tokens.Count; i++)
                if (s.MentionAt(i)?.Entity == person) return i > e.TriggerToken;
            return false;
        }

        private static bool SharesParty(List<EntityDraft> a, List<EntityDraft> b)
        {
            foreach (var x in a)
                if (b.Contains(x)) return true;
            return false;
        }
    }

    /// <summary>One row of <see cref="EventDating.LeadAftermaths"/>.</summary>
    internal sealed class LeadAftermathRow
    {
        public LeadAftermathRow(string[] leadKinds, string[]? earlierKinds, string example, string kind) => (LeadKinds, EarlierKinds, Example, Kind) = (leadKinds, earlierKinds, example, kind);

        /// <summary>The kinds of the lead act.</summary>
        public string[] LeadKinds { get; }

        /// <summary>The kinds of the acts that came before it; null: any act of the person but the rites held for them.</summary>
        public string[]? EarlierKinds { get; }

        /// <summary>An invented lead paragraph and a sentence after it whose act of <see cref="Kind"/> takes no day from the lead.</summary>
        public string Example { get; }

        /// <summary>The kind of the example's earlier act.</summary>
        public string Kind { get; }
    }
}
