using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "The government of Norland announced three days of mourning": days of mourning or a vigil announced are the announcer's
    /// to hold, as when declared ("declared three days of national mourning"), though the speech cue opens what it reports and
    /// so leaves its subject outside the noun's clause. Only a rite that is the cue's object: not "announced that a vigil will be
    /// held", nor "announced the funeral would take place" (the rite is a reported clause's subject), nor a death announced
    /// (no rite: it befalls whom it names).
    /// </summary>
    internal static class AnnouncedRites
    {
        internal static EntityDraft? Announcer(SentenceInfo s, int t, EventTrigger trigger, int clauseStart, EntityDraft? salient, List<SentenceInfo> sentences)
        {
            if (!trigger.IsNoun || trigger.Kind is not ("funeral" or "memorial") || clauseStart < 1 || clauseStart > t) return null;
            var tokens = s.Tokens;
            var cue = clauseStart - 1;
            if (!ClauseReader.IsSpeechCue(tokens, cue) || CueVerbs.Lemma(tokens[cue]) != "announce") return null;
            // Only the rite's determiners, numbers and modifiers stand between ("three days of national mourning"), no name, no "that".
            for (var i = clauseStart; i < t; i++)
                if (!(tokens[i].IsWord || tokens[i].Kind == TokenKind.Number) || tokens[i].Is("that") || s.MentionAt(i) is not null) return null;
            foreach (var clause in s.Analysis.Clauses)
                if (clause.Subject is { } subject && subject.Start <= t && t < subject.End) return null;
            var announcers = EventRoles.NearestSubject(s, cue, 0, salient, sentences);
            return announcers.Count > 0 ? announcers[0] : null;
        }
    }
}
