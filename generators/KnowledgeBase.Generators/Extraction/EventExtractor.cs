using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction
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

        public EventTrigger Trigger { get; }
        public List<EntityDraft> Participants { get; }
        public EntityDraft? Place { get; set; }
        public int Date { get; set; }
        public int Status { get; }
        public SentenceInfo Sentence { get; }
    }

    /// <summary>
    /// Events from CAMEO verb classes: a trigger word, its actor (the clause subject or the
    /// possessor), the other entities of the clause, the place after "in"/"at", the nearest date,
    /// and planned vs occurred. Speculative clauses ("could", "might") yield nothing.
    /// </summary>
    internal static class EventExtractor
    {
        public static List<EventDraft> Extract(List<SentenceInfo> sentences, List<QuoteDraft> quotes, int published, CancellationToken token)
        {
            var events = new List<EventDraft>();
            EntityDraft? salient = null;
            EntityDraft? lastCountry = null;
            foreach (var s in sentences)
            {
                token.ThrowIfCancellationRequested();
                if (s.Block != BlockKind.Paragraph) continue;
                var dates = DateResolver.Find(s.Tokens, published);
                for (var t = 0; t < s.Tokens.Count; t++)
                {
                    var trigger = Trigger(s, t);
                    if (trigger is null) continue;
                    if (IsSpeculative(s.Tokens, t)) continue;
                    var draft = Build(s, t, trigger, dates, salient, lastCountry);
                    if (draft is not null) Add(events, draft);
                }
                foreach (var m in s.Mentions)
                {
                    if (m.Entity.Kind == DataLayout.KindPerson && salient is null) salient = m.Entity;
                    if (m.Entity.Kind == DataLayout.KindPlace && m.Entity.Forms.Count > 0) lastCountry = m.Entity;
                }
                foreach (var m in s.Mentions)
                {
                    if (m.Entity.Kind == DataLayout.KindPerson)
                    {
                        salient = m.Entity;
                        break;
                    }
                }
            }
            AddStatements(events, quotes);
            return events;
        }

        private static EventTrigger? Trigger(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var token = tokens[t];
            if (!token.IsWord || s.MentionAt(t) is not null) return null;
            if (token.Is("take") && t + 1 < tokens.Count && tokens[t + 1].Is("office") || token.Is("sworn") && t + 1 < tokens.Count && tokens[t + 1].Is("in"))
                return EventLexicon.Find("inauguration");
            var trigger = EventLexicon.Find(token.Text);
            if (trigger is null || char.IsUpper(token.Text[0]) && t > 0) return null;
            var previous = t > 0 ? tokens[t - 1] : default;
            if (trigger.IsNoun)
            {
                if (t > 0 && (previous.Is("no") || previous.Is("without"))) return null;
                // "call" is an event as a noun only when it is a phone call or a call with someone.
                if (trigger.Kind == "call" && !(previous.Is("phone") || previous.Is("telephone") || previous.Is("follow-up") || t + 1 < tokens.Count && tokens[t + 1].Is("with"))) return null;
                if (trigger.Kind is "discussion" or "meeting" or "negotiation" && !HasPartner(tokens, t)) return null;
                if (trigger.Kind == "release" && !(t + 1 < tokens.Count && tokens[t + 1].Is("of"))) return null;
                if (trigger.Kind is "award" && !HasWord(tokens, "won", "wins", "awarded", "received")) return null;
                return trigger;
            }
            if (t > 0 && (previous.Is("not") || previous.Is("never") || previous.Is("to") && !HasPlannedCue(tokens, t))) return null;
            if (trigger.Kind is "discussion" && !(t + 1 < tokens.Count && (tokens[t + 1].Is("with") || tokens[t + 1].Is("by")))) return null;
            if (trigger.Kind is "meeting" && !(t + 1 < tokens.Count && (tokens[t + 1].Is("with") || tokens[t + 1].IsCapitalized))) return null;
            if (trigger.Cameo == "041" && !(t + 1 < tokens.Count && tokens[t + 1].IsCapitalized)) return null;
            // "negotiated the release of X": the release is the event.
            if (t + 2 < tokens.Count && EventLexicon.Find(tokens[t + 2].Text) is { IsNoun: true } && tokens[t + 1].Is("the")) return null;
            return trigger;
        }

        private static bool HasPartner(List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + 3; i++)
                if (tokens[i].Is("with") || tokens[i].Is("between") || tokens[i].Is("involving")) return true;
            return false;
        }

        private static bool HasWord(List<Token> tokens, params string[] words)
        {
            foreach (var t in tokens)
                foreach (var w in words)
                    if (t.Is(w)) return true;
            return false;
        }

        private static bool HasPlannedCue(List<Token> tokens, int t)
        {
            for (var i = Math.Max(0, t - 5); i < t; i++)
                if (tokens[i].IsWord && EventLexicon.IsPlanned(tokens[i].Lower)) return true;
            return false;
        }

        private static bool IsSpeculative(List<Token> tokens, int t)
        {
            for (var i = Math.Max(0, t - 6); i < t; i++)
                if (tokens[i].IsWord && EventLexicon.IsSpeculative(tokens[i].Lower)) return true;
            return false;
        }

        private static EventDraft? Build(SentenceInfo s, int t, EventTrigger trigger, List<DateMention> dates, EntityDraft? salient, EntityDraft? lastCountry)
        {
            var tokens = s.Tokens;
            var participants = new List<EntityDraft>();
            EntityDraft? place = null;

            // Actor: the possessor of a noun trigger ("Merkel's call", "his election"), else the clause subject.
            if (trigger.IsNoun)
            {
                var p = t - 1;
                while (p >= 0 && tokens[p].IsWord && !IsDeterminerOrPossessive(tokens[p].Text) && char.IsLower(tokens[p].Text[0]) && p > t - 4) p--;
                if (p >= 0)
                {
                    if (tokens[p].Is("his") || tokens[p].Is("her")) AddParticipant(participants, salient);
                    else if (tokens[p].Kind == TokenKind.Possessive && p > 0)
                    {
                        var owner = s.MentionAt(p - 1);
                        if (owner is not null) AddParticipant(participants, owner.Entity);
                        else if (tokens[p - 1].Is("country") || tokens[p - 1].Is("nation")) AddParticipant(participants, lastCountry);
                    }
                }
            }
            if (participants.Count == 0)
            {
                for (var i = t - 1; i >= 0; i--)
                {
                    if (tokens[i].Is("that") || tokens[i].IsPunct(';')) break;
                    var m = s.MentionAt(i);
                    if (m is not null && m.Entity.Kind != DataLayout.KindPlace || m is not null && m.Entity.Forms.Count > 0 && !IsPlacePreposition(tokens, m.TokenStart))
                    {
                        // Walk to the leftmost entity of the subject phrase.
                        var first = m;
                        for (var j = m.TokenStart - 1; j >= 0 && j > m.TokenStart - 4; j--)
                        {
                            var other = s.MentionAt(j);
                            if (other is not null && !IsPlacePreposition(tokens, other.TokenStart)) first = other;
                        }
                        AddParticipant(participants, first.Entity);
                        break;
                    }
                    if (tokens[i].IsWord && (tokens[i].Is("he") || tokens[i].Is("she")) && salient is not null)
                    {
                        AddParticipant(participants, salient);
                        break;
                    }
                }
            }

            // Everyone else the sentence names; the place after "in"/"at"/"across"/"from".
            foreach (var m in s.Mentions)
            {
                if (m.Entity.Kind == DataLayout.KindPlace && IsPlacePreposition(tokens, m.TokenStart) && m.TokenStart > t)
                {
                    // "in the Kherson region," is where it happened; "in U.S. foreign policy" is not.
                    if (!m.IsDemonym && (m.TokenEnd >= tokens.Count || !tokens[m.TokenEnd].IsWord || CommonWords.IsFunctionWord(tokens[m.TokenEnd].Text) || tokens[m.TokenEnd].Text.EndsWith("ly", StringComparison.Ordinal) || tokens[m.TokenEnd].Is("soon")))
                        place ??= m.Entity;
                    continue;
                }
                AddParticipant(participants, m.Entity);
                if (participants.Count >= 4) break;
            }
            if (participants.Count == 0) return null;
            if (place is not null && participants.Contains(place) && participants.Count > 1) participants.Remove(place);

            var date = 0;
            var bestDistance = int.MaxValue;
            foreach (var d in dates)
            {
                var distance = Math.Abs(d.TokenStart - t);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    date = d.Packed;
                }
            }
            var status = IsPlanned(tokens, t) ? DataLayout.StatusPlanned : DataLayout.StatusOccurred;
            return new EventDraft(trigger, participants, place, date, status, s);
        }

        private static bool IsPlanned(List<Token> tokens, int t)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord) continue;
                var w = tokens[i].Lower;
                if (i < t && EventLexicon.IsPlanned(w) && t - i <= 8) return true;
                if (w is "upcoming" or "underway" or "scheduled" || w == "likely" && i + 1 < tokens.Count && tokens[i + 1].Is("to")) return true;
            }
            return false;
        }

        private static bool IsDeterminerOrPossessive(string word) => word is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "this" or "that";

        private static bool IsPlacePreposition(List<Token> tokens, int mentionStart)
        {
            var i = mentionStart - 1;
            if (i >= 0 && tokens[i].Is("the")) i--;
            return i >= 0 && (tokens[i].Is("in") || tokens[i].Is("at") || tokens[i].Is("across") || tokens[i].Is("near") || tokens[i].Is("from") || tokens[i].Is("to") || tokens[i].Is("into"));
        }

        private static void AddParticipant(List<EntityDraft> participants, EntityDraft? entity)
        {
            if (entity is not null && !participants.Contains(entity)) participants.Add(entity);
        }

        /// <summary>One event per kind and set of participants in an article; later mentions fill in date and place.</summary>
        private static void Add(List<EventDraft> events, EventDraft draft)
        {
            foreach (var e in events)
            {
                if (SameKind(e.Trigger, draft.Trigger) && SameSet(e.Participants, draft.Participants))
                {
                    if (e.Date == 0) e.Date = draft.Date;
                    e.Place ??= draft.Place;
                    return;
                }
            }
            events.Add(draft);
        }

        private static bool SameKind(EventTrigger a, EventTrigger b) =>
            a.Cameo == "000" || b.Cameo == "000" ? a.Kind == b.Kind : a.Cameo.Substring(0, 2) == b.Cameo.Substring(0, 2);

        private static bool SameSet(List<EntityDraft> a, List<EntityDraft> b)
        {
            if (a.Count == 0 || b.Count == 0) return false;
            // The same actor and one shared partner, or the very same set.
            if (a[0] != b[0]) return false;
            if (a.Count == 1 || b.Count == 1) return a.Count == b.Count;
            for (var i = 1; i < b.Count; i++)
                if (a.Contains(b[i])) return true;
            return false;
        }

        /// <summary>A named speaker who states, announces or clarifies makes a statement (CAMEO 010).</summary>
        private static void AddStatements(List<EventDraft> events, List<QuoteDraft> quotes)
        {
            var done = new HashSet<EntityDraft>();
            foreach (var q in quotes)
            {
                var speaker = q.Speaker.Entity;
                if (speaker is null || q.Cue is null || done.Contains(speaker)) continue;
                var lemma = CueVerbs.Lemma(q.Cue);
                if (lemma is not ("state" or "announce" or "clarify" or "outline" or "articulate" or "declare" or "respond")) continue;
                done.Add(speaker);
                var trigger = new EventTrigger("010", "statement", false, "Make statement, not specified below");
                Add(events, new EventDraft(trigger, new List<EntityDraft> { speaker }, null, 0, DataLayout.StatusOccurred, q.Sentence));
            }
        }
    }
}
