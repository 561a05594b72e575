using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "A cargo plane operated by Ostrel Air crashed", "A ferry capsized off Velden. ... The ferry was owned by Ostrel Lines":
    /// the company that owns or operates the craft of an accident takes part in it (the gold's convention), told in the
    /// accident's own sentence or in a later one of the craft ("The ferry was owned by", "The Mira was operated by", "X owned
    /// the plane"). Asked only of accidents left without a party.
    /// </summary>
    internal static class AccidentOwners
    {
        private static readonly string[] CraftAccidents = { "crash", "sinking", "derailment", "accident", "fire", "explosion" };

        private static readonly string[] OwningVerbs = { "owned", "operated", "chartered", "run" };

        private static readonly string[] CraftNouns =
        {
            "plane", "aircraft", "airliner", "jet", "helicopter", "boat", "ship", "ferry", "vessel", "yacht", "tanker", "bus", "coach",
            "train", "truck", "lorry", "submarine", "craft",
        };

        internal static void Add(List<EventDraft> events, List<SentenceInfo> sentences)
        {
            foreach (var e in events)
            {
                if (e.Participants.Count > 0 || e.Trigger.Cameo != "000" || System.Array.IndexOf(CraftAccidents, e.Trigger.Kind) < 0) continue;
                var at = sentences.IndexOf(e.Sentence);
                for (var i = at; i >= 0 && i < sentences.Count; i++)
                {
                    if (OwnerIn(sentences[i], i == at ? null : e.Sentence) is not { } owner) continue;
                    e.Participants.Add(owner);
                    break;
                }
            }
        }

        // "operated by Ostrel Air" in the accident's sentence (accident null); "The ferry was owned by Ostrel Lines" later, told
        // of the craft by its noun or by a name the accident's sentence gave it; "Ostrel Air owned the plane".
        private static EntityDraft? OwnerIn(SentenceInfo s, SentenceInfo? accident)
        {
            var tokens = s.Tokens;
            for (var t = 1; t + 2 < tokens.Count; t++)
            {
                if (!TriggerFinder.IsAny(tokens[t], OwningVerbs)) continue;
                var passive = tokens[t + 1].Is("by") && (accident is null || t >= 2 && (tokens[t - 1].Is("was") || tokens[t - 1].Is("were")) && NamesTheCraft(tokens[t - 2], accident));
                if (passive && s.MentionAt(t + 2) is { Entity.Kind: EntityKind.Organization } owner) return owner.Entity;
                if (s.MentionAt(t - 1) is { Entity.Kind: EntityKind.Organization } subject && (tokens[t + 1].Is("the") || tokens[t + 1].Is("a")) && TriggerFinder.IsAny(tokens[t + 2], CraftNouns))
                    return subject.Entity;
            }
            return null;
        }

        private static bool NamesTheCraft(Token word, SentenceInfo accident)
        {
            if (TriggerFinder.IsAny(word, CraftNouns)) return true;
            if (!word.IsCapitalized) return false;
            foreach (var w in accident.Tokens)
                if (w.IsCapitalized && w.Is(word.Lower)) return true;
            return false;
        }
    }
}
