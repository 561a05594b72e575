using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class TriggerFinder
    {
        /// <summary>
        /// The trigger at <paramref name="t"/>, or null. The tests that read the sentence analysis (most of what a sentence costs)
        /// are asked last, once every word test has let the word through: each only turns a trigger away, so asking them later
        /// changes no answer. A quoted trigger the caller drops whatever they say (<paramref name="quoted"/>: all but a condolence
        /// or an apology, <see cref="EventRecognizer.IsPerformedBySaying"/>) is returned without asking them.
        /// </summary>
        internal static EventTrigger? Trigger(SentenceInfo s, int t, out bool backReference, bool quoted = false)
        {
            var found = Candidate(s, t, out backReference, out var later);
            if (found is null || quoted && !EventRecognizer.IsPerformedBySaying(found) || !later.TurnAway(s, t)) return found;
            backReference = false;
            return null;
        }

        /// <summary>The tests left to ask of a candidate trigger, each with the reading of the trigger it was due for.</summary>
        private struct LaterTests
        {
            // "two elected officials": a verb form that may be a participle before its noun.
            public bool Attributive;

            // "a site called X": "called" read as a verb.
            public bool Naming;

            // "claimed he was jailed": asked of every trigger the refinement keeps, with its word class then.
            public bool? ClaimedNoun;

            // A noun trigger as refined: "a hurricane warning", "is hearing impaired", and talks that need a partner.
            public EventTrigger? Noun;
            public bool NeedsPartner;

            public readonly bool TurnAway(SentenceInfo s, int t)
            {
                if (ClaimedNoun is { } isNoun && IsClaimedOnly(s, t, isNoun)) return true;
                if (Noun is { } noun && (NeedsPartner && LacksAPartner(s, t, noun, t > 0 ? s.Tokens[t - 1] : default) || TriggerSenses.ModifiesANoun(s, t) || TriggerSenses.IsVerbGerund(s, t, noun)))
                    return true;
                return Naming && TriggerSenses.NamesRatherThanCalls(s, t) || Attributive && TriggerSenses.IsAttributiveParticiple(s, t);
            }
        }
    }
}
