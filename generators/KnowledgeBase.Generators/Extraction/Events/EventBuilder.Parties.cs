using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class EventBuilder
    {
        /// <summary>
        /// A sentence that names nobody gives a trigger no party when no word refers to anyone where <see cref="Build"/> looks:
        /// every party it takes is a mention of the sentence or what a word stands for, one before the trigger ("he", "his",
        /// "they", "it", "police", "the company", "the country's", a culprit noun, a pair: <see cref="EventRoles.MayReferToParties"/>)
        /// or an object pronoun or a culprit noun just after it ("shot him").
        /// With no party it builds nothing, unless the act happens without an actor or may be one of the unnamed: such a trigger
        /// is turned away here, before the clause reading asks for the sentence analysis.
        /// </summary>
        private static bool CannotHaveParties(SentenceInfo s, int t, EventTrigger trigger) =>
            s.Mentions.Count == 0 && !EventRoles.HappensWithoutActor(trigger, s.Tokens, t) && !UnnamedParties.MayBeActOfTheUnnamed(trigger) && !MayReferToParties(s.Tokens, t)
            || trigger.Kind == "founding" && !trigger.IsNoun && FoundsAThing(s, t);

        /// <summary>"ended his bid for the Velden Party's nomination": the body whose thing is left is not the body left ("left the Velden Party").</summary>
        private static bool OwnsTheThingLeft(EventTrigger trigger, List<Token> tokens, Mention m) =>
            trigger.Kind == "withdrawal" && m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive;

        /// <summary>
        /// "the interpretation of the Constitution established by the court", "the rules set up by the board": a bare participle
        /// after a common noun tells what founded a practice, not a body coming into being; a body founded is named right
        /// before it ("Velland Air, established in 1992") or is the subject of its verb ("was founded in 1992").
        /// </summary>
        private static bool FoundsAThing(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            // "established procedural rules", "Ana Ruiz established a studio": an active founding whose object names no body or
            // state founds a thing ("co-founded the Velden Party", "founded a charity called the Velden Trust" name one).
            if (s.Analysis.ClauseOfVerb(t) is { Verb.Voice: Analysis.Voice.Active, Object: { } founded } clause && clause.Verb.Head == t && !NamesABody(s, founded)) return true;
            if (t == 0 || !tokens[t - 1].IsWord || s.MentionAt(t - 1) is not null) return false;
            return s.Analysis.ClauseOfVerb(t) is { Verb: { IsFinite: false } verb } && verb.Head == t && verb.Start == t;
        }

        private static bool NamesABody(SentenceInfo s, Analysis.NounChunk chunk)
        {
            // The name may follow the noun: "a charity called the Velden Trust", "a party, the Velden Greens".
            var tokens = s.Tokens;
            var end = chunk.End + 1 < tokens.Count && (tokens[chunk.End].Is("called") || tokens[chunk.End].Is("named") || tokens[chunk.End].IsPunct(',')) ? chunk.End + 3 : chunk.End;
            foreach (var m in s.Mentions)
                if (m.TokenStart >= chunk.Start && m.TokenStart < end && !m.IsDemonym && (m.Entity.Kind == EntityKind.Organization || m.Entity.IsCountry)) return true;
            return false;
        }

        /// <summary>
        /// "Norway welcomed the accord between Chile and Peru": the two "between" names are the object's parties; the verb's own
        /// subject acts on it and comes first. Not a meeting hosted or brokered (CAMEO 04): the gold gives such talks their two
        /// sides, and the host is where they meet.
        /// </summary>
        private static void SubjectBeforeTheTwo(SentenceInfo s, int t, EventTrigger trigger, int clauseStart, EntityDraft? salient, List<SentenceInfo> sentences, List<EntityDraft> participants)
        {
            if (trigger.IsNoun || trigger.Cameo.StartsWith("04", StringComparison.Ordinal) || s.Analysis.IsPassiveAt(t)) return;
            foreach (var subject in EventRoles.NearestSubject(s, t, clauseStart, salient, sentences))
                if (!participants.Contains(subject)) participants.Insert(0, subject);
        }

        // The ranks a state's office-holders act for it in: "met the Chilean president", "the Norwegian envoy".
        private static readonly string[] StateRanks = { "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch", "ambassador", "envoy", "leader" };

        internal static bool IsRankOfAState(Token w) => !w.IsCapitalized && TriggerFinder.IsAny(w, StateRanks);

        /// <summary>
        /// "met the Chilean president": a demonym before a rank in lower case names the state whose office-holder acts; before
        /// another role noun ("American teacher X") or a rank whose holder is named after it ("the Peruvian president, Mira Holt") it describes a person.
        /// </summary>
        private static bool StandsForItsState(SentenceInfo s, Mention m) =>
            IsRankOfAState(s.Tokens[m.TokenEnd]) && EventRoles.PersonAfterComma(s, m.TokenEnd + 1) is null;

        // The words after the trigger an object pronoun or a culprit noun is read from (EventRoles.ObjectPronounPerson, CulpritObject).
        private const int ObjectWindow = 6;

        private static bool MayReferToParties(List<Token> tokens, int t)
        {
            for (var i = 0; i < tokens.Count && i <= t + ObjectWindow; i++)
            {
                var w = tokens[i];
                if (i == t || !w.IsWord) continue;
                if (w.Form is not { } form || form.MayReferToParties) return true;
            }
            return false;
        }

        /// <summary>
        /// "alleged the government is "hiding the losses of the Chilean forces"": whom quoted words after the act name takes no
        /// part in it; a name quoted alone ("a man identified only as "Karel B."") is no quoted words.
        /// </summary>
        private static bool InQuotedWordsAfter(List<Token> tokens, int t, Mention m)
        {
            var marks = 0;
            for (var i = t + 1; i < m.TokenStart; i++)
                if (IsDoubleQuote(tokens[i])) marks++;
            if (marks % 2 == 0) return false;
            var end = m.TokenEnd < tokens.Count && (tokens[m.TokenEnd].IsPunct('.') || tokens[m.TokenEnd].IsPunct(',')) ? m.TokenEnd + 1 : m.TokenEnd;
            return !(IsDoubleQuote(tokens[m.TokenStart - 1]) && end < tokens.Count && IsDoubleQuote(tokens[end]));
        }

        private static bool IsDoubleQuote(Token w) => w.Kind == TokenKind.Punctuation && w.Text[0] is '"' or '\u201C' or '\u201D';

        /// <summary>
        /// The media and towns that take part in the act (<see cref="OwnPartiesOfNoKind"/>); an interview's outlet
        /// ("spoke to the Velden Herald", "the Velden Herald interviewed Ana Ruiz") is one, added to the participants here,
        /// since a medium is otherwise no party and was passed over.
        /// </summary>
        internal static List<EntityDraft>? OwnParties(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            if (trigger.Kind != "interview" || EventRoles.InterviewingMedium(s, t) is not { } outlet) return OwnPartiesOfNoKind(s, t, trigger, participants);
            EventRoles.AddParticipant(participants, outlet);
            return new List<EntityDraft> { outlet };
        }

        /// <summary>
        /// "The Velden Post sued the council", "filed a lawsuit against the state of Ohio", "the council fined Ostrel TV": a media
        /// outlet or a town or state that is the act's own subject, object or by-agent, or what a noun act is against, takes part.
        /// Only in acts CAMEO codes, not in statements, appeals and consultations (01, 02, 04), whose media only hear or report
        /// them; outside CAMEO ("the Velden Bridge collapsed", "the Velden Post published allegations") a place or a medium is
        /// what the occurrence happens to or how it is told.
        /// </summary>
        internal static List<EntityDraft>? OwnPartiesOfNoKind(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            // "The Velden Herald contacted Ostrel Shipping": a medium that contacts someone is the one who consults.
            if (trigger.Cameo == "000" || trigger.Cameo.StartsWith("01", StringComparison.Ordinal) || trigger.Cameo.StartsWith("02", StringComparison.Ordinal)
                || trigger.Cameo.StartsWith("04", StringComparison.Ordinal) && trigger.Kind != "contact") return null;
            List<EntityDraft>? own = null;
            foreach (var m in s.Mentions)
            {
                if (m.IsDemonym || !(m.Entity.IsMedia || m.Entity.Kind == EntityKind.Place && !m.Entity.IsCountry) || !participants.Contains(m.Entity)) continue;
                var start = PolityPhraseStart(s.Tokens, m.TokenStart);
                var against = start > t && start <= t + 4 && ClauseReader.GovernedBy(s.Tokens, start, "against");
                // "a lawsuit to block the state of Ohio from ...": whom the suit would stop (LawsuitTargets).
                if (against || m.Entity == LawsuitTargets.Of(s, t, trigger) || !trigger.IsNoun && s.Analysis.ClauseOfVerb(t) is { } clause && clause.Verb.Head == t
                    && (Heads(clause.Subject, start, m.TokenEnd) || Heads(clause.Object, start, m.TokenEnd) || Heads(clause.Agent, start, m.TokenEnd)))
                    (own ??= new List<EntityDraft>()).Add(m.Entity);
            }
            return own;
        }

        // "the state of Ohio", "the city of Velden": where the phrase that names a polity starts.
        private static int PolityPhraseStart(List<Token> tokens, int mentionStart) =>
            mentionStart >= 2 && tokens[mentionStart - 1].Is("of") && CommonWords.IsPlaceNoun(tokens[mentionStart - 2]) ? mentionStart - 2 : mentionStart;

        private static bool Heads(Analysis.NounChunk? chunk, int start, int end) => chunk is { } c && c.Head >= start && c.Head < end;

        /// <summary>
        /// Adds whom a lawsuit would stop (<see cref="LawsuitTargets"/>), then drops the judge of a noun ("Ana Ruiz condemned the bombing"), whom the reason of a criticism names ("accused X of trying to
        /// pressure Y", <see cref="EventRoles.DropReasonParties"/>, which puts a party named by its members in: "criticized Republicans") and the named of a protest who do not protest ("Karl Enn and a
        /// sister of Pia Rand, whose death set off protests", <see cref="ProtestParties"/>); true when a protest is left to the unnamed.
        /// </summary>
        private static bool RemoveNonParties(SentenceInfo s, int t, EventTrigger trigger, Analysis.Clause? judging, List<EntityDraft> participants, List<SentenceInfo> sentences)
        {
            RemoveTheJudge(s, judging, participants);
            EventRoles.AddParticipant(participants, LawsuitTargets.Of(s, t, trigger)); // "a lawsuit to block the state of Ohio from ...": whom it would stop
            EventRoles.DropReasonParties(s, t, trigger, participants);
            EventRoles.DropDiscussedTopic(s, t, trigger, participants); // "discussed Kestrix with the Orsk Courier": not Kestrix
            EventRoles.DropNamedBeforeUnnamedGroup(s, t, trigger, participants); // "when X proposed it, residents rejected it": not X
            EventRoles.AddPartyOfMembers(s, t, trigger, participants, sentences); // "criticized Republicans for ...": the Republican Party
            return ProtestParties.DropNonProtesters(s, t, trigger, participants);
        }

        /// <summary>Drops the party the subject of a judging clause names, which a scan of the clause would otherwise take in.</summary>
        private static void RemoveTheJudge(SentenceInfo s, Analysis.Clause? judging, List<EntityDraft> participants)
        {
            if (judging is not { Subject: { } judge }) return;
            // "Canada and Chile condemned the attack": every judge the subject joins.
            var first = judge.ConjunctOf ?? judge;
            var start = first.Start;
            var end = judge.End;
            foreach (var conjunct in first.Conjuncts ?? NoChunks) end = Math.Max(end, conjunct.End);
            foreach (var m in s.Mentions)
                if (m.TokenStart >= start && m.TokenEnd <= end) participants.Remove(m.Entity);
        }

        private static readonly List<Analysis.NounChunk> NoChunks = new();

        /// <summary>
        /// A country after "from" in an appeal or a demand (CAMEO 02, 10), or after the "to" right after it ("appealed to
        /// Norland"): the one asked. Not "urged residents to return to Norland": where an act asked for goes is no addressee.
        /// So is the country apologized, condoled or protested to ("apologized to Norland", <see cref="AddressedAfterTo"/>) and the one an envoy is recalled from
        /// ("recalled its ambassador from Norland", CAMEO 161) or was sent to ("recalled its ambassador to Norland").
        /// </summary>
        private static bool IsAddressedCountry(List<Token> tokens, int t, EventTrigger trigger, Mention m) =>
            m.Entity.IsCountry && !m.IsDemonym && ((trigger.Cameo.StartsWith("02", StringComparison.Ordinal) || trigger.Cameo.StartsWith("10", StringComparison.Ordinal))
                && (ClauseReader.GovernedBy(tokens, m.TokenStart, "from") || ClauseReader.GovernedBy(tokens, m.TokenStart, "to") && tokens[t + 1].Is("to"))
                || Array.IndexOf(AddressedAfterTo, trigger.Cameo) >= 0 && ClauseReader.GovernedBy(tokens, m.TokenStart, "to") && tokens[t + 1].Is("to")
                || trigger.Cameo == "161" && (ClauseReader.GovernedBy(tokens, m.TokenStart, "from") || EnvoyTo(tokens, m)));

        // Acts addressed to a country by "to" right after them: an apology (055), condolences (018), a protest (140) or a complaint
        // (114): "offered condolences to Norland", "protested to Norland over the incident".
        private static readonly string[] AddressedAfterTo = { "055", "018", "140", "114" };

        // "its ambassador to Norland", "the envoy to the Holy See": the country an envoy is accredited to.
        private static bool EnvoyTo(List<Token> tokens, Mention m)
        {
            var to = ClauseReader.GoverningWordAt(tokens, m.TokenStart);
            return to >= 1 && tokens[to].Is("to") && Array.IndexOf(EnvoyNouns, tokens[to - 1].Lower) >= 0;
        }

        // Also what makes "recalled" an act and no speech (QuoteExtractor.CueActs).
        internal static readonly string[] EnvoyNouns = { "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats" };

        // ", while Y called": a comma that ends a clause before an adverbial one.
        private static bool AdverbialAfterComma(SentenceInfo s, int comma) =>
            s.Tokens[comma].IsPunct(',') && comma + 1 < s.Tokens.Count && s.Analysis.IntroducesAdverbialClause(comma + 1);

        /// <summary>
        /// "Tomas Vell, a spokesperson for the police, confirmed that two men were arrested": who reports a clause whose verb has
        /// a subject of its own takes no part in its act, whatever the cue; not when the subject is a pronoun or is owned by one,
        /// which may stand for the reporter ("announced that her government will withdraw the bill").
        /// </summary>
        private static bool ReportedWithOwnSubject(SentenceInfo s, int t, EventTrigger trigger, int clauseStart, Mention m) =>
            !trigger.IsNoun && ClauseReader.OpensReportByAnyCue(s.Tokens, clauseStart, m.TokenStart)
            && s.Analysis.ClauseOfVerb(t) is { Subject: { IsPronoun: false } subject } && subject.Start >= clauseStart && !OwnedByPronoun(s.Tokens, subject);

        // "her government", "its subsidiary": the possessive pronoun opens the chunk or stands right before its head words.
        private static bool OwnedByPronoun(List<Token> tokens, Analysis.NounChunk subject) =>
            IsPossessivePronoun(tokens[subject.Start]) || subject.Start > 0 && IsPossessivePronoun(tokens[subject.Start - 1]) || subject.Possessor is { IsPronoun: true };

        // The third-person ones of ClauseReader, and "our", "my" of a reporter speaking of its own.
        private static bool IsPossessivePronoun(Token w) => ClauseReader.IsPossessivePronoun(w) || w.Is("our") || w.Is("my");

        // "A protest took place in Velden, but Karel Brandt said it was peaceful": a clause joined by ", but" tells of its own parties.
        private static bool ButClauseAfterComma(List<Token> tokens, int comma) =>
            tokens[comma].IsPunct(',') && comma + 1 < tokens.Count && tokens[comma + 1].Is("but");

        // "X pledged support for Y, while Z called for restraint": a finite subordinate clause has its own parties. Not "while taking
        // part in a protest" (no subject of its own: the main clause's is its), nor "as well as".
        private static bool HangsOnAnotherClause(SentenceInfo s, int clauseStart)
        {
            var tokens = s.Tokens;
            if (clauseStart <= 0 || clauseStart >= tokens.Count || tokens[clauseStart - 1].Is("as")) return false;
            var first = tokens[clauseStart];
            if (ClauseReader.IsIngForm(first)) return false;
            return s.Analysis.IntroducesAdverbialClause(clauseStart - 1);
        }

        /// <summary>
        /// "After Karel Brandt's arrest, Mira Holt said ...": an act noun with its party (a possessor, an "of" complement) in a
        /// phrase opening the sentence takes none after the phrase: its clause ends at the phrase's comma.
        /// </summary>
        private static int FrontedActEnd(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants, int clauseEnd) =>
            trigger.IsNoun && (participants.Count > 0 || OfComplement(s, t) is not null) ? Math.Min(clauseEnd, OccasionParties.FrontedActPhraseEnd(s, t)) : clauseEnd;

        /// <summary>The active verb's subject first (<see cref="SubjectFirst"/>), then an appeal kept to its caller and addressee (<see cref="AppealAddressees"/>).</summary>
        private static void ActorFirstAndAddressee(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            SubjectFirst(s, t, trigger, participants);
            AppealAddressees.KeepAddressee(s, t, trigger, participants);
        }

        /// <summary>
        /// "Norway's president praised Chile's decision", "Canada praised Austria's decision to lift the ban": the party the
        /// active verb's own subject names acts and comes first (GDELT's Actor1) unless the first party found is named from
        /// the subject on; of several in the subject, its head ("US President X withdrew the US from ...": X). It runs before
        /// <see cref="EventRoles.InstitutionsActing"/> puts "Canada's cabinet" in place of the country its subject names.
        /// </summary>
        private static void SubjectFirst(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            if (trigger.IsNoun || participants.Count < 2 || s.Analysis.IsPassiveAt(t)
                || s.Analysis.ClauseOfVerb(t) is not { Subject: { } subject } || subject.End > t || EventTargets.NamedBetween(s, participants[0], subject.Start, t)) return; // "X, a former aide, urged Y": X keeps its place
            EntityDraft? actor = null;
            var actorEnd = -1;
            foreach (var m in s.Mentions)
            {
                if (!subject.Contains(m.TokenStart) || ActingAs(m.Entity, participants) is not { } named) continue;
                // "US President X": a name that modifies the next one is not the head; "X and Y", "X, including Y": the first leads.
                if (actor is not null && !ModifiesNext(s.Tokens, actorEnd, m.TokenStart)) break;
                (actor, actorEnd) = (named, m.TokenEnd);
            }
            if (actor is not null) PutFirst(participants, actor);
        }

        // Between two names of one noun phrase: at most a title and a possessive, no conjunction or punctuation.
        private static bool ModifiesNext(List<Token> tokens, int end, int next)
        {
            if (next - end > 3) return false;
            for (var k = end; k < next; k++)
                if (!tokens[k].IsWord && !tokens[k].Is("'s") || tokens[k].Is("and") || tokens[k].Is("or")) return false;
            return true;
        }

        // "Norway's government": the country's mention may stand for its government among the parties.
        private static EntityDraft? ActingAs(EntityDraft named, List<EntityDraft> participants) =>
            participants.Contains(named) ? named : named.Government is { } government && participants.Contains(government) ? government : null;

        private static void PutFirst(List<EntityDraft> participants, EntityDraft actor)
        {
            participants.Remove(actor);
            participants.Insert(0, actor);
        }

        /// <summary>
        /// "sold its 300 Velden and 40 Ostrel shops to X": a verb's recipient may come a little later. "to former Chile Minister of
        /// Mines and Senator X": a titled name is as near as the place its phrase opens with.
        /// </summary>
        private static bool IsNear(SentenceInfo s, int t, EventTrigger trigger, Mention m)
        {
            var at = EventRoles.TitledPhraseStart(s, m);
            return at <= t + 8 || !trigger.IsNoun && at <= t + 10 && at > 0 && s.Tokens[at - 1].Is("to") || OnTheTicket(s, t, trigger, m);
        }

        // "chose the ticket of Mira Holt for governor and Tomas Vell for her deputy": every person on a nominated ticket
        // takes part, however long the ticket runs; elsewhere a name far after the verb tells of something else.
        private static bool OnTheTicket(SentenceInfo s, int t, EventTrigger trigger, Mention m) =>
            trigger.Kind == "primary" && m.Entity.Kind == EntityKind.Person && m.TokenStart <= t + TicketWindow
            && ClauseReader.HasWordAfter(s.Tokens, t, m.TokenStart - t - 1, "ticket");

        private const int TicketWindow = 24;

        // "X was stabbed at a fair": a person assaulted by someone unnamed is the target, and the act happened (the gold leaves the
        // unnamed perpetrator out). "Karel Brandt was murdered in 2018" is a killing too; "was killed by his dogs", "killed by a
        // falling tree" name what killed after "by", no assailant: no killing.
        // The person heads the subject ("Wiranto was stabbed"), not only names its owner ("a Trump supporter was shot").
        private static bool VictimNamed(SentenceInfo s, int t, EventTrigger trigger, EntityDraft person)
        {
            var assault = trigger.Cameo.StartsWith("18", StringComparison.Ordinal) && (trigger.Kind != "killing" || !(t + 1 < s.Tokens.Count && s.Tokens[t + 1].Is("by")));
            if (person.Kind != EntityKind.Person || !(assault || trigger.Kind == "shooting")) return false;
            // "after X, the mayor of Y, was stabbed": the person the appositive right before the verb describes.
            if (EventRoles.AppositiveBefore(s, s.Analysis.VerbGroupStartAt(t)) is var opening && opening > 0 && s.MentionAt(opening - 1)?.Entity == person) return true;
            if (s.Analysis.ClauseOfVerb(t)?.Subject is not { } subject) return false;
            if (subject.IsPronoun) return true;
            foreach (var m in s.Mentions)
                if (m.Entity == person && m.TokenStart <= subject.Head && subject.Head < m.TokenEnd) return true;
            return false;
        }
    }
}
