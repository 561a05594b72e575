using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Things named like entities that take no part in an event: honours and buildings.</summary>
    internal static partial class EventRoles
    {
        /// <summary>An honour named like an organization ("the Golden Lark Medal", "the Order of Merit"): a thing given, never a party.</summary>
        internal static bool IsHonour(EntityDraft entity) => HeadIn(entity.Name, HonourHeads) || OfHeadIn(entity.Name, HonourHeads);

        /// <summary>An honour, or a building ("the Grand Palace", "the White House" as the place one goes to).</summary>
        internal static bool IsThing(EntityDraft entity)
        {
            // Asked of every mention of every sentence (is it a party?): decided once per name.
            if (entity.ThingState == 0) entity.ThingState = IsHonour(entity) || HeadIn(entity.Name, BuildingHeads) ? 2 : 1;
            return entity.ThingState == 2;
        }

        /// <summary>
        /// "The Velden Herald closed", "Ostrel Radio ceased broadcasting": an outlet named as the subject of its own closure is what
        /// closes, not a medium that reports it ("the port was closed, the Velden Herald said").
        /// </summary>
        internal static bool ClosesItself(EventDraft draft, int t, EntityDraft party)
        {
            if (!party.IsMedia || draft.Trigger.IsNoun || draft.Trigger.Kind is not ("closure" or "shutdown" or "suspension")) return false;
            if (draft.Sentence.Analysis.ClauseOfVerb(t)?.Subject is not { IsPronoun: false } subject) return false;
            foreach (var m in draft.Sentence.Mentions)
                if (m.Entity == party && subject.Contains(m.TokenStart)) return true;
            return false;
        }

        /// <summary>
        /// The outlet of an interview: the medium that is the subject of the trigger's clause ("the Velden Herald interviewed"),
        /// else the first one named within twelve words after the trigger ("spoke to the Velden Herald", "questions ... from
        /// Velden Radio reporter Ana Ruiz").
        /// </summary>
        internal static EntityDraft? InterviewingMedium(SentenceInfo s, int t)
        {
            var subject = s.Analysis.ClauseOfVerb(t)?.Subject;
            foreach (var m in s.Mentions)
                if (m.Entity.IsMedia && (subject is not null && subject.Contains(m.TokenStart) || m.TokenStart > t && m.TokenStart <= t + 12)) return m.Entity;
            return null;
        }

        /// <summary>
        /// "praised Mira Holt on Twitter", "posted a notice on the video platform YouTube", "via Telegram", "a YouTube video",
        /// "wrote on his Instagram page": a platform named only as where an act is told is its channel, not a party; one that
        /// acts ("Facebook removed the posts") or is acted upon ("a ban on TikTok", "called on YouTube to ...") takes part.
        /// </summary>
        internal static void DropChannels(SentenceInfo s, List<EntityDraft> participants)
        {
            for (var i = participants.Count - 1; i >= 0; i--)
                if (participants[i].IsPlatform && OnlyAsChannel(s, participants[i])) participants.RemoveAt(i);
        }

        private static bool OnlyAsChannel(SentenceInfo s, EntityDraft platform)
        {
            var named = false;
            foreach (var m in s.Mentions)
            {
                if (m.Entity != platform) continue;
                if (!IsChannel(s.Tokens, m)) return false;
                named = true;
            }
            return named;
        }

        internal static bool IsChannel(List<Token> tokens, Mention m)
        {
            var after = m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive ? m.TokenEnd + 1 : m.TokenEnd;
            if (after < tokens.Count && ChannelNouns.Contains(tokens[after].Lower)) return true;
            var i = m.TokenStart - 1;
            while (i >= 0 && m.TokenStart - i <= 4 && ChannelWords.Contains(tokens[i].Lower)) i--;
            if (i < 0 || !(tokens[i].Is("on") || tokens[i].Is("via") || tokens[i].Is("through"))) return false;
            // "a ban on TikTok", "called on YouTube to": "on" after a word that acts upon governs its object ("an invitation on Facebook" does not).
            return !(tokens[i].Is("on") && i > 0 && ActsUpon.Contains(tokens[i - 1].Lower));
        }

        private static readonly HashSet<string> ChannelNouns = new(StringComparer.Ordinal)
        {
            "account", "accounts", "page", "pages", "post", "posts", "video", "videos", "feed", "channel", "followers", "livestream", "profile", "handle", "story", "message", "messages", "tweet", "tweets", "broadcast", "stream",
        };

        // The words between a preposition and the platform it names: "on the video platform", "via her official".
        private static readonly HashSet<string> ChannelWords = new(StringComparer.Ordinal)
        {
            "the", "his", "her", "its", "their", "official", "social", "media", "site", "website", "platform", "network", "networking", "service", "app", "messaging", "video", "streaming", "sharing",
        };

        private static readonly HashSet<string> ActsUpon = new(StringComparer.Ordinal)
        {
            "call", "calls", "called", "calling", "fine", "fines", "ban", "bans", "sanctions", "tax", "taxes", "attack", "attacks", "pressure", "restrictions", "crackdown", "limits", "cyberattack", "hack", "depend", "depends", "relied", "rely", "relies",
            "embargo", "curbs", "raid", "raids", "strike", "strikes", "assault", "war", "probe", "inquiry", "investigation", "lawsuit", "ruling", "rules", "regulations",
        };

        /// <summary>
        /// "Mira Holt agreed to review the accounts", "Karel Brandt vowed to protect the harbour", "pledged converting the
        /// museum": an intent to cooperate (CAMEO 03) is with someone; one told with nobody else named is a plan of the actor's
        /// own, no event (the act planned is told as its own trigger where it has one). "The minister agreed to meet Mira Holt":
        /// the one named after the act is the other side, and an unnamed actor leaves the event to her.
        /// </summary>
        internal static bool IntentWithNobody(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            if (participants.Count >= 2 || !trigger.Cameo.StartsWith("03", StringComparison.Ordinal)) return false;
            foreach (var m in s.Mentions)
                if (participants.Count == 1 && m.Entity == participants[0] && m.TokenStart > t) return false;
            return true;
        }

        private static bool HeadIn(string name, HashSet<string> heads) => heads.Contains(name.Substring(name.LastIndexOf(' ') + 1));

        // "the Legion of Honour", "the Order of Merit": the head comes before "of".
        private static bool OfHeadIn(string name, HashSet<string> heads)
        {
            var of = name.IndexOf(" of ", StringComparison.Ordinal);
            return of > 0 && HeadIn(name.Substring(0, of), heads);
        }

        private static readonly HashSet<string> HonourHeads = new(StringComparer.Ordinal)
        {
            "Medal", "Prize", "Award", "Awards", "Honour", "Honor", "Legion", "Trophy", "Order",
        };

        private static readonly HashSet<string> BuildingHeads = new(StringComparer.Ordinal)
        {
            "House", "Palace", "Building", "Tower", "Museum", "Church", "Mosque", "Cathedral", "Stadium", "Hall", "Temple", "Center", "Centre", "Arena", "Hospital", "Airport", "Prison", "Station",
        };
    }
}
