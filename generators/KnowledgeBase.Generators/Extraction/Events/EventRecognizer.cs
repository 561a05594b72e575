using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Events from CAMEO verb classes: a trigger word, its actor (the clause subject or the
    /// possessor), the other entities of the clause, the place after "in"/"at", the nearest date,
    /// and planned vs occurred. Speculative clauses ("could", "might") yield nothing. This class ties the steps together,
    /// each reading the sentence analysis (Extraction/Analysis) rather than scanning words of its own.
    /// </summary>
    internal static class EventRecognizer
    {
        public static List<EventDraft> Extract(List<SentenceInfo> sentences, List<QuoteDraft> quotes, int published, CancellationToken token)
        {
            var events = new List<EventDraft>();
            var byKind = new Dictionary<string, List<EventDraft>>(StringComparer.Ordinal);
            EntityDraft? salient = null, lastCountry = null;
            SentenceInfo? previous = null;
            var previousFraming = 0; // the last date of the sentence before that frames it
            int lastDay = 0, lastPeriod = 0; // the last full date the article named ("the following day"); the last framing date, a year too ("four years later")
            var countries = ArticleCountries(sentences);
            var interviewTurns = InterviewTurns(sentences);
            foreach (var s in sentences)
            {
                token.ThrowIfCancellationRequested();
                if (s.Block != BlockKind.Paragraph || interviewTurns.Contains(s.BlockIndex)) continue;
                var dates = SentenceDates(s, previous, published, lastDay, lastPeriod, events, previous is not null && previous.BlockIndex == s.BlockIndex ? previousFraming : 0);
                int lastIntent = -1, lastViolentNoun = -1, lastViolentVerb = -1;
                EventTrigger? intent = null;
                var previousDate = previous is not null && previous.BlockIndex == s.BlockIndex && previousFraming != 0 ? previousFraming : EventDating.CountedBackAnchor(s.Tokens, lastDay, published); // a date the previous sentence of the paragraph gave frames this one; else "The speech came a week after ..." counts from the last day named
                string? toldBefore = null; // the CAMEO root a back reference in this sentence points to
                PartySpan? parties = null; // worked out when a word may code: most sentences have none
                var inQuotation = AnyDirectQuoteIn(quotes, s.Start, s.End); // most sentences quote nothing: their words need no quote test
                for (var t = 0; t < s.Tokens.Count; t++)
                {
                    if (!MayTriggerOrCode(s.Tokens[t])) continue;
                    var quoted = inQuotation && InDirectQuote(quotes, s.Tokens[t].Start);
                    var trigger = TriggerFinder.Trigger(s, t, out var backReference, quoted);
                    if (trigger is null)
                    {
                        if (!s.Tokens[t].CannotCode && !quoted && DictionaryTriggers.Find(s, t, sentences, ref parties) is { } match) Add(DictionaryTriggers.Build(s, match, dates, previousDate), t, events, byKind, countries, sentences, published); // quote test first: Find may ask the analysis
                        continue;
                    }
                    // "said "We sent an appeal to the mayor"": a speaker's own words are his quote, not the narrator's event (IsPerformedBySaying, QuotedActs).
                    if (quoted && !IsPerformedBySaying(trigger) && !QuotedActs.SpeakerPerforms(s, t, trigger)) continue;
                    if (backReference && !FirstToldHere(events, s.Tokens, t, trigger))
                    {
                        EventDating.DateEarlier(events, trigger, s.Tokens, t, dates);
                        EventRoles.PlaceEarlier(events, trigger, s, t);
                        toldBefore = Root(trigger);
                        continue;
                    }
                    // "With Friday's signings, all ... have signed on to the treaty": the same act, told again.
                    // A back reference to nothing told yet ("called the election for X, who had won ...") leaves the act to be told.
                    if (toldBefore is not null && Root(trigger) == toldBefore && AnyOfRoot(events, toldBefore)) continue;
                    // "Tomas Vell said Ruiz fell ill before her death": an occasion already told, named again as background, is no new
                    // event; "following the resignation of X" is one when no resignation of X was told.
                    if (trigger.IsNoun && (BackgroundPhrases.InBackgroundPhrase(s, t) || BackgroundPhrases.NamedAgain(s, t) || BackgroundPhrases.ComplementOfNoun(s, t) || BackgroundPhrases.ReactedTo(s, t)) && ToldBefore(events, trigger, BackgroundPhrases.NamedOwner(s, t), published)) continue;
                    if (!(quoted && QuotedActs.SpeakerPerforms(s, t, trigger)) && EventModality.IsSpeculative(s, t)) continue; // "I would urge": the act itself
                    if (trigger.Cameo.StartsWith("03", StringComparison.Ordinal) || trigger.Cameo.StartsWith("13", StringComparison.Ordinal)) (lastIntent, intent) = (t, trigger);
                    else if (lastIntent >= 0 && t - lastIntent <= 6) trigger = IntendedAid.Of(trigger, intent!); // "intention to engage in negotiations", "threatened X with sanctions": the intent or threat, not talks or sanctions; "agreed to send tanks to Ostmark": aid promised is the intent to give it (IntendedAid)
                    if (trigger is null) continue;
                    if (TellsViolenceAgain(s.Tokens, trigger, t, ref lastViolentNoun, ref lastViolentVerb)) continue;
                    if (QuotedActs.BySpeakerIf(quoted && QuotedActs.SpeakerPerforms(s, t, trigger), EventBuilder.Build(s, t, trigger, dates, previousDate, salient, lastCountry, sentences), s, t, trigger, quotes) is { } draft) Add(draft, t, events, byKind, countries, sentences, published);
                }
                previous = s;
                previousFraming = EventDating.LastFramingDate(s, dates);
                if (previousFraming != 0 && !(inQuotation && QuotedDay(s, dates, previousFraming, quotes))) (lastPeriod, lastDay) = (previousFraming, previousFraming % 100 != 0 ? previousFraming : lastDay);
                FollowFocus(s, sentences, quotes, ref salient, ref lastCountry);
            }
            return Finish(events, byKind, quotes, sentences, published);
        }

        /// <summary>What is read of the whole article once its sentences are read: owners of accidents, statements, dates.</summary>
        private static List<EventDraft> Finish(List<EventDraft> events, Dictionary<string, List<EventDraft>> byKind, List<QuoteDraft> quotes, List<SentenceInfo> sentences, int published)
        {
            AccidentOwners.Add(events, sentences);
            UnnamedAccused.Add(events);
            HeadlineInterviews.Add(events, sentences);
            ArrestedAssailants.Add(events);
            StatementEvents.AddStatements(events, byKind, quotes, published);
            EventDating.DateFromArticle(events, sentences, published);
            EventAnchors.DateFromFrames(events, sentences, published);
            EventDating.DateOvernight(events, published);
            EventDating.DateFromNamedOccasions(events);
            EventDating.SequelsKeepTheMonth(events);
            EventDating.MediumTalksKeepNoLentDate(events);
            ContestWinners.DropToldByWinner(events);
            return events;
        }

        // Neither a trigger nor a codable verb (most words): turned away by the token's own bits, without calling the trigger
        // finder and the dictionary, which would each read them to say no.
        private static bool MayTriggerOrCode(Token w) => w.IsWord && !(w.CannotTrigger && w.CannotCode);

        /// <summary>
        /// "The attack in Velden killed five soldiers", "Monday's bombing left two dead": a definite or dated act of violence
        /// whose own clause tells the harm it did, that it took place ("the shooting took place in Ostrel") or that people were
        /// harmed in it ("two were wounded in the shooting"), with no violence told before it in the article, is told here first, not named again;
        /// "since the strikes began" still names strikes told before (a strike may be a walkout).
        /// </summary>
        private static bool FirstToldHere(List<EventDraft> events, List<Token> tokens, int t, EventTrigger trigger)
        {
            // "The protests began in June", "since the rally started": a protest said to begin or take place, with no protest told
            // before it in the article, is the protest told here first (the gold's 14, dated by the clause).
            if (Root(trigger) == "14") return UnnamedParties.IsSubjectOfOccurrence(tokens, t) && !AnyOfRoot(events, "14");
            if (!EventRoles.IsViolent(trigger)) return false;
            var harm = TriggerSenses.VerbSaysItHappened(tokens, t + 1, harmOnly: true);
            if (!harm && !UnnamedParties.TakesPlace(tokens, t) && !UnnamedParties.HarmedIn(tokens, t)) return false;
            // "A jackal died when a bait exploded ... the killing occurred in the forest": a death or an explosion told before is
            // what an act said only to take place, or to have harmed people, names again.
            foreach (var e in events)
                if (EventRoles.IsViolent(e.Trigger) || !harm && (EventRoles.CoversItsDeaths(e.Trigger) || e.Trigger.Kind == "death")) return false;
            return true;
        }

        // A loop, not a lambda: a closure over the sentence's "toldBefore" would be allocated for every sentence.
        private static bool AnyOfRoot(List<EventDraft> events, string root)
        {
            foreach (var e in events)
                if (Root(e.Trigger) == root) return true;
            return false;
        }

        /// <summary>
        /// The dates a sentence names; "the following day" after the last full date the article named, "four years later" and
        /// "that September" after the last date that framed a sentence.
        /// </summary>
        private static List<DateMention> SentenceDates(SentenceInfo s, SentenceInfo? previous, int published, int lastDay, int lastPeriod, List<EventDraft> events, int setting)
        {
            var dates = s.Dates(published);
            // "Soldiers seized Ostrel on May 3, 2016. Vell resigned on May 9.": a yearless month goes on in the year set before it.
            if (dates.Count > 0) return DateResolver.WithDayAfterOwnDate(s.Tokens, DateResolver.InSettingYear(s.Tokens, dates, setting, published));
            // "In 2015 she joined the party. Four years later, ...": years are counted from the period named last, days from the last day.
            return (EventAnchors.CountedAfterOccasion(s, events, lastDay) ?? DateResolver.PeriodAfter(s.Tokens, lastPeriod) ?? DateResolver.DayAfter(s.Tokens, lastDay) ?? DateResolver.ThatPeriod(s.Tokens, lastPeriod, previous?.Tokens)) is { } after ? new List<DateMention> { after } : dates;
        }

        /// <summary>
        /// "A doctor said: "We received the patients this morning." ... The airport reopened later that day.": a day named inside a
        /// quotation is told from the day the speaker spoke, and "that day" or "the next day" after it is not told from it.
        /// </summary>
        private static bool QuotedDay(SentenceInfo s, List<DateMention> dates, int day, List<QuoteDraft> quotes)
        {
            foreach (var d in dates)
                if (d.Packed == day) return InDirectQuote(quotes, s.Tokens[d.TokenStart].Start);
            return false;
        }

        /// <summary>"((Ana Ruiz)) I founded the firm ...": an interview's turns are the speakers' words, not the narrator's events.</summary>
        private static HashSet<int> InterviewTurns(List<SentenceInfo> sentences)
        {
            var turns = new HashSet<int>();
            var block = -1;
            foreach (var s in sentences)
            {
                if (s.BlockIndex == block) continue;
                block = s.BlockIndex;
                if (s.OpensInterviewTurn) turns.Add(block);
            }
            return turns;
        }

        /// <summary>"a car bombing killed five": a violent verb after a violent noun, as its own verb, tells what the act did, not a second act.</summary>
        private static bool TellsViolenceAgain(List<Token> tokens, EventTrigger trigger, int t, ref int lastViolentNoun, ref int lastViolentVerb)
        {
            if (!EventRoles.IsViolent(trigger)) return false;
            if (!trigger.IsNoun)
            {
                // "was shot and killed": the killing is the shooting told to its end, one act.
                var shotAndKilled = trigger.Kind == "killing" && lastViolentVerb == t - 2 && tokens[t - 1].Is("and") && tokens[t - 2].Is("shot");
                lastViolentVerb = t;
                // "an attack on Kharkiv killed four": the harm told by the noun's own verb is the act's, however far the noun's phrase runs.
                return shotAndKilled || lastViolentNoun >= 0 && (t - lastViolentNoun <= 2 || t - lastViolentNoun <= 10 && TriggerSenses.VerbSaysItHappened(tokens, lastViolentNoun + 1, harmOnly: true));
            }
            lastViolentNoun = t;
            // "was killed by a drone strike", "died in an attack by ...": the act's instrument or occasion is the act told once.
            return lastViolentVerb >= 0 && t - lastViolentVerb <= 8 && ClauseReader.HasWordBefore(tokens, t, 5, "by", "in") && !ClauseReader.HasWordBefore(tokens, t, t - lastViolentVerb, ",", "and");
        }

        /// <summary>Completes a built event, dates it no later than the dateline and merges it with the article's events.</summary>
        private static void Add(EventDraft draft, int t, List<EventDraft> events, Dictionary<string, List<EventDraft>> byKind, List<EntityDraft> countries, List<SentenceInfo> sentences, int published)
        {
            var s = draft.Sentence;
            var trigger = draft.Trigger; // as found: completing may refine the draft's
            draft.TriggerToken = t;
            EventTargets.AddDescribedTarget(draft, s, t, events, sentences);
            if (!Complete(draft, t, events, countries, sentences) || EventRoles.RetellsTheAct(events, draft, t) || RetoldStudies.JoinedEarlier(draft, t, events)) return;
            EventDating.FutureYearIsPlanned(draft, published);
            EventDating.AnnouncedYearsAgo(draft, t, published); // "announced her resignation in 1995": done in that year
            draft.Date = EventDating.PlannedMonthAhead(EventDating.NotAfterDateline(draft.Date, draft.Status, published, s.Tokens), draft.Status, published);
            var others = DistributedOccurrences.Others(draft, t, published) ?? DistributedOccurrences.PerPlace(draft, t) ?? DistributedOccurrences.PerYear(draft, t, published)
                ?? JoinedInvestigators.Others(draft, t) ?? EachActors.Others(draft, t); // "outbreaks were declared in A on May 6, B on June 2", "primaries in A, B and C", "A and B began investigations", "A and B each condemned"
            EventMerger.Add(events, byKind, draft, published);
            if (others is not null) foreach (var other in others) EventMerger.Add(events, byKind, other, published);
            if (ProposerOfTruce(s, t, trigger) is { } proposer) AddProposal(events, byKind, s, proposer, draft);
        }

        /// <summary>Fills in what the sentence alone does not give; false when no party is left.</summary>
        private static bool Complete(EventDraft draft, int t, List<EventDraft> events, List<EntityDraft> countries, List<SentenceInfo> sentences)
        {
            // "eight people died in the attack": deaths in an attack are the attack's (the gold's convention), not an event of their own;
            // so are deaths in an accident or a disaster ("the stampede resulted in 56 deaths"), not those of an outbreak (counted apart).
            if (draft.Trigger.Kind == "death" && DiesInAnOccurrence(draft.Sentence)) return false;
            if (draft.Date == 0 && !draft.KeepsNoDate) EventDating.DateFromSameActors(events, draft);
            if (draft.Date == 0 && !draft.KeepsNoDate && draft.Status == DataLayout.StatusOccurred) EventAnchors.DateFromOccasion(events, draft);
            if (draft.Date == 0 && !draft.KeepsNoDate && draft.Status == DataLayout.StatusOccurred) EventAnchors.DateFromThen(events, draft);
            StandForCountries(draft.Participants, countries);
            var strikesATown = StrikesATown(draft, t);
            // Media report events and towns host them; neither takes part ("told the BBC", "protests in the capital, San Juan").
            // A place that is closed is what the closure is of ("the port was shut down").
            if (draft.Trigger.Kind is "closure" or "shutdown") draft.Participants.RemoveAll(p => p.IsMedia && !EventRoles.ClosesItself(draft, t, p));
            else
            {
                var polity = draft.Polity;
                if (polity is not null) draft.Participants.Remove(polity);
                var own = draft.OwnParties;
                draft.Participants.RemoveAll(p => (p.IsMedia && !EventRoles.ClosesItself(draft, t, p) || p.Kind == EntityKind.Place && !p.IsCountry) && own?.Contains(p) != true);
                if (polity is not null) draft.Participants.Insert(0, polity);
            }
            // "declared an emergency in response to the outbreak": whoever answers a flood or an outbreak did not cause it.
            if (EventRoles.IsNatural(draft.Trigger)) draft.Participants.RemoveAll(static p => !p.IsCountry);
            // "burned a warehouse in Ostrel, Portugal": the country after a town tells where, and the act stays without its unnamed doer.
            var located = draft.Participants.RemoveAll(p => EventRoles.OnlyLocatesATown(draft.Sentence, p)) > 0;
            // "unrest in several Norland cities", "the Norland-based Velden Front": nor does a country that only says where; an act
            // left with nobody is no event.
            draft.Participants.RemoveAll(p => EventRoles.OnlyNamesWhere(draft.Sentence, p));
            // "the assassination of Chile senator Ana Ruiz": the country or body a named victim serves is no party to the violence.
            if (EventRoles.IsViolent(draft.Trigger))
            {
                var parties = draft.Participants.ToArray();
                draft.Participants.RemoveAll(p => EventRoles.OnlyServedByAVictim(draft.Sentence, t, parties, p));
                if (draft.Participants.Count >= 2) draft.Participants.RemoveAll(p => EventRoles.OnlyWhereTheActWas(draft.Sentence, p));
            }
            LeadAuthors.Fill(draft, sentences); // "a joint team of biologists say ...": the study's lead author named elsewhere
            ScheduledSentencings.AddAccused(draft, t, events); // "Sentencing is scheduled for March 20": the accused told before
            MournedDead.Add(draft, events); // "X died ... days of mourning were declared": the rites are X's
            if (draft.Participants.Count == 0) return located || strikesATown || draft.ByTheUnnamed || EventRoles.HappensWithoutActor(draft.Trigger) || draft.Trigger.Kind == "death"
                || draft.Trigger.Kind == "fire" && TriggerSenses.FireTakesPlace(draft.Sentence.Tokens, t);
            // "received the Golden Lark Medal during a visit": an honour or a building is no party; what is left of such an event is a modifier.
            if (draft.Trigger.Cameo != "000" && draft.Participants.RemoveAll(EventRoles.IsHonour) > 0 && !draft.Participants.Exists(static p => p.Kind == EntityKind.Person)) return false;
            if (EventRoles.IsViolent(draft.Trigger) && draft.Participants.Count == 1 && draft.Participants[0].IsCountry && !EventRoles.DoneByUnnamedNonState(draft.Sentence, t, draft.Trigger)) AddOpponent(draft.Participants, countries);
            return true;
        }

        /// <summary>
        /// "an attack on Kharkiv killed four", "a bombing near Gao": a town an act of violence told by its noun is aimed at or near
        /// is where the act was, and the act stays, without its unnamed doer ("the Velden shooting" names an act told before).
        /// </summary>
        private static bool StrikesATown(EventDraft draft, int t)
        {
            var tokens = draft.Sentence.Tokens;
            if (!draft.Trigger.IsNoun || !EventRoles.IsViolent(draft.Trigger) || t + 2 >= tokens.Count) return false;
            var at = tokens[t + 1].Is("on") || tokens[t + 1].Is("in") || tokens[t + 1].Is("near") ? t + 2 : -1;
            return at > 0 && draft.Sentence.MentionAt(at) is { Entity: { Kind: EntityKind.Place, IsCountry: false } } town && town.TokenStart == at;
        }

        private static bool DiesInAnOccurrence(SentenceInfo s)
        {
            var tokens = s.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var w = tokens[i];
                // "died when a ferry capsized": an accident told by its verb covers the deaths too; "collapsed and died" told of
                // a person is no accident (TriggerSenses.BefallsAPerson), and the death is the event.
                if (w.IsWord && (w.Is("victims") || EventLexicon.Find(w) is { } t && (t.IsNoun && EventRoles.CoversItsDeaths(t)
                    || !t.IsNoun && EventRoles.HappensWithoutActor(t) && t.Kind != "outbreak" && !TriggerSenses.BefallsAPerson(s, i, t))))
                    return true;
            }
            return false;
        }

        /// <summary>The person a later "he"/"she" or "his" points to, and the last country named.</summary>
        private static void FollowFocus(SentenceInfo s, List<SentenceInfo> sentences, List<QuoteDraft> quotes, ref EntityDraft? salient, ref EntityDraft? lastCountry)
        {
            EntityDraft? firstPerson = null; // one pass over the mentions, not two: asked of every sentence
            foreach (var m in s.Mentions)
            {
                if (m.Entity.Kind == EntityKind.Person) firstPerson ??= m.Entity;
                if (m.Entity.IsCountry) lastCountry = m.Entity;
            }
            salient ??= firstPerson;
            // "His death was announced by his son X. He died at ...": a sentence opening with a pronoun keeps the person it is about
            // in focus; the others named in it do not take the focus over.
            var opensWithPronoun = s.Tokens.Count > 0 && (s.Tokens[0].Is("he") || s.Tokens[0].Is("she") || s.Tokens[0].Is("his") || s.Tokens[0].Is("her"));
            if (!(opensWithPronoun && salient is not null) && firstPerson is not null) salient = firstPerson;
            salient = ReactionFocus.AfterParagraph(s, salient, sentences, quotes);
        }

        // "the 2009 outbreak ... over the current outbreak": an occasion told with a year long past is another one.
        private static bool ToldBefore(List<EventDraft> events, EventTrigger trigger, EntityDraft? owner, int published)
        {
            foreach (var e in events)
                if (EventMerger.SameKind(e.Trigger, trigger) && (owner is null || e.Participants.Contains(owner)) && (e.Date == 0 || e.Date / 10000 >= published / 10000 - 1)) return true;
            return false;
        }

        /// <summary>Condolences and apologies are performed by saying them: inside a quotation they are the speaker's acts.</summary>
        internal static bool IsPerformedBySaying(EventTrigger trigger) => trigger.Cameo is "018" or "055";

        internal static string Root(EventTrigger trigger) => trigger.Cameo == "000" ? trigger.Kind : trigger.Cameo.Substring(0, 2);

        // Whether a direct quotation covers any position of [start, end): a sentence's tokens start within its own span.
        private static bool AnyDirectQuoteIn(List<QuoteDraft> quotes, int start, int end)
        {
            foreach (var q in quotes)
                if (q.Kind == QuoteKind.Direct && q.Start < end && q.End > start) return true;
            return false;
        }

        internal static bool InDirectQuote(List<QuoteDraft> quotes, int position) => DirectQuoteAt(quotes, position) is not null;

        /// <summary>The direct quote that covers <paramref name="position"/>, or null.</summary>
        internal static QuoteDraft? DirectQuoteAt(List<QuoteDraft> quotes, int position)
        {
            foreach (var q in quotes)
                if (q.Kind == QuoteKind.Direct && position >= q.Start && position < q.End) return q;
            return null;
        }

        /// <summary>The article's countries by name, most mentioned first.</summary>
        internal static List<EntityDraft> ArticleCountries(List<SentenceInfo> sentences)
        {
            var countries = new List<EntityDraft>();
            foreach (var s in sentences)
                foreach (var m in s.Mentions)
                    if (m.Entity.IsCountry && !countries.Contains(m.Entity)) countries.Add(m.Entity);
            // OrderBy is stable: ties keep the order of first mention.
            return countries.OrderByDescending(static c => c.Mentions).ToList();
        }

        /// <summary>"demands that Kyiv rejects": a national capital acting stands for its country (CAMEO codes governments by their capital).</summary>
        internal static void StandForCountries(List<EntityDraft> participants, List<EntityDraft> countries)
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
        internal static void AddOpponent(List<EntityDraft> participants, List<EntityDraft> countries)
        {
            foreach (var c in countries)
            {
                if (c == participants[0]) continue;
                if (c.Mentions >= 2) participants.Add(c);
                return;
            }
        }

        /// <summary>"a ceasefire proposed by X": besides the truce, X appealed for de-escalation (CAMEO 0256).</summary>
        internal static EntityDraft? ProposerOfTruce(SentenceInfo s, int t, EventTrigger trigger)
        {
            var tokens = s.Tokens;
            if (trigger.Kind != "ceasefire" || t + 3 >= tokens.Count || !tokens[t + 2].Is("by")) return null;
            if (!tokens[t + 1].Is("proposed") && !(t > 0 && tokens[t - 1].Is("proposed"))) return null;
            return s.MentionAt(t + 3)?.Entity;
        }

        internal static void AddProposal(List<EventDraft> events, Dictionary<string, List<EventDraft>> byKind, SentenceInfo s, EntityDraft proposer, EventDraft truce)
        {
            var participants = new List<EntityDraft> { proposer };
            foreach (var p in truce.Participants) EventRoles.AddParticipant(participants, p);
            if (participants.Count < 2) return;
            EventMerger.Add(events, byKind, new EventDraft(EventLexicon.Proposal, participants, truce.Place, truce.Date, truce.Status, s));
        }
    }
}
