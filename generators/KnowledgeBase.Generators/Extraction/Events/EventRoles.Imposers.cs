using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Who imposed a measure told in the passive without "by": the body that announces it.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "The Velden Rowing Federation announced that Anja Kress was banned from the national team": a ban, a suspension, an
        /// expulsion or a sanction (CAMEO 16, 172) told in the passive with no agent, in the clause an organization or a country
        /// announces or says, was imposed by that body; a person who says it may only be telling the news. The body may head the
        /// speaker's title ("the Velden Rowing Federation president announced ..."). Null when the speaker is no such body.
        /// </summary>
        internal static EntityDraft? AnnouncingImposer(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (trigger.IsNoun || !(trigger.Cameo.StartsWith("16", System.StringComparison.Ordinal) || trigger.Cameo.StartsWith("172", System.StringComparison.Ordinal))) return null;
            if (s.Analysis.ClauseOfVerb(t) is not { Verb.Voice: Voice.Passive, Agent: null, Kind: ClauseKind.Reported, Parent: { IsSpeech: true, Subject: { } speaker } parent }) return null;
            if (!ClauseReader.IsSpeechCue(s.Tokens, parent.Verb.Head)) return null;
            EntityDraft? body = null;
            for (var i = speaker.Start; i < speaker.End; i++)
            {
                if (s.MentionAt(i) is not { } m) continue;
                if (m.IsDemonym || m.Entity.Kind == EntityKind.Person || m.Entity.Kind == EntityKind.Place && !m.Entity.IsCountry) return null;
                body = m.Entity;
                i = m.TokenEnd - 1;
            }
            return body;
        }
    }
}
