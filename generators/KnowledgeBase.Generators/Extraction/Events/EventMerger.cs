using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// One event per kind and set of participants in an article: later mentions of the same event fill in its date and place.
    /// </summary>
    internal static class EventMerger
    {
        /// <summary>One event per kind and set of participants in an article; later mentions fill in date and place.</summary>
        internal static void Add(List<EventDraft> events, Dictionary<string, List<EventDraft>> byKind, EventDraft draft, int published = 0)
        {
            // Only events of the same broad kind can be the same event.
            if (CoveredDeaths(events, draft)) return;
            var kindKey = EventRecognizer.Root(draft.Trigger);
            if (!byKind.TryGetValue(kindKey, out var sameKind)) byKind[kindKey] = sameKind = new List<EventDraft>();
            foreach (var e in sameKind)
            {
                // "signed a trade agreement": a verb and its noun coded alike in one sentence tell one act.
                if ((SameKind(e.Trigger, draft.Trigger) || e.Sentence == draft.Sentence && VerbAndItsNoun(e.Trigger, draft.Trigger)) && e.Status == draft.Status && !OnePerPlace(e, draft) && !AnotherVerbalOccasion(e, draft) && !TheOtherWay(e, draft)
                    && (SameSet(e.Participants, draft.Participants) || OneOfThoseWhoUnderwent(e, draft) || ActorAloneAgain(e, draft) || SameOneItBefell(e, draft))
                    && (e.Participants.Count > 0 ? DatesAgree(e, draft, published) : UnownedDatesAgree(e, draft, published)))
                {
                    // "spoke with X on November 8" and "the phone call with X": one call, dated, with the finer code.
                    if (Specificity(draft.Trigger) > Specificity(e.Trigger)) e.Trigger = draft.Trigger;
                    // "in March 2011" and then "on March 3, 2011": the finer date of the two.
                    if (e.Date == 0 || e.DateInferred && !draft.DateInferred && draft.Date != 0 || draft.Date != e.Date && Within(draft.Date, e.Date))
                    {
                        e.Date = draft.Date;
                        e.DateInferred = draft.DateInferred;
                    }
                    e.Place ??= draft.Place;
                    // "Started in 1987, the Velden Chess Club ... Mira Holt, who had started the Velden Chess Club": a body is founded once, and
                    // the founder a later telling names joins the body told before (the other merges add no one new).
                    if (e.Trigger.Cameo == "000" && e.Trigger.Kind == "founding")
                        foreach (var p in draft.Participants)
                            if (!e.Participants.Contains(p)) e.Participants.Insert(0, p);
                    return;
                }
            }
            events.Add(draft);
            sameKind.Add(draft);
        }

        /// <summary>
        /// "In May, Ruiz criticized Vell over the tax. ... (another paragraph) Ruiz also criticized Vell for the closures.": criticism
        /// or a rejection told by its own verb in two paragraphs is two occasions of speaking, however alike the parties, unless a day
        /// the text gives ties them together.
        /// </summary>
        private static bool AnotherVerbalOccasion(EventDraft told, EventDraft again) =>
            !told.Trigger.IsNoun && !again.Trigger.IsNoun && told.Sentence.BlockIndex != again.Sentence.BlockIndex && IsVerbalConflict(told.Trigger)
            && !(told.Date == again.Date && told.Date % 100 != 0 && !told.DateInferred && !again.DateInferred);

        /// <summary>
        /// "Ruiz attacked Vell over the tax. Vell slammed Ruiz for the closures.": an act one party does to another, told with the two
        /// the other way round, is the other's answer, not the same act told again; acts two do together (talks, a deal) stay one.
        /// </summary>
        private static bool TheOtherWay(EventDraft told, EventDraft again) =>
            told.Participants.Count >= 2 && again.Participants.Count >= 2 && told.Participants[0] != again.Participants[0]
            && again.Participants.Contains(told.Participants[0]) && told.Participants.Contains(again.Participants[0])
            && IsDoneToAnother(told.Trigger) && IsDoneToAnother(again.Trigger);

        private static bool IsDoneToAnother(EventTrigger t) => CodedUnder(t, DoneToAnother);

        private static bool IsVerbalConflict(EventTrigger t) => CodedUnder(t, VerbalConflict);

        // Whether the trigger's code starts with one of the codes given (a code and all the finer ones under it).
        private static bool CodedUnder(EventTrigger t, string[] codes) => Array.Exists(codes, c => t.Cameo.StartsWith(c, StringComparison.Ordinal));

        // Appeals (02), praise (051), demands (10), criticism (11), rejections (12), threats (13), coercion (17) and assaults (18).
        private static readonly string[] DoneToAnother = { "02", "051", "10", "11", "12", "13", "17", "18" };

        // Criticism, accusations and complaints (111, 112, 114) and rejections (12); not a court's verdict (116) or a lawsuit (115).
        private static readonly string[] VerbalConflict = { "111", "112", "114", "12" };

        // "primaries in Arlon, Brenn and Ostria": the elections one word tells for a list of places stay apart (DistributedOccurrences.PerPlace).
        private static bool OnePerPlace(EventDraft a, EventDraft b) => a.Sentence == b.Sentence && a.TriggerToken == b.TriggerToken && a.Place != b.Place;

        /// <summary>
        /// "A bus overturned near Ostrel on Friday. ... At least seven people died.": deaths of people nobody names, told after an
        /// attack, an accident or a disaster of the same status whose date agrees (the same, within the other, or unknown on either
        /// side), are that occurrence's (the gold's convention), not an event of their own; deaths counted in an outbreak stay.
        /// </summary>
        private static bool CoveredDeaths(List<EventDraft> events, EventDraft draft)
        {
            if (draft.Trigger.Kind != "death" || draft.Participants.Count > 0) return false;
            foreach (var e in events)
                if (EventRoles.CoversItsDeaths(e.Trigger) && e.Status == draft.Status && (e.Date == draft.Date || e.Date == 0 || draft.Date == 0 || Within(draft.Date, e.Date))) return true;
            return false;
        }

        /// <summary>
        /// "signed a trade agreement": a verb and its noun coded alike tell one act; "convicted X ... and he received a prison
        /// sentence": two steps of the justice system under one code are two acts.
        /// </summary>
        private static bool VerbAndItsNoun(EventTrigger a, EventTrigger b) =>
            a.Cameo == b.Cameo && a.IsNoun != b.IsNoun && (a.Kind == b.Kind || !EventRoles.UndergoneAlone(a) || !EventRoles.UndergoneAlone(b));

        /// <summary>
        /// "Ana Ruiz and Tomas Vell were found guilty on Friday ... Ruiz, convicted of fraud, plans an appeal": one of those
        /// who underwent an arrest, a charge, a conviction, a sentence or a release, named alone after them, is the same act
        /// told again (told in that order; named alone first, the act of all stays apart).
        /// </summary>
        private static bool OneOfThoseWhoUnderwent(EventDraft told, EventDraft again) =>
            EventRoles.UndergoneAlone(again.Trigger) && again.Participants.Count == 1 && told.Participants.Count > 1 && told.Participants.Contains(again.Participants[0])
            && !ClauseReader.HasWord(again.Sentence.Tokens, "another", "again", "second"); // "another judge sentenced X": a second act

        /// <summary>
        /// "The Velden High Court overturned X's conviction on Monday. ... The court decided the evidence was weak": a decision outside
        /// CAMEO (a ruling, a law, an impeachment) told again of the body that made it alone is the one told before. Not a nomination,
        /// whose one party may be the nominee of another act.
        /// </summary>
        private static bool ActorAloneAgain(EventDraft told, EventDraft again) =>
            again.Trigger.Cameo == "000" && Array.IndexOf(BodyDecisions, again.Trigger.Kind) >= 0 && again.Participants.Count == 1 && told.Participants.Count > 1
            && told.Participants[0] == again.Participants[0];

        /// <summary>
        /// "Tomas Brel was jailed for the murder of Anya Vell ... Vell was killed in May": a person is killed once and a body founded
        /// once, so a killing or a founding told again of the one it befell (named after the doer, alone, or as a passive's subject) is
        /// the one told before. Not "Ruiz and Vell killed Marnow ... Vell killed Brandt": who acts first with others of its own is a doer again.
        /// </summary>
        private static bool SameOneItBefell(EventDraft told, EventDraft again)
        {
            var kind = BefallsOnce(told.Trigger);
            if (kind is null) return false;
            foreach (var p in again.Participants)
                if (p.Kind == kind && told.Participants.IndexOf(p) is var i && i >= 0 && again.Participants.IndexOf(p) is var j
                    && (i > 0 && (j > 0 || UndergoerFirst(again)) || j > 0 && UndergoerFirst(told)))
                    return true;
            return false;
        }

        // "Vell was killed", "the killing of Vell": named alone, or first as the subject of a passive, the one it befell comes first.
        private static bool UndergoerFirst(EventDraft e) =>
            e.Participants.Count == 1 || e.TriggerToken >= 0 && !e.Trigger.IsNoun && e.Sentence.Analysis.IsPassiveAt(e.TriggerToken);

        // Who undergoes an act that befalls one once: the person killed, the body founded.
        private static EntityKind? BefallsOnce(EventTrigger t) =>
            t.Cameo == "186" || t.Cameo == "1823" && t.Kind is "killing" or "execution" ? EntityKind.Person : t.Cameo == "000" && t.Kind == "founding" ? EntityKind.Organization : null;

        private static readonly string[] BodyDecisions = { "ruling", "legislation", "dismissal" };

        /// <summary>
        /// "Canada fined the port in 1998 ... and fined it again in 2004": two dates the text gives that cannot be the same day are two
        /// events; a date carried over from the sentence before, a missing one or a coarser one ("2019", "May 2019") agrees.
        /// </summary>
        private static bool DatesAgree(EventDraft a, EventDraft b, int published) =>
            HappensOnce(a.Trigger) || (a.Date == 0 || a.DateInferred) && !LongBefore(b, published) || b.Date == 0 || b.DateInferred || Within(a.Date, b.Date) || Within(b.Date, a.Date);

        /// <summary>
        /// "81 had died by Sunday. ... In 2018 there were 140,000 related deaths worldwide": an occurrence nobody did, told
        /// undated, is not the one a later mention dates years before the article (background, another occasion); the same
        /// date, or none on either side otherwise, agrees.
        /// </summary>
        private static bool UnownedDatesAgree(EventDraft told, EventDraft again, int published) =>
            told.Date == 0 ? !LongBefore(again, published) : again.Date == 0 || told.Date == again.Date;

        /// <summary>
        /// "Ruiz won with 9,000 votes. ... She was first elected in 2001.": a mention dated by its own words years before the
        /// article is background, another occasion than the undated one told before it.
        /// </summary>
        private static bool LongBefore(EventDraft told, int published) =>
            !told.DateInferred && told.Date != 0 && published != 0 && told.Date / 10000 < published / 10000 - 1;

        // A person dies once: two dates of one death are one misread.
        private static bool HappensOnce(EventTrigger t) => t.Cameo == "000" && t.Kind is "death" or "funeral";

        // Packed yyyymmdd with 00 for an unknown month or day: the coarser date contains the finer one.
        internal static bool Within(int fine, int coarse) =>
            coarse % 10000 == 0 ? fine / 10000 == coarse / 10000 : coarse % 100 == 0 ? fine / 100 == coarse / 100 : fine == coarse;

        /// <summary>
        /// Same CAMEO root (the broad kind of act) and kind, or a generic kind, or stated intents under one code
        /// ("agreed to negotiate", "his desire to negotiate"; an invitation is an act of its own); outside CAMEO, the same kind word.
        /// </summary>
        internal static bool SameKind(EventTrigger a, EventTrigger b) =>
            a.Cameo == "000" || b.Cameo == "000" ? a.Kind == b.Kind
                : string.CompareOrdinal(a.Cameo, 0, b.Cameo, 0, 2) == 0 && (a.Kind == b.Kind || IsGeneric(a) || IsGeneric(b) || a.Cameo == b.Cameo && IsStatedIntent(a) && IsStatedIntent(b));

        internal static bool IsStatedIntent(EventTrigger t) => t.Kind is "intent" or "agreement" or "pledge";

        // "discussion" and "meeting" (040) are the generic consultations a call, a visit or talks refine.
        // Among violent acts only a bare "attack" is generic: an offensive and the strikes of the same war are told apart.
        internal static bool IsGeneric(EventTrigger t) => t.Cameo.Length == 3 && t.Cameo.EndsWith("0", StringComparison.Ordinal) && !EventRoles.IsViolent(t) || t.Kind is "discussion" or "attack";

        internal static int Specificity(EventTrigger t) => IsGeneric(t) ? 0 : t.Cameo.Length;

        internal static bool SameSet(List<EntityDraft> a, List<EntityDraft> b)
        {
            if (a.Count == 0 && b.Count == 0) return true; // an occurrence nobody did: one per kind and date (see SameDate)
            if (a.Count == 0 || b.Count == 0) return false;
            if (a.Count >= 2 && b.Count >= 2 && a.Contains(b[0]) && a.Contains(b[1]) && b.Contains(a[0]) && b.Contains(a[1])) return true;
            // The same actor and one shared partner, or the very same set.
            if (a[0] != b[0]) return false;
            if (a.Count == 1 || b.Count == 1) return a.Count == b.Count;
            for (var i = 1; i < b.Count; i++)
                if (a.Contains(b[i])) return true;
            return false;
        }
    }
}
