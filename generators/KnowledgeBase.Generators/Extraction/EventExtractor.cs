using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
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

        public EventTrigger Trigger { get; set; }
        public List<EntityDraft> Participants { get; }
        public EntityDraft? Place { get; set; }
        public int Date { get; set; }

        /// <summary>The date came from the sentence before, not from the event's own words: its own words may still correct it.</summary>
        public bool DateInferred { get; set; }
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
            var byKind = new Dictionary<string, List<EventDraft>>(StringComparer.Ordinal);
            EntityDraft? salient = null;
            EntityDraft? lastCountry = null;
            SentenceInfo? previous = null;
            var previousFraming = 0; // the last date of the sentence before that frames it
            var lastDay = 0; // the last full date the article named, for "the following day"
            var countries = ArticleCountries(sentences);
            foreach (var s in sentences)
            {
                token.ThrowIfCancellationRequested();
                if (s.Block != BlockKind.Paragraph) continue;
                var dates = DateResolver.Find(s.Tokens, published);
                if (dates.Count == 0 && DateResolver.DayAfter(s.Tokens, lastDay) is { } dayAfter) dates = new List<DateMention> { dayAfter };
                var lastIntent = -1;
                // A date the previous sentence of the same paragraph gave still frames this one.
                var previousDate = previous is not null && previous.BlockIndex == s.BlockIndex ? previousFraming : 0;
                string? toldBefore = null; // the CAMEO root a back reference in this sentence points to
                for (var t = 0; t < s.Tokens.Count; t++)
                {
                    var trigger = Trigger(s, t, out var backReference);
                    if (trigger is null) continue;
                    // "said "We made a plea to the president"": a speaker's own words are his quote, not the narrator's event.
                    if (InDirectQuote(quotes, s.Tokens[t].Start)) continue;
                    if (backReference)
                    {
                        DateEarlier(events, trigger, s.Tokens, t, dates);
                        toldBefore = Root(trigger);
                        continue;
                    }
                    // "With Friday's signings, all ... have signed on to the treaty": the same act, told again.
                    if (toldBefore is not null && Root(trigger) == toldBefore) continue;
                    if (IsSpeculative(s.Tokens, t)) continue;
                    if (trigger.Cameo.StartsWith("03", StringComparison.Ordinal)) lastIntent = t;
                    else if (lastIntent >= 0 && t - lastIntent <= 6) continue; // "intention to engage in negotiations" is the intent, not talks
                    var draft = Build(s, t, trigger, dates, previousDate, salient, lastCountry, sentences);
                    if (draft is null) continue;
                    if (draft.Date == 0) DateFromSameActors(events, draft);
                    StandForCountries(draft.Participants, countries);
                    // Media report events and towns host them; neither takes part ("told the BBC", "protests in the capital, San Juan").
                    draft.Participants.RemoveAll(static p => p.IsMedia || p.Kind == DataLayout.KindPlace && !p.IsCountry);
                    if (draft.Participants.Count == 0) continue;
                    if (IsViolent(trigger) && draft.Participants.Count == 1 && draft.Participants[0].IsCountry) AddOpponent(draft.Participants, countries);
                    Add(events, byKind, draft);
                    if (ProposerOfTruce(s, t, trigger) is { } proposer) AddProposal(events, byKind, s, proposer, draft);
                }
                previous = s;
                previousFraming = LastFramingDate(s.Tokens, dates);
                if (previousFraming % 100 != 0) lastDay = previousFraming;
                foreach (var m in s.Mentions)
                {
                    if (m.Entity.Kind == DataLayout.KindPerson && salient is null) salient = m.Entity;
                    if (m.Entity.IsCountry) lastCountry = m.Entity;
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
            AddStatements(events, byKind, quotes, published);
            DateElectionOutcomes(events);
            return events;
        }

        /// <summary>
        /// "They met in Geneva on Monday. ... They called on Freedonia to ...": a sentence that goes on with the same
        /// actors by a pronoun, within three sentences, goes on with their day.
        /// </summary>
        private static void DateFromSameActors(List<EventDraft> events, EventDraft draft)
        {
            var tokens = draft.Sentence.Tokens;
            if (tokens.Count == 0 || !(tokens[0].Is("they") || tokens[0].Is("he") || tokens[0].Is("she"))) return;
            for (var i = events.Count - 1; i >= 0; i--)
            {
                var e = events[i];
                if (draft.Sentence.Index - e.Sentence.Index > 3) return;
                if (e.Date == 0 || e.DateInferred || e.Sentence == draft.Sentence || !e.Participants.Contains(draft.Participants[0])) continue;
                draft.Date = e.Date;
                draft.DateInferred = true;
                return;
            }
        }

        /// <summary>"X was defeated in Eastvale": a seat won or lost in the article's one dated election was won or lost that day.</summary>
        private static void DateElectionOutcomes(List<EventDraft> events)
        {
            var day = 0;
            foreach (var e in events)
                if (e.Trigger.Cameo == "000" && e.Trigger.Kind == "election" && e.Date != 0)
                {
                    if (day != 0 && day != e.Date) return;
                    day = e.Date;
                }
            if (day == 0) return;
            foreach (var e in events)
                if (e.Date == 0 && e.Trigger.Cameo == "000" && e.Trigger.Kind is "defeat" or "win" && e.Sentence.Tokens.Exists(static w => w.Is("election") || w.Is("seat") || w.Is("constituency") || w.Is("vote") || w.Is("votes")))
                {
                    e.Date = day;
                    e.DateInferred = true;
                }
        }

        private static string Root(EventTrigger trigger) => trigger.Cameo == "000" ? trigger.Kind : trigger.Cameo.Substring(0, 2);

        private static bool InDirectQuote(List<QuoteDraft> quotes, int position)
        {
            foreach (var q in quotes)
                if (q.Kind == DataLayout.QuoteDirect && position >= q.Start && position < q.End) return true;
            return false;
        }

        /// <summary>A back reference ("the stabbing", "this lockdown started on ...") dates the latest event of its kind if that had no date.</summary>
        private static void DateEarlier(List<EventDraft> events, EventTrigger trigger, List<Token> tokens, int t, List<DateMention> dates)
        {
            for (var i = events.Count - 1; i >= 0; i--)
            {
                var e = events[i];
                if (!SameKind(e.Trigger, trigger)) continue;
                if (e.Date != 0 && !e.DateInferred) return;
                foreach (var d in dates)
                    if (SameSegment(tokens, dates, d, t))
                    {
                        e.Date = d.Packed;
                        e.DateInferred = false;
                        return;
                    }
                return;
            }
        }

        /// <summary>Only a date that frames its sentence carries over, not one that names a thing ("the November 27 agreement").</summary>
        private static int LastFramingDate(List<Token> tokens, List<DateMention> dates)
        {
            for (var i = dates.Count - 1; i >= 0; i--)
            {
                var end = dates[i].TokenEnd;
                var namesAThing = end < tokens.Count && tokens[end].IsWord && char.IsLower(tokens[end].Text[0]) && !CommonWords.IsFunctionWord(tokens[end].Text);
                if (!namesAThing) return dates[i].Packed;
            }
            return 0;
        }

        /// <summary>The article's countries by name, most mentioned first.</summary>
        private static List<EntityDraft> ArticleCountries(List<SentenceInfo> sentences)
        {
            var countries = new List<EntityDraft>();
            foreach (var s in sentences)
                foreach (var m in s.Mentions)
                    if (m.Entity.IsCountry && !countries.Contains(m.Entity)) countries.Add(m.Entity);
            // OrderBy is stable: ties keep the order of first mention.
            return countries.OrderByDescending(static c => c.Mentions).ToList();
        }

        /// <summary>"demands that Kyiv rejects": a national capital acting stands for its country (CAMEO codes governments by their capital).</summary>
        private static void StandForCountries(List<EntityDraft> participants, List<EntityDraft> countries)
        {
            for (var i = 0; i < participants.Count; i++)
            {
                var capitalOf = participants[i].CapitalOf;
                if (capitalOf is null) continue;
                foreach (var c in countries)
                {
                    if (!string.Equals(c.Name, capitalOf, StringComparison.Ordinal)) continue;
                    if (participants.Contains(c)) participants.RemoveAt(i--);
                    else participants[i] = c;
                    break;
                }
            }
        }

        /// <summary>"the Russian military intensified its drone attacks": a country's attack with no target named is on the article's other main country.</summary>
        private static void AddOpponent(List<EntityDraft> participants, List<EntityDraft> countries)
        {
            foreach (var c in countries)
            {
                if (c == participants[0]) continue;
                if (c.Mentions >= 2) participants.Add(c);
                return;
            }
        }

        /// <summary>"a ceasefire proposed by X": besides the truce, X appealed for de-escalation (CAMEO 0256).</summary>
        private static EntityDraft? ProposerOfTruce(SentenceInfo s, int t, EventTrigger trigger)
        {
            var tokens = s.Tokens;
            if (trigger.Kind != "ceasefire" || t + 3 >= tokens.Count || !tokens[t + 2].Is("by")) return null;
            if (!tokens[t + 1].Is("proposed") && !(t > 0 && tokens[t - 1].Is("proposed"))) return null;
            return s.MentionAt(t + 3)?.Entity;
        }

        private static void AddProposal(List<EventDraft> events, Dictionary<string, List<EventDraft>> byKind, SentenceInfo s, EntityDraft proposer, EventDraft truce)
        {
            var participants = new List<EntityDraft> { proposer };
            foreach (var p in truce.Participants) AddParticipant(participants, p);
            if (participants.Count < 2) return;
            Add(events, byKind, new EventDraft(EventLexicon.Proposal, participants, truce.Place, truce.Date, truce.Status, s));
        }

        private static EventTrigger? Trigger(SentenceInfo s, int t, out bool backReference)
        {
            backReference = false;
            var tokens = s.Tokens;
            var token = tokens[t];
            if (!token.IsWord || s.MentionAt(t) is not null) return null;
            if (token.Is("take") && t + 1 < tokens.Count && tokens[t + 1].Is("office") || token.Is("sworn") && t + 1 < tokens.Count && tokens[t + 1].Is("in"))
                return EventLexicon.Find("inauguration");
            // "to leave office on August 2", "stepped down as governor": a resignation (CAMEO 0831).
            if ((token.Is("leave") || token.Is("leaves") || token.Is("left")) && t + 1 < tokens.Count && tokens[t + 1].Is("office")
                || (token.Is("step") || token.Is("steps") || token.Is("stepped") || token.Is("stepping")) && t + 1 < tokens.Count && tokens[t + 1].Is("down"))
                return EventLexicon.Find("resigned");
            // "ministers gathered in Cairo", "the council convened on Monday": a meeting (CAMEO 040), not "gathered evidence".
            if ((token.Is("gathered") || token.Is("convened")) && t + 1 < tokens.Count && (!tokens[t + 1].IsWord || CommonWords.IsFunctionWord(tokens[t + 1].Text) || tokens[t + 1].Is("to")))
                return EventLexicon.Find("met");
            // "called on Turkey to halt": an appeal (CAMEO 020).
            if ((token.Is("called") || token.Is("calls") || token.Is("call")) && t + 2 < tokens.Count && tokens[t + 1].Is("on") && tokens[t + 2].IsCapitalized)
                return EventLexicon.Find("urged");
            // "Erdoğan called for a regional cooperation": an appeal too, made by someone named just before.
            if ((token.Is("called") || token.Is("calls")) && t > 0 && t + 1 < tokens.Count && tokens[t + 1].Is("for") && s.MentionAt(t - 1) is { } caller && caller.Entity.Kind != DataLayout.KindPlace)
                return EventLexicon.Find("urged");
            // "began serving as governor on January 2": a taking of office.
            if ((token.Is("began") || token.Is("begins")) && t + 2 < tokens.Count && tokens[t + 1].Is("serving") && tokens[t + 2].Is("as"))
                return EventLexicon.Find("inauguration");
            // "is to be replaced by X", "was succeeded by X": a succession in office.
            if ((token.Is("replaced") || token.Is("succeeded")) && t + 2 < tokens.Count && tokens[t + 1].Is("by") && s.MentionAt(t + 2) is { Entity.Kind: DataLayout.KindPerson })
                return EventLexicon.Succession;
            // "the Harbour Party netted an additional 40 seats": the party's result in an election.
            if ((token.Is("won") || token.Is("wins") || token.Is("gained") || token.Is("gains") || token.Is("netted") || token.Is("nets") || token.Is("secured") || token.Is("secures"))
                && HasWordAfter(tokens, t, 4, "seats") && !HasWordAfter(tokens, t, 6, "since"))
                return EventLexicon.ElectionResult;
            // "Protesters called for X's resignation": a demonstration for a change of leadership (CAMEO 1411).
            if ((token.Is("called") || token.Is("calls") || token.Is("demanded")) && t > 0 && CommonWords.IsProtesterNoun(tokens[t - 1].Text))
                return EventLexicon.ProtestForChange;
            if (token.Is("shut") && t + 1 < tokens.Count && tokens[t + 1].Is("down") && !(t > 0 && tokens[t - 1].Is("to")))
                return EventLexicon.Find("shutdown");
            // "a telephone conversation with X" is a call.
            if (token.Is("conversation") && t > 0 && (tokens[t - 1].Is("phone") || tokens[t - 1].Is("telephone")))
                return EventLexicon.Find("phone-call");
            // CAMEO 036: "announced his intention to negotiate with X", "expressed a desire to meet".
            if (t + 2 < tokens.Count && tokens[t + 1].Is("to") && EventLexicon.IsIntentNoun(token.Text) && EventLexicon.IsMeetingVerb(tokens[t + 2].Text))
                return EventLexicon.IntentToMeet;
            // "it planned to join the bloc", "intends to join NATO": an intent to cooperate (CAMEO 030).
            if (token.Is("join") && t >= 2 && tokens[t - 1].Is("to") && EventLexicon.IsIntentVerb(tokens[t - 2].Text))
                return EventLexicon.IntentToJoin;
            if (char.IsUpper(token.Text[0]) && t > 0) return null;
            var trigger = EventLexicon.Find(token.Text);
            if (trigger is null) return null;
            if (token.Is("agreed") && t + 1 < tokens.Count && (tokens[t + 1].Is("on") || tokens[t + 1].Is("upon"))) return EventLexicon.FormalAgreement;
            var previous = t > 0 ? tokens[t - 1] : default;
            // "released the messages publicly": information is published (a statement), people are freed (0841).
            if (trigger.Kind == "release" && !trigger.IsNoun && ReleasesInformation(s, t)) return EventLexicon.Publication;
            // "Russia's demands", "their appeals": after a possessive a verb form is the noun.
            if (!trigger.IsNoun && t > 0 && (previous.Kind == TokenKind.Possessive || previous.Is("their") || previous.Is("his") || previous.Is("her") || previous.Is("its")))
                trigger = new EventTrigger(trigger.Cameo, trigger.Kind, true, trigger.Name);
            // "drone attacks", "missile attacks": aerial weapons.
            if (trigger.Kind == "attack" && t > 0 && (previous.Is("drone") || previous.Is("missile") || previous.Is("air") || previous.Is("rocket") || previous.Is("aerial")))
                trigger = EventLexicon.Find("strikes")!;
            if (trigger.Kind == "fire" && (previous.Is("opened") || previous.Is("open") || previous.Is("under") || previous.Is("ceasefire"))) return null;
            if (trigger.Kind == "record" && !HasWordBefore(tokens, t, 3, "set", "sets", "broke", "breaks", "equalled", "equaled", "new")) return null;
            if (token.Is("lost") && !HasWordAfter(tokens, t, 3, "seat", "election", "race", "match", "game", "final", "title", "vote", "bid")) return null;
            if (token.Is("fired") && HasWordAfter(tokens, t, 2, "rockets", "missiles", "shots", "shells", "bullets", "at", "weapons", "tear"))
                trigger = EventLexicon.Find("attacked")!;
            // "killed in an airstrike", "killed by troops": military killing is fighting, not assault.
            if (trigger.Kind == "killing" && HasWord(tokens, "troops", "forces", "soldiers", "airstrike", "airstrikes", "militants", "rebels", "army", "military", "shelling", "fighting", "clashes"))
                trigger = EventLexicon.Find("attack")!;
            if (trigger.IsNoun)
            {
                if (previous.Is("to") && !HasPlannedCue(tokens, t)) return null; // "to visit": an infinitive, not a visit
                if (t + 1 < tokens.Count && tokens[t + 1].IsWord && EventLexicon.IsCompoundHead(tokens[t + 1].Text)) return null; // "negotiation strategy"
                if (trigger.Kind == "sanction" && !(t + 1 < tokens.Count && (tokens[t + 1].Is("on") || tokens[t + 1].Is("against")) || HasWord(tokens, "imposed", "impose", "imposes", "announced", "levied", "slapped")))
                    return null;
                if (t > 0 && (previous.Is("no") || previous.Is("without") || previous.Is("not"))) return null;
                // "called for the governor's resignation": what is demanded has not happened.
                if (IsDemanded(tokens, t)) return null;
                // "agreed to pause strikes": what happens is a de-escalation (CAMEO 087), not strikes.
                if (IsStopped(tokens, t)) return IsViolent(trigger) ? EventLexicon.DeEscalation : null;
                if (t + 2 < tokens.Count && (IsModal(tokens[t + 1]) || IsModal(tokens[t + 2]))) return null; // "talks should be inclusive"
                // "conceding to Russia's demands": the demands are not made here.
                if (t >= 4 && tokens[t - 1].Kind == TokenKind.Possessive && tokens[t - 3].Is("to") && tokens[t - 4].Text.EndsWith("ing", StringComparison.Ordinal)) return null;
                // "call" is an event as a noun only when it is a phone call or a call with someone.
                // "the call" with no partner named refers back to a call already reported.
                // "the stabbing", "this lockdown started on December 22": the event told before, perhaps with its date.
                // "Friday's signings": an event already told, named by its day.
                if (IsDefiniteReference(tokens, t) || t >= 2 && previous.Kind == TokenKind.Possessive && IsDayWord(tokens[t - 2]))
                {
                    backReference = true;
                    return trigger;
                }
                // "offensive messages", "advance notice": an adjective or modifier before its noun.
                if (trigger.Kind == "offensive" && t + 1 < tokens.Count && tokens[t + 1].IsWord && !tokens[t + 1].IsCapitalized && !CommonWords.IsFunctionWord(tokens[t + 1].Text)) return null;
                if (trigger.Kind == "call" && !(previous.Is("phone") || previous.Is("telephone") || previous.Is("follow-up") || t + 1 < tokens.Count && tokens[t + 1].Is("with"))) return null;
                if (trigger.Kind is "discussion" or "meeting" or "negotiation" && !HasPartner(tokens, t)) return null;
                if (trigger.Kind == "release" && !(t + 1 < tokens.Count && tokens[t + 1].Is("of"))) return null;
                // A ceasefire is an event when someone agrees to, accepts, declares or breaks one.
                if (trigger.Kind == "ceasefire" && !HasWordBefore(tokens, t, 3, "agreed", "agree", "agreeing", "accepted", "accepting", "accept", "declared", "announced", "signed", "reached", "brokered", "violated", "broke"))
                    return null;
                // An agreement is an event when it is reached, signed or announced, not when it is hoped for.
                if (trigger.Kind == "agreement" && !HasWordBefore(tokens, t, 4, "reached", "signed", "announced", "struck", "concluded", "finalized", "finalised", "ratified", "approved", "sealed"))
                    return null;
                // Legislation is an event when it is passed or brought in, not when it is cited ("owing to privacy legislation").
                if (trigger.Kind == "legislation" && !HasWordBefore(tokens, t, 5, "passed", "adopted", "introduced", "enacted", "approved", "signed", "new") && !HasWordAfter(tokens, t, 3, "passed", "adopted", "introduced", "enacted", "approved"))
                    return null;
                if (trigger.Kind is "award" && !HasWord(tokens, "won", "wins", "awarded", "received")) return null;
                // "too big for a single monolithic sale": an indefinite act with no party of its own is a kind, not an occurrence.
                if (trigger.Cameo != "000" && IsBareIndefinite(tokens, t)) return null;
                return trigger;
            }
            if (t > 0 && (previous.Is("not") || previous.Is("never") || previous.Is("to") && !HasPlannedCue(tokens, t))) return null;
            // "There were no Change UK candidates elected": nobody was.
            if (HasWordBefore(tokens, t, 5, "no")) return null;
            if (t > 0 && previous.IsWord && (IsDeterminerOrPossessive(previous.Text) || previous.Is("any") || previous.Is("some") || previous.Is("every") || previous.Is("no"))) return null; // "a negotiated settlement"
            // "41 pledged delegates", "the most pledged delegates": a participle before its noun.
            if (t > 0 && (previous.Kind == TokenKind.Number || previous.Is("most") || previous.Is("more")) && t + 1 < tokens.Count && tokens[t + 1].IsWord && !tokens[t + 1].IsCapitalized && !CommonWords.IsFunctionWord(tokens[t + 1].Text)
                || t + 1 < tokens.Count && (tokens[t + 1].Is("delegates") || tokens[t + 1].Is("delegate"))) return null;
            // "selling socks": a trade, not a sale to someone; "over selling X to Y" is one.
            if (token.Is("selling") && !HasWordAfter(tokens, t, 10, "to")) return null;
            if (trigger.Kind is "discussion" && !(t + 1 < tokens.Count && (tokens[t + 1].Is("with") || tokens[t + 1].Is("by")))) return null;
            if (trigger.Kind is "meeting" && !(t + 1 < tokens.Count && (tokens[t + 1].Is("with") || tokens[t + 1].IsCapitalized))) return null;
            if (trigger.Cameo == "041" && !(t + 1 < tokens.Count && tokens[t + 1].IsCapitalized)) return null;
            // "questioned the President's power" challenges something named; "tested and questioned for hours" is an interrogation.
            // "questioned her abilities" is doubt, not a challenge to anyone.
            if (token.Is("questioned") && !(t + 1 < tokens.Count && (tokens[t + 1].IsCapitalized || tokens[t + 1].Is("the") || tokens[t + 1].Is("whether")))) return null;
            // "negotiated the release of X": the release is the event.
            if (t + 2 < tokens.Count && EventLexicon.Find(tokens[t + 2].Text) is { IsNoun: true } && tokens[t + 1].Is("the")) return null;
            return trigger;
        }

        private static bool IsSubordinator(List<Token> tokens, int i)
        {
            var w = tokens[i];
            if (w.Is("while") || w.Is("when") || w.Is("because") || w.Is("although") || w.Is("though") || w.Is("whereas")) return true;
            // "as" opens a clause only as a conjunction: not "such as", "as well as", "as a result".
            return w.Is("as") && i > 0 && !tokens[i - 1].Is("such") && !tokens[i - 1].Is("well") && !tokens[i - 1].Is("same")
                && i + 1 < tokens.Count && OpensClause(tokens[i + 1]);
        }

        // After conjunctive "as" comes a subject: a name, a pronoun or a determiner.
        private static bool OpensClause(Token next) => next.IsCapitalized || next.Is("he") || next.Is("she") || next.Is("they") || next.Is("it") || next.Is("the") || next.Is("negotiations") || next.Is("talks");

        /// <summary>A demonym that modifies no actor ("its Malaysian stores", "in French"): not a party.</summary>
        private static bool NamesNoActor(Mention m, List<Token> tokens) => m.IsDemonym && (m.TokenEnd >= tokens.Count || !IsActorNoun(tokens[m.TokenEnd]));

        /// <summary>Nouns a demonym turns into a party: "Russian troops", "the Greek government", "Polish police".</summary>
        private static bool IsActorNoun(Token w) =>
            w.IsWord && (CommonWords.IsGroupNoun(w.Text) || Titles.IsRoleNoun(w.Text) || w.Is("forces") || w.Is("troops") || w.Is("navy") || w.Is("regime") || w.Is("delegation") || w.Is("counterpart") || w.Is("counterparts") || w.Is("side") || w.IsCapitalized);

        private static bool ReleasesInformation(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            for (var i = t + 1; i < tokens.Count && i <= t + 4; i++)
            {
                if (s.MentionAt(i) is { } m && m.Entity.Kind == DataLayout.KindPerson) return false;
                var w = tokens[i];
                if (w.Is("them") || w.Is("it") || w.Is("report") || w.Is("reports") || w.Is("messages") || w.Is("statement") || w.Is("video") || w.Is("data")
                    || w.Is("findings") || w.Is("documents") || w.Is("details") || w.Is("results") || w.Is("figures") || w.Is("album") || w.Is("footage") || w.Is("images") || w.Is("recording"))
                    return true;
                if (w.Is("prisoners") || w.Is("hostages") || w.Is("detainees") || w.Is("captives") || w.Is("him") || w.Is("her")) return false;
            }
            return false;
        }

        private static bool IsSpeechAct(EventTrigger t) =>
            t.Kind is "condolences" or "appeal" or "criticism" or "demand" or "threat" or "statement" or "rejection" or "accusation" or "pledge" or "invitation" or "intent" or "agreement";

        private static bool IsSpeechCue(List<Token> tokens, int i) =>
            i >= 0 && tokens[i].IsWord && CueVerbs.Lemma(tokens[i].Text) is "say" or "tell" or "report" or "announce" or "state" or "confirm" or "add";

        private static bool HasCoordinationBefore(List<Token> tokens, int t, int clauseStart)
        {
            if (tokens[clauseStart - 1].IsPunct(';')) return true;
            for (var i = t - 1; i >= clauseStart && i >= t - 4; i--)
                if (tokens[i].Is("and")) return true;
            return false;
        }

        private static bool IsModal(Token t) => t.Is("should") || t.Is("must") || t.Is("could") || t.Is("might") || t.Is("may") || t.Is("ought");

        private static bool IsDefiniteReference(List<Token> tokens, int t)
        {
            var d = t - 1;
            while (d >= 0 && tokens[d].IsWord && (tokens[d].Is("phone") || tokens[d].Is("telephone") || tokens[d].Text.EndsWith("ly", StringComparison.Ordinal))) d--;
            if (d < 0 || !(tokens[d].Is("the") || tokens[d].Is("this") || tokens[d].Is("that"))) return false;
            // "he suggested that negotiations begin": after a verb "that" opens a clause, it does not point back.
            if (tokens[d].Is("that") && d > 0 && tokens[d - 1].IsWord && (CueVerbs.Lemma(tokens[d - 1].Text) is not null || tokens[d - 1].Text.EndsWith("ed", StringComparison.Ordinal))) return false;
            // "the release of X", "the talks with Y": a new event is introduced by its complement.
            if (t + 1 < tokens.Count && (tokens[t + 1].Is("of") || tokens[t + 1].Is("to") || tokens[t + 1].Is("against") || tokens[t + 1].Is("on"))) return false;
            for (var i = t + 1; i < tokens.Count && i <= t + 5; i++)
                if (tokens[i].Is("with") || tokens[i].Is("between")) return false;
            return true;
        }

        private static bool IsBareIndefinite(List<Token> tokens, int t)
        {
            var i = t - 1;
            while (i >= 0 && i >= t - 3 && tokens[i].IsWord && !tokens[i].IsCapitalized && !CommonWords.IsFunctionWord(tokens[i].Text)) i--;
            if (i < 0 || !(tokens[i].Is("a") || tokens[i].Is("an"))) return false;
            // "held a meeting", "launched an attack": a verb makes the act happen.
            if (i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && (!CommonWords.IsFunctionWord(tokens[i - 1].Text) || tokens[i - 1].Is("had") || tokens[i - 1].Is("has") || tokens[i - 1].Is("have"))) return false;
            return !(t + 1 < tokens.Count && (tokens[t + 1].Is("of") || tokens[t + 1].Is("on") || tokens[t + 1].Is("against") || tokens[t + 1].Is("with") || tokens[t + 1].Is("by") || tokens[t + 1].Is("to") || tokens[t + 1].Is("between")));
        }

        private static bool IsDayWord(Token w) =>
            w.IsCapitalized && (DatelineReader.IsWeekday(w.Text) || DatelineReader.TryMonth(w.Text, out _)) || w.Is("yesterday") || w.Is("today") || w.Is("tonight");

        private static bool IsStopped(List<Token> tokens, int t)
        {
            for (var i = Math.Max(0, t - 5); i < t; i++)
                if (tokens[i].Is("pause") || tokens[i].Is("halt") || tokens[i].Is("stop") || tokens[i].Is("end") || tokens[i].Is("cease") || tokens[i].Is("suspend") || tokens[i].Is("avoid") || tokens[i].Is("prevent") || tokens[i].Is("ending") || tokens[i].Is("stopping")
                    || tokens[i].Is("restrict") || tokens[i].Is("restricting") || tokens[i].Is("restricts") || tokens[i].Is("block") || tokens[i].Is("blocking") || tokens[i].Is("ban") || tokens[i].Is("banning") || tokens[i].Is("prohibit") || tokens[i].Is("prohibiting"))
                    return true;
            return false;
        }

        /// <summary>"called for X's resignation", "demanded the release of": the noun is what is asked for.</summary>
        private static bool IsDemanded(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 0 && i >= t - 5; i--)
            {
                var w = tokens[i];
                if (w.Is("for") && i > 0 && (tokens[i - 1].Is("called") || tokens[i - 1].Is("calls") || tokens[i - 1].Is("call") || tokens[i - 1].Is("calling"))) return true;
                if (w.Is("demanded") || w.Is("demanding") || w.Is("demand") || w.Is("demands") || w.Is("urged") || w.Is("urging")) return true;
                if (!(w.IsWord || w.Kind == TokenKind.Possessive)) return false;
            }
            return false;
        }

        private static bool HasPartner(List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + 5; i++)
            {
                // "with the exception of": an exclusion, not a partner.
                if (tokens[i].Is("with") && i + 2 < tokens.Count && tokens[i + 2].Is("exception")) continue;
                if (tokens[i].Is("with") || tokens[i].Is("between") || tokens[i].Is("involving")) return true;
            }
            return false;
        }

        private static bool HasWordBefore(List<Token> tokens, int t, int window, params string[] words)
        {
            for (var i = Math.Max(0, t - window); i < t; i++)
                foreach (var w in words) if (tokens[i].Is(w)) return true;
            return false;
        }

        private static bool HasWordAfter(List<Token> tokens, int t, int window, params string[] words)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + window; i++)
                foreach (var w in words) if (tokens[i].Is(w)) return true;
            return false;
        }

        private static bool HasWord(List<Token> tokens, params string[] words)
        {
            foreach (var t in tokens)
                foreach (var w in words)
                    if (t.Is(w)) return true;
            return false;
        }

        /// <summary>"is to leave", "are to find": the future.</summary>
        private static bool IsToFuture(List<Token> tokens, int t) =>
            t >= 2 && tokens[t - 1].Is("to") && (tokens[t - 2].Is("is") || tokens[t - 2].Is("are") || tokens[t - 2].Is("was") || tokens[t - 2].Is("were"));

        private static bool HasPlannedCue(List<Token> tokens, int t)
        {
            if (IsToFuture(tokens, t)) return true;
            for (var i = Math.Max(0, t - 5); i < t; i++)
                if (tokens[i].IsWord && EventLexicon.IsPlanned(tokens[i].Text)) return true;
            return false;
        }

        private static bool IsSpeculative(List<Token> tokens, int t)
        {
            var (start, _) = Clause(tokens, t);
            for (var i = start; i < t; i++)
                if (tokens[i].IsWord && EventLexicon.IsSpeculative(tokens[i].Text)) return true;
            return false;
        }

        private static EventDraft? Build(SentenceInfo s, int t, EventTrigger trigger, List<DateMention> dates, int previousDate, EntityDraft? salient, EntityDraft? lastCountry, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            var (clauseStart, clauseEnd) = Clause(tokens, t);
            var participants = new List<EntityDraft>();
            EntityDraft? place = null;

            // "negotiations between the U.S. and Russia": the two named are the parties, whoever reports it.
            var between = -1;
            for (var i = t + 1; i < tokens.Count && i <= t + 5; i++) if (tokens[i].Is("between")) { between = i; break; }
            if (between > 0)
            {
                foreach (var m in s.Mentions)
                    if (m.TokenStart > between && m.TokenStart <= between + 6 && participants.Count < 2 && (m.Entity.Kind != DataLayout.KindPlace || m.Entity.IsCountry)) AddParticipant(participants, m.Entity);
                if (participants.Count < 2) participants.Clear();
            }
            if (participants.Count == 2)
            {
                // the parties are known
            }
            else if (!trigger.IsNoun && trigger.Cameo != "000" && IsPassiveVerb(tokens, t))
            {
                // "was attacked by X": X acts. Without a named agent only two or more subjects named
                // together make the event ("X and Y were convicted"); one alone is too often a side remark.
                var agent = AgentAfterBy(s, t, clauseEnd);
                var subjects = NearestSubject(s, t, clauseStart, salient, sentences).ToList();
                if (agent is null && subjects.Count < 2) return null;
                AddParticipant(participants, agent);
                foreach (var subject in subjects)
                {
                    AddParticipant(participants, subject);
                    if (agent is not null) break;
                }
            }
            else
            {
                // Actor: the possessor of a noun trigger ("X's call", "his election"), else the clause subject.
                if (trigger.IsNoun) AddParticipant(participants, Possessor(s, t, salient, lastCountry));
                if (participants.Count == 0)
                    foreach (var subject in NearestSubject(s, t, clauseStart, salient, sentences)) AddParticipant(participants, subject);
                // "X sold A in March; announced B; and in 2015 sold C": a coordinated verb shares the first subject.
                if (participants.Count == 0 && !trigger.IsNoun && clauseStart > 0 && HasCoordinationBefore(tokens, t, clauseStart))
                    foreach (var subject in NearestSubject(s, clauseStart - 1, 0, salient, sentences)) AddParticipant(participants, subject);
            }

            // The others: entities after the trigger in its clause; the place after "in"/"at"/"across".
            foreach (var m in s.Mentions)
            {
                if (m.TokenStart <= t || m.TokenStart >= clauseEnd || m.TokenStart > t + 14) continue;
                // "sold its 2000 Thai and 74 Malaysian stores to X": a verb's recipient may come a little later.
                var near = m.TokenStart <= t + 8 || !trigger.IsNoun && m.TokenStart <= t + 10 && m.TokenStart > 0 && tokens[m.TokenStart - 1].Is("to");
                // Outside CAMEO an occurrence has its subject ("his election", "X died"); only "of X" adds one.
                // A succession also has its successor ("replaced by X").
                if (trigger.Cameo == "000" && !(m.TokenStart == t + 2 && (tokens[t + 1].Is("of") || tokens[t + 1].Is("by") && trigger.Kind == "succession")) && !(m.Entity.Kind == DataLayout.KindPlace && IsPlacePreposition(tokens, m.TokenStart))) continue;
                if (m.IsDemonym && m.TokenEnd < tokens.Count && Titles.IsRoleNoun(tokens[m.TokenEnd].Text) && !IsViolent(trigger)) continue; // "American teacher X"
                if (m.IsDemonym && (m.TokenEnd >= tokens.Count || !tokens[m.TokenEnd].IsWord || tokens[m.TokenEnd].Is("and") || tokens[m.TokenEnd].Is("or"))) continue; // "in French and English": a language, not a party
                if (!IsViolent(trigger) && NamesNoActor(m, tokens)) continue; // "its Malaysian stores": what is sold, not who sells
                if (m.Entity.Kind == DataLayout.KindPlace && IsPlacePreposition(tokens, m.TokenStart))
                {
                    if (!m.IsDemonym && EndsPlacePhrase(tokens, m.TokenEnd)) place ??= m.Entity;
                    if (IsViolent(trigger) && m.Entity.IsCountry && near) AddParticipant(participants, m.Entity); // the country struck takes part
                    continue;
                }
                if (!near) continue;
                if (trigger.Kind is "invasion" or "occupation" && m.Entity.IsCountry && m.TokenStart == t + 2 && tokens[t + 1].Is("of")) place ??= m.Entity;
                AddParticipant(participants, m.Entity);
            }
            // Nominal reports scatter their participants: take the sentence's other people and countries.
            if (participants.Count < 2 && trigger.Cameo != "000")
            {
                foreach (var m in s.Mentions)
                {
                    if (participants.Count >= 3) break;
                    if (m.Entity == place || m.Entity.Kind == DataLayout.KindPlace && !m.Entity.IsCountry) continue;
                    // "visited the hospital while X received surgery": the subordinate clause after it tells of something else.
                    if (m.TokenStart >= clauseEnd && clauseEnd < tokens.Count && tokens[clauseEnd].IsWord && IsSubordinator(tokens, clauseEnd)) continue;
                    if (NamesNoActor(m, tokens)) continue;
                    // "broadcast to the French island territory", "using an app", "according to X": where, with what, and who says, not who.
                    if (IsPlacePreposition(tokens, m.TokenStart) && !(m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive) || GovernedBy(tokens, m.TokenStart, "using") || GovernedBy(tokens, m.TokenStart, "via") || GovernedBy(tokens, m.TokenStart, "to") && m.TokenStart >= 2 && tokens[m.TokenStart - 2].Is("according")) continue;
                    // "X said a badge was used by the assailant, convicted of ...": the speaker takes no part in what is reported.
                    // A speech act in the report ("telling Wikinews it extends its condolences") is the speaker's own.
                    if (m.TokenStart < clauseStart && IsSpeechCue(tokens, clauseStart - 1) && !IsSpeechAct(trigger)) continue;
                    AddParticipant(participants, m.Entity);
                }
            }
            if (participants.Count == 0) return null;
            if (place is not null && participants.Count > 1 && participants[0] == place) participants.RemoveAt(0);

            // The date in the trigger's own clause; else the sentence's nearest; else the one the sentence before gave.
            var date = 0;
            var bestDistance = int.MaxValue;
            var relative = InRelativeClause(tokens, t);
            foreach (var d in dates)
            {
                // "On Wednesday, ministers denounced the deal in which X and Y agreed": the relative clause has its own time.
                if (relative >= 0 && d.TokenStart < relative) continue;
                var distance = Math.Abs(d.TokenStart - t) + (SameSegment(tokens, dates, d, t) ? 0 : 1000);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    date = d.Packed;
                }
            }
            // The date the sentence before gave frames this one, unless this one is about now ("is currently shut down").
            var inferred = false;
            if (date == 0 && previousDate != 0 && relative < 0 && !HasWord(tokens, "currently", "now", "still"))
            {
                date = previousDate;
                inferred = true;
            }
            var status = IsPlanned(tokens, t, trigger.IsNoun) ? DataLayout.StatusPlanned : DataLayout.StatusOccurred;
            // An agreement announced exists already; a resignation or a visit announced is still to come.
            // An intention announced is expressed there and then.
            if (trigger.IsNoun && IsAnnounced(tokens, t) && trigger.Kind is not ("agreement" or "signing" or "ceasefire") && !trigger.Cameo.StartsWith("03", StringComparison.Ordinal))
            {
                // "announced his resignation on Wednesday, effective July 31": the day is the announcement's, only "effective ..." is the event's.
                status = DataLayout.StatusPlanned;
                date = 0;
                inferred = false;
                foreach (var d in dates)
                    if (d.TokenStart > t && d.TokenStart <= t + 3 && (tokens[d.TokenStart - 1].Is("effective") || tokens[d.TokenStart - 1].Is("from") || d.TokenStart >= 2 && tokens[d.TokenStart - 2].Is("effective")))
                        date = d.Packed;
            }
            return new EventDraft(trigger, participants, place, date, status, s) { DateInferred = inferred };
        }

        /// <summary>"announced his resignation": the announced act is still to come.</summary>
        private static bool IsAnnounced(List<Token> tokens, int t)
        {
            var i = t - 1;
            if (i >= 0 && (tokens[i].Is("his") || tokens[i].Is("her") || tokens[i].Is("their") || tokens[i].Is("its") || tokens[i].Is("the"))) i--;
            return i >= 0 && tokens[i].IsWord && CueVerbs.Lemma(tokens[i].Text) == "announce";
        }

        /// <summary>The start of the relative clause ("which", "in which", "who") the trigger stands in, or -1.</summary>
        private static int InRelativeClause(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 0 && i >= t - 8; i--)
            {
                if (tokens[i].IsPunct(',') || tokens[i].IsPunct(';')) return -1;
                if (tokens[i].Is("which") || tokens[i].Is("who") || tokens[i].Is("whom")) return i;
            }
            return -1;
        }

        private static bool IsViolent(EventTrigger trigger) => string.CompareOrdinal(trigger.Cameo, "18") >= 0 && trigger.Cameo != "000";

        /// <summary>The clause around the trigger: from a semicolon or "that" to a semicolon or a comma that opens another clause.</summary>
        private static (int Start, int End) Clause(List<Token> tokens, int t)
        {
            var start = 0;
            for (var i = t - 1; i >= 0; i--)
            {
                // "X said the mayor was stabbed": the reported clause starts after the speech cue.
                // "were reported by local media to have visited": a passive report keeps its subject.
                var speech = i < t - 1 && IsSpeechCue(tokens, i) && !(i > 0 && (tokens[i - 1].Is("was") || tokens[i - 1].Is("were") || tokens[i - 1].Is("is") || tokens[i - 1].Is("are")));
                // "a shift ... as X prepares to take office": a subordinate clause has its own subject and mood.
                var subordinate = i < t - 1 && IsSubordinator(tokens, i);
                if (tokens[i].IsPunct(';') || tokens[i].Is("that") && i < t - 1 || speech || subordinate) { start = i + 1; break; }
            }
            var end = tokens.Count;
            for (var i = t + 1; i < tokens.Count; i++)
            {
                if (tokens[i].IsPunct(';')) { end = i; break; }
                // "visited the hospital while X received surgery": a subordinate clause has its own parties.
                if (i > t + 1 && IsSubordinator(tokens, i) && !tokens[i].Is("as")) { end = i; break; }
                if (tokens[i].IsPunct(',') && i + 1 < tokens.Count)
                {
                    var n = tokens[i + 1];
                    if (n.Is("which") || n.Is("who") || n.Is("while") || n.Is("although") || n.Is("despite") || n.Is("but") || n.Is("as") || n.Is("according") || n.Is("where") || n.Is("following") || n.Is("after") || n.Is("before"))
                    {
                        end = i;
                        break;
                    }
                }
            }
            return (start, end);
        }

        /// <summary>The subject nearest before the trigger: a named entity not governed by a preposition, a pronoun, or "both leaders".</summary>
        private static IEnumerable<EntityDraft> NearestSubject(SentenceInfo s, int t, int start, EntityDraft? salient, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            for (var i = t - 1; i >= start; i--)
            {
                var m = s.MentionAt(i);
                if (m is not null)
                {
                    i = m.TokenStart;
                    if (m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive && m.TokenEnd + 1 != t) continue;
                    if (m.Entity.Kind == DataLayout.KindPlace && IsPlacePreposition(tokens, m.TokenStart)) continue;
                    var before = m.TokenStart - 1;
                    if (before >= 0 && tokens[before].Is("the")) before--;
                    // A subject is never a preposition's object, save "the government of X".
                    if (before >= 0 && tokens[before].IsWord && IsGoverningPreposition(tokens[before]) && !(tokens[before].Is("of") && before > 0 && CommonWords.IsGroupNoun(tokens[before - 1].Text))) continue;
                    if (m.IsDemonym && m.TokenEnd < tokens.Count && Titles.IsRoleNoun(tokens[m.TokenEnd].Text)) continue;
                    if (NamesNoActor(m, tokens)) continue; // "its Malaysian stores"
                    // "X and Y were convicted", "X, Y and Z met": every conjunct is a subject, the first first.
                    var conjuncts = new List<EntityDraft> { m.Entity };
                    // "the agency's named telescope", "ESA's Rosalind Franklin rover": the organization that owns the named thing acts through it.
                    if (m.TokenStart >= 2 && tokens[m.TokenStart - 1].Kind == TokenKind.Possessive && s.MentionAt(m.TokenStart - 2) is { Entity.Kind: DataLayout.KindOrganization } owner)
                        conjuncts.Insert(0, owner.Entity);
                    var k = m.TokenStart - 1;
                    while (k > start && (tokens[k].Is("and") || tokens[k].IsPunct(',')) && s.MentionAt(k - 1) is { } c && c.Entity.Kind == m.Entity.Kind)
                    {
                        if (!conjuncts.Contains(c.Entity)) conjuncts.Insert(0, c.Entity);
                        k = c.TokenStart - 1;
                    }
                    foreach (var e in conjuncts) yield return e;
                    yield break;
                }
                if (!tokens[i].IsWord) continue;
                if (tokens[i].Is("he") || tokens[i].Is("she"))
                {
                    var antecedent = FirstPersonBefore(s, i) ?? salient;
                    if (antecedent is not null) yield return antecedent;
                    yield break;
                }
                // "Ghana announced it planned to join": "it" at the head of a reported clause is the one reporting.
                if (tokens[i].Is("it") && i == start && i > 0)
                {
                    for (var k = s.Mentions.Count - 1; k >= 0; k--)
                    {
                        var before = s.Mentions[k];
                        if (before.TokenStart >= i || before.Entity.Kind == DataLayout.KindPerson || before.IsDemonym) continue;
                        if (before.Entity.Kind == DataLayout.KindPlace && !before.Entity.IsCountry) continue;
                        yield return before.Entity;
                        break;
                    }
                    yield break;
                }
                if (tokens[i].Is("they") && (i == 0 || i == start))
                {
                    // "X, Y and Z gathered in Cairo. ... They called on Turkey to": the people last named together.
                    foreach (var p in LastGroup(sentences, s)) yield return p;
                    yield break;
                }
                if (tokens[i].Is("leaders") && i > 0 && (tokens[i - 1].Is("both") || tokens[i - 1].Is("two")))
                {
                    foreach (var p in RecentPeople.Before(sentences, s, i, 2)) yield return p;
                    yield break;
                }
            }
        }

        /// <summary>The last two or more people named together ("A, B and C") in the three sentences before.</summary>
        private static List<EntityDraft> LastGroup(List<SentenceInfo> sentences, SentenceInfo s)
        {
            for (var k = s.Index - 1; k >= 0 && k >= s.Index - 3; k--)
            {
                var mentions = sentences[k].Mentions;
                var tokens = sentences[k].Tokens;
                var group = new List<EntityDraft>();
                for (var m = 0; m < mentions.Count; m++)
                {
                    // A group ends at anything but a person joined to the one before by "and" or a comma.
                    var person = mentions[m].Entity.Kind == DataLayout.KindPerson;
                    var joined = person && group.Count > 0 && OnlyConjunctionsBetween(tokens, mentions[m - 1].TokenEnd, mentions[m].TokenStart);
                    if (!joined)
                    {
                        if (group.Count >= 2) return group;
                        group.Clear();
                    }
                    if (person && !group.Contains(mentions[m].Entity)) group.Add(mentions[m].Entity);
                }
                if (group.Count >= 2) return group;
            }
            return new List<EntityDraft>();
        }

        private static bool OnlyConjunctionsBetween(List<Token> tokens, int from, int to)
        {
            for (var i = from; i < to; i++)
                if (!(tokens[i].IsPunct(',') || tokens[i].Is("and"))) return false;
            return to > from;
        }

        private static bool GovernedBy(List<Token> tokens, int mentionStart, string word)
        {
            var i = mentionStart - 1;
            if (i >= 0 && tokens[i].Is("the")) i--;
            return i >= 0 && tokens[i].Is(word);
        }

        private static bool IsGoverningPreposition(Token w) =>
            w.Is("of") || w.Is("with") || w.Is("for") || w.Is("about") || w.Is("by") || w.Is("to") || w.Is("from") || w.Is("against") || w.Is("over") || w.Is("than") || w.Is("via") || w.Is("toward") || w.Is("towards");

        private static EntityDraft? FirstPersonBefore(SentenceInfo s, int token)
        {
            foreach (var m in s.Mentions)
                if (m.TokenStart < token && m.Entity.Kind == DataLayout.KindPerson) return m.Entity;
            return null;
        }

        private static EntityDraft? FirstPersonAfter(SentenceInfo s, int token)
        {
            foreach (var m in s.Mentions)
                if (m.TokenStart > token && m.Entity.Kind == DataLayout.KindPerson) return m.Entity;
            return null;
        }

        private static EntityDraft? Possessor(SentenceInfo s, int t, EntityDraft? salient, EntityDraft? lastCountry)
        {
            var tokens = s.Tokens;
            var p = t - 1;
            while (p >= 0 && tokens[p].IsWord && !IsDeterminerOrPossessive(tokens[p].Text) && char.IsLower(tokens[p].Text[0]) && p > t - 4) p--;
            if (p < 0) return null;
            if (tokens[p].Is("his") || tokens[p].Is("her")) return FirstPersonBefore(s, p) ?? (p <= 2 ? FirstPersonAfter(s, t) : null) ?? salient;
            if (tokens[p].Kind != TokenKind.Possessive || p == 0) return null;
            if (s.MentionAt(p - 1) is { } owner) return owner.Entity;
            if (tokens[p - 1].Is("country") || tokens[p - 1].Is("nation"))
            {
                // "the country's invasion": the last country named before it.
                EntityDraft? country = null;
                foreach (var m in s.Mentions) if (m.TokenStart < p && m.Entity.IsCountry) country = m.Entity;
                return country ?? lastCountry;
            }
            return null;
        }

        private static bool IsPassiveVerb(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 0 && i >= t - 3; i--)
            {
                var w = tokens[i];
                if (w.Is("was") || w.Is("were") || w.Is("is") || w.Is("are") || w.Is("been") || w.Is("being") || w.Is("be")) return true;
                if (!w.IsWord || !w.Text.EndsWith("ly", StringComparison.Ordinal) && !w.Is("also") && !w.Is("reportedly")) return false;
            }
            return false;
        }

        private static EntityDraft? AgentAfterBy(SentenceInfo s, int t, int end)
        {
            var tokens = s.Tokens;
            for (var i = t + 1; i < end && i <= t + 3; i++)
            {
                if (!tokens[i].Is("by")) continue;
                for (var j = i + 1; j < end && j <= i + 4; j++)
                    if (s.MentionAt(j) is { } m) return m.Entity;
                return null;
            }
            return null;
        }

        /// <summary>"in the Kherson region," is where it happened; "in U.S. foreign policy" is not.</summary>
        private static bool EndsPlacePhrase(List<Token> tokens, int after) =>
            after >= tokens.Count || !tokens[after].IsWord || CommonWords.IsFunctionWord(tokens[after].Text)
            || tokens[after].Text.EndsWith("ly", StringComparison.Ordinal) || tokens[after].Is("soon");

        /// <summary>A date belongs to the trigger when no clause comma separates them (a date's own comma does not count).</summary>
        private static bool SameSegment(List<Token> tokens, List<DateMention> dates, DateMention date, int t)
        {
            int from = Math.Min(date.TokenEnd, t), to = Math.Max(date.TokenStart, t);
            for (var i = from; i < to; i++)
            {
                if (!tokens[i].IsPunct(',')) continue;
                var insideDate = false;
                foreach (var d in dates) if (i >= d.TokenStart && i < d.TokenEnd) insideDate = true;
                if (!insideDate) return false;
            }
            return true;
        }

        private static bool IsPlanned(List<Token> tokens, int t, bool isNoun)
        {
            // "negotiations would begin", "the summit is expected to": the future follows a noun.
            if (isNoun)
                for (var i = t + 1; i < tokens.Count && i <= t + 3; i++)
                {
                    if (!tokens[i].IsWord) break;
                    if (tokens[i].Is("will") || tokens[i].Is("would") || tokens[i].Is("shall") || tokens[i].Is("expected") || tokens[i].Is("scheduled") || tokens[i].Is("planned")) return true;
                }
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord) continue;
                var w = tokens[i];
                if (i < t && t - i <= 8 && EventLexicon.IsPlanned(w.Text)) return true;
                if (i == t && IsToFuture(tokens, t)) return true;
                if (w.Is("upcoming") || w.Is("underway") || w.Is("scheduled") || w.Is("likely") && i + 1 < tokens.Count && tokens[i + 1].Is("to")) return true;
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
        private static void Add(List<EventDraft> events, Dictionary<string, List<EventDraft>> byKind, EventDraft draft)
        {
            // Only events of the same broad kind can be the same event.
            var kindKey = Root(draft.Trigger);
            if (!byKind.TryGetValue(kindKey, out var sameKind)) byKind[kindKey] = sameKind = new List<EventDraft>();
            foreach (var e in sameKind)
            {
                if (SameKind(e.Trigger, draft.Trigger) && e.Status == draft.Status && SameSet(e.Participants, draft.Participants))
                {
                    // "spoke with X on November 8" and "the phone call with X": one call, dated, with the finer code.
                    if (Specificity(draft.Trigger) > Specificity(e.Trigger)) e.Trigger = draft.Trigger;
                    if (e.Date == 0 || e.DateInferred && !draft.DateInferred && draft.Date != 0)
                    {
                        e.Date = draft.Date;
                        e.DateInferred = draft.DateInferred;
                    }
                    e.Place ??= draft.Place;
                    return;
                }
            }
            events.Add(draft);
            sameKind.Add(draft);
        }

        /// <summary>
        /// Same CAMEO root (the broad kind of act) and kind, or a generic kind, or stated intents under one code
        /// ("agreed to negotiate", "his desire to negotiate"; an invitation is an act of its own); outside CAMEO, the same kind word.
        /// </summary>
        private static bool SameKind(EventTrigger a, EventTrigger b) =>
            a.Cameo == "000" || b.Cameo == "000" ? a.Kind == b.Kind
                : string.CompareOrdinal(a.Cameo, 0, b.Cameo, 0, 2) == 0 && (a.Kind == b.Kind || IsGeneric(a) || IsGeneric(b) || a.Cameo == b.Cameo && IsStatedIntent(a) && IsStatedIntent(b));

        private static bool IsStatedIntent(EventTrigger t) => t.Kind is "intent" or "agreement" or "pledge";

        // "discussion" and "meeting" (040) are the generic consultations a call, a visit or talks refine.
        // Among violent acts only a bare "attack" is generic: an offensive and the strikes of the same war are told apart.
        private static bool IsGeneric(EventTrigger t) => t.Cameo.Length == 3 && t.Cameo.EndsWith("0", StringComparison.Ordinal) && !IsViolent(t) || t.Kind is "discussion" or "attack";

        private static int Specificity(EventTrigger t) => IsGeneric(t) ? 0 : t.Cameo.Length;

        private static bool SameSet(List<EntityDraft> a, List<EntityDraft> b)
        {
            if (a.Count == 0 || b.Count == 0) return false;
            if (a.Count >= 2 && b.Count >= 2 && a.Contains(b[0]) && a.Contains(b[1]) && b.Contains(a[0]) && b.Contains(a[1])) return true;
            // The same actor and one shared partner, or the very same set.
            if (a[0] != b[0]) return false;
            if (a.Count == 1 || b.Count == 1) return a.Count == b.Count;
            for (var i = 1; i < b.Count; i++)
                if (a.Contains(b[i])) return true;
            return false;
        }

        /// <summary>"X responded by emphasizing ...": the cue is the manner of a response, and a response is a statement.</summary>
        private static bool RespondedBy(QuoteDraft q)
        {
            var tokens = q.Sentence.Tokens;
            for (var i = 2; i < tokens.Count; i++)
                if (tokens[i].Text == q.Cue && tokens[i - 1].Is("by") && CueVerbs.Lemma(tokens[i - 2].Text) is "respond" or "reply") return true;
            return false;
        }

        /// <summary>"The U.S. defense secretary articulated ...": an unnamed official speaks for the country named in the role.</summary>
        private static EntityDraft? CountryOfUnnamed(QuoteDraft q)
        {
            var text = q.Speaker.Text;
            if (string.IsNullOrEmpty(text)) return null;
            foreach (var m in q.Sentence.Mentions)
            {
                if (!m.Entity.IsCountry || m.TokenEnd >= q.Sentence.Tokens.Count || !Titles.IsTitleWord(q.Sentence.Tokens[m.TokenEnd].Text)) continue;
                var first = q.Sentence.Tokens[m.TokenStart].Text;
                if (text.IndexOf(first, StringComparison.Ordinal) >= 0) return m.Entity;
            }
            return null;
        }

        /// <summary>The named subject a reported clause opens with ("announced [that] Canada was to join"), if any.</summary>
        private static EntityDraft? ReportedSubject(QuoteDraft q)
        {
            if (q.Kind != DataLayout.QuoteIndirect) return null;
            var s = q.Sentence;
            var tokens = s.Tokens;
            var i = 0;
            while (i < tokens.Count && tokens[i].Start < q.Start) i++;
            if (i < tokens.Count && tokens[i].Is("that")) i++;
            if (i < tokens.Count && tokens[i].Is("the")) i++;
            if (s.MentionAt(i) is not { } m || m.IsDemonym || m.Entity.IsMedia || m.Entity == q.Speaker.Entity) return null;
            // "announced Canada was to join", not "announced Canada's decision" (the possessor is the clause's subject only in name).
            if (m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive) return null;
            return m.Entity;
        }

        /// <summary>A named speaker who states, announces or clarifies makes a statement (CAMEO 010).</summary>
        private static void AddStatements(List<EventDraft> events, Dictionary<string, List<EventDraft>> byKind, List<QuoteDraft> quotes, int published)
        {
            var done = new HashSet<EntityDraft>();
            EventDraft? last = null;
            QuoteDraft? lastQuote = null;
            foreach (var q in quotes)
            {
                var speaker = q.Speaker.Entity ?? CountryOfUnnamed(q);
                if (speaker is null || q.Cue is null || speaker.IsMedia || done.Contains(speaker)) continue;
                var lemma = CueVerbs.Lemma(q.Cue);
                if (lemma is not ("state" or "announce" or "clarify" or "outline" or "articulate" or "declare" or "respond") && !RespondedBy(q)) continue;
                done.Add(speaker);
                // "X and Y announced their agreement": one joint statement, not one each.
                if (last is not null && lastQuote!.Sentence == q.Sentence && lastQuote.Cue == q.Cue && lastQuote.Start == q.Start)
                {
                    AddParticipant(last.Participants, speaker);
                    continue;
                }
                var participants = new List<EntityDraft> { speaker };
                // "X announced Canada was to join": whom the statement is about takes part too.
                AddParticipant(participants, ReportedSubject(q));
                // "announced ... shortly before midnight Wednesday": the sentence's own date dates the statement.
                var dates = DateResolver.Find(q.Sentence.Tokens, published);
                var date = dates.Count == 1 ? dates[0].Packed : 0;
                last = new EventDraft(EventLexicon.Statement, participants, null, date, DataLayout.StatusOccurred, q.Sentence);
                lastQuote = q;
                Add(events, byKind, last);
            }
        }
    }
}
