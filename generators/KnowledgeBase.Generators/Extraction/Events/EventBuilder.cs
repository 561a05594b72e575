using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Builds one event from its trigger: the participants, the place, the date and the status.
    /// </summary>
    internal static partial class EventBuilder
    {
        internal static EventDraft? Build(SentenceInfo s, int t, EventTrigger trigger, List<DateMention> dates, int previousDate, EntityDraft? salient, EntityDraft? lastCountry, List<SentenceInfo> sentences)
        {
            if (CannotHaveParties(s, t, trigger) || !trigger.IsNoun && EventModality.IsHabitual(s, t)) return null;
            var tokens = s.Tokens;
            var (clauseStart, clauseEnd) = ClauseReader.Clause(s, t);
            var participants = new List<EntityDraft>();
            // "Ana Ruiz condemned the bombing": the clause that judges a noun, asked once for the actor and the parties.
            var judging = trigger.IsNoun ? JudgingClause(s, t) : null;
            // "a gunman shot two people", "two soldiers were killed": an act of people the article does not name still happened.
            var byTheUnnamed = false;
            if (!AddActors(s, t, trigger, clauseStart, clauseEnd, salient, lastCountry, sentences, participants, judging is not null)
                && !(participants.Count == 0 && (byTheUnnamed = UnnamedParties.ActOfTheUnnamed(s, t, trigger)))) return null;
            // "The mayor's aides claimed that X took bribes": who is named in what an unnamed accuser said is no party to the accusation.
            if (participants.Count == 0 && !trigger.IsNoun && trigger.Cameo.StartsWith("11", StringComparison.Ordinal) && ReportsAClause(s, t)) return null;
            clauseEnd = FrontedActEnd(s, t, trigger, participants, clauseEnd);
            var place = AddClauseParticipants(s, t, trigger, clauseEnd, participants);
            // "was dismissed by the board", "was awarded the prize by the academy", "was discovered by the observatory": who confers or finds acts.
            if (!trigger.IsNoun && trigger.Kind is "dismissal" or "appointment" or "award" or "hiring" or "legislation" or "founding" or "election" or "primary" or "discovery" or "publication" && (ConferrerOf(s, t) ?? (trigger.Kind == "publication" && participants.Count == 0 ? StudyAuthors.PublisherAfterBy(s, t) : null)) is { } conferrer) PutFirst(participants, conferrer);
            // "attacked the proclamation of X as Y by President Z": whose act is criticized is criticized.
            if (participants.Count >= 1 && EventRoles.IsSpeechAct(trigger) && trigger.Cameo.StartsWith("11", StringComparison.Ordinal) && participants.FindAll(static p => p.Kind != EntityKind.Place || p.IsCountry).Count == 1)
                EventRoles.AddParticipant(participants, EventRoles.AuthorOfCriticizedAct(s, t, clauseEnd, participants[0]));
            // "levied sanctions against him": an object pronoun stands for the person last named; "X and Y recognized Z and opened relations with the nation": Z; "wrote to X asking to ...": X.
            if (trigger.Cameo != "000") EventRoles.AddParticipant(participants, participants.Count <= 1 ? (participants.Count == 1 ? EventRoles.ParticipleAddressee(s, t, trigger) : null) ?? EventRoles.ObjectPronounPerson(s, t, clauseEnd, participants.Count == 1 ? participants[0] : null, EventRoles.IsViolent(trigger), sentences) : EventRoles.ObjectPointedBack(s, t, clauseEnd));
            if (participants.Count < 2 && trigger.Cameo != "000" && !(trigger.IsNoun && (EventAnchors.IsRemembered(tokens, t) || EventRoles.IsCircumstance(tokens, t) || SuspectedActs.IsActOfTheSuspected(s, t)))) AddScatteredParticipants(s, t, trigger, clauseStart, clauseEnd, place, participants);
            if (RemoveNonParties(s, t, trigger, judging, participants, sentences)) byTheUnnamed = true; // a protest whose named are not its protesters: by the unnamed
            if (participants.Count == 0) EventRoles.AddParticipant(participants, (trigger.IsNoun ? null : EventRoles.CulpritObject(s, t, sentences)) ?? ClosedThings.NetworkOf(s, t, trigger));
            // "the state of emergency ended in Norland": a state's measure with nobody named is its government's.
            if (participants.Count == 0 && place is { IsCountry: true } && IsStateMeasure(trigger)) participants.Add(place.Government ?? place);
            // "voters in Norland went to the polls in an election": the place that holds an election is its party.
            // (Only when no party but a town or region is left, which would otherwise be dropped as a mere location; with none, "before the 2024 presidential election": the article's country, StoryElections.)
            var polity = trigger.IsNoun && trigger.Kind is "election" or "primary" or "referendum" && participants.TrueForAll(static p => p.Kind == EntityKind.Place && !p.IsCountry) ? Polity(s, t, place) ?? StoryElections.CountryOf(s, t, trigger, participants, sentences) : null;
            if (polity is not null && !participants.Contains(polity)) participants.Add(polity);
            EventRoles.DropChannels(s, participants);
            if (participants.Count == 0 && !EventRoles.HappensWithoutActor(trigger, tokens, t) && !MournedDead.IsRite(trigger) && !(byTheUnnamed = byTheUnnamed || UnnamedParties.ActOfTheUnnamed(s, t, trigger))) return null;
            if (place is not null && participants.Count > 1 && participants[0] == place) participants.RemoveAt(0);
            if (EventRoles.IntentWithNobody(s, t, trigger, participants)) return null;
            ActorFirstAndAddressee(s, t, trigger, participants);
            EventRoles.InstitutionsActing(s, participants);
            // "is to be sentenced in June", "is scheduled to arrive": the verb group's own modality says it is still to come.
            // An intent (CAMEO 03x) is expressed there and then, whatever it is an intent to do; "voted to scrap the fuel tax": done.
            var planned = (EventModality.IsPlanned(s, t, trigger.IsNoun) || trigger.IsNoun && IsObjectOfPlannedVerb(s, t) || EventModality.IsPromisedAct(tokens, t, trigger)
                || !trigger.IsNoun && !trigger.Cameo.StartsWith("03", StringComparison.Ordinal) && ClauseReader.HasWordBefore(tokens, t, 4, "to") // asked only then: the analysis costs
                    && s.Analysis.ClauseOfVerb(t) is { Verb.Modality: Analysis.Modality.Planned } clause && clause.Verb.Head == t) && (trigger.IsNoun || !TriggerFinder.IsDecided(tokens, t));
            var status = planned ? DataLayout.StatusPlanned : DataLayout.StatusOccurred;
            var date = NounOwnDate(tokens, t, trigger, EventDating.ClauseDate(s, t, EventDating.DatesOf(tokens, t, trigger, dates), previousDate, status == DataLayout.StatusOccurred, out var inferred, out var otherClauseDated), dates, ref inferred, out var keepsNoDate);
            if (EventDating.ChargeCue(tokens, t) >= 0 && !DateAfter(tokens, dates, t)) (date, inferred, keepsNoDate) = (0, false, true); // "accused X of attacking Y": the charge's content has a time of its own
            // An agreement announced exists already; a resignation or a visit announced is still to come.
            // An intention announced is expressed there and then; a death, a discovery or an outbreak announced has happened.
            if (trigger.IsNoun && EventModality.IsAnnounced(tokens, t) && trigger.Kind is not ("agreement" or "signing" or "ceasefire" or "death" or "discovery" or "outbreak") && !trigger.Cameo.StartsWith("03", StringComparison.Ordinal))
            {
                // "announced his resignation on Wednesday, effective July 31": the day is the announcement's, only "effective ..." is the event's.
                status = DataLayout.StatusPlanned;
                date = 0;
                inferred = false;
                foreach (var d in dates)
                    if (d.TokenStart > t && d.TokenStart <= t + 3 && (tokens[d.TokenStart - 1].Is("effective") || tokens[d.TokenStart - 1].Is("from") || d.TokenStart >= 2 && tokens[d.TokenStart - 2].Is("effective")))
                        date = d.Packed;
            }
            return new EventDraft(trigger, CandidacyParties.With(s, t, trigger, RelativeAppointees.With(s, t, trigger, participants), date / 10000, sentences), place, date, status, s) { DateInferred = inferred, KeepsNoDate = (keepsNoDate || otherClauseDated) && date == 0, Polity = polity, ByTheUnnamed = byTheUnnamed && participants.Count == 0 || UnnamedParties.ActOfTheUnnamedInTowns(s, t, trigger, participants), OwnParties = OwnParties(s, t, trigger, participants) };
        }

        /// <summary>The actor: the two named "between", the agent of a passive, the possessor of a noun, or the clause subject; false when a passive names too little.</summary>
        private static bool AddActors(SentenceInfo s, int t, EventTrigger trigger, int clauseStart, int clauseEnd, EntityDraft? salient, EntityDraft? lastCountry, List<SentenceInfo> sentences, List<EntityDraft> participants, bool judged)
        {
            var tokens = s.Tokens;
            if (!trigger.IsNoun && trigger.Kind == "publication" && StudyAuthors.Of(s, t) is { } authors) { participants.AddRange(authors); return true; } // "published by a team from X": X, not the journal
            if (!trigger.IsNoun && trigger.Kind == "publication" && EarlierStudyAuthors.Of(s, t, sentences) is { } earlier) { participants.AddRange(earlier); return true; } // "Researchers at X built a model. The model was published": X
            // "offered to mediate between X and Y": the mediator acts on the two sides, who are not the actors (CAMEO 039, 045).
            if (!EventRoles.IsMediation(trigger)) OccasionParties.AddPartiesBetween(s, t, participants);
            // "a car bombing ascribed to the Rebel Front": the one the act is laid to is its actor.
            if (participants.Count == 0 && trigger.IsNoun && (EventRoles.IsViolent(trigger) || IsStateMeasure(trigger))) EventRoles.AddParticipant(participants, EventRoles.AttributedAgent(s, t));
            // "announced it despite criticism by X": X criticizes, and the one the sentence is about is criticized.
            if (participants.Count == 0 && trigger.IsNoun && EventRoles.IsSpeechAct(trigger) && EventRoles.NounAgent(s, t) is { } agentOfNoun)
            {
                participants.Add(agentOfNoun);
                foreach (var subject in EventRoles.NearestSubject(s, t, 0, salient, sentences)) EventRoles.AddParticipant(participants, subject);
                return true;
            }
            if (participants.Count == 2)
            {
                SubjectBeforeTheTwo(s, t, trigger, clauseStart, salient, sentences, participants);
            }
            // "a statement released by the ministry": a participle with its agent is a passive too.
            else if (!trigger.IsNoun && trigger.Cameo != "000" && s.Analysis.IsPassiveAt(t))
            {
                // "was attacked by X": X acts. Without a named agent only two or more subjects named
                // together make the event ("X and Y were convicted"); one alone is too often a side remark.
                // "was killed in an Israeli airstrike": the occasion names the doer, or leaves him unnamed.
                var agent = ClauseReader.AgentAfterBy(s, t, clauseEnd) ?? EventRoles.DescribedAgentAfterBy(s, t, clauseEnd, sentences) ?? EventRoles.AnnouncingImposer(s, t, trigger);
                var occasion = agent is null && EventRoles.IsViolent(trigger) && ClauseReader.ViolentOccasionAfter(s, t, clauseEnd, out agent);
                var subjects = EventRoles.SubjectBeforeAppositive(s, t, salient, sentences) ?? EventRoles.NearestSubject(s, t, clauseStart, salient, sentences);
                if (agent is null && subjects.Count < 2 && EventRoles.AccusedAfterAgainst(s, t, trigger, clauseEnd, sentences) is { } accused) { participants.Add(accused); return true; } // "a complaint was filed against X"
                if (agent is null && subjects.Count < 2 && !(subjects.Count == 1 && (EventRoles.UndergoneAlone(trigger) || EventRoles.CriticizedFor(s, t, trigger) || (occasion && IsClauseSubject(s, t, subjects[0]) || VictimNamed(s, t, trigger, subjects[0]))))) return false;
                EventRoles.AddParticipant(participants, agent);
                foreach (var subject in subjects)
                {
                    EventRoles.AddParticipant(participants, subject);
                    if (agent is not null) break;
                }
            }
            else
            {
                // "read out the strikers' demands": the demands are the unnamed group's, not the clause subject's.
                if (trigger.IsNoun && EventRoles.HasUnnamedOwner(s, t)) return false;
                // Actor: the possessor of a noun trigger ("X's call", "his election"), else the clause subject.
                if (trigger.IsNoun) EventRoles.AddParticipant(participants, EventRoles.Possessor(s, t, salient, lastCountry) ?? OccasionParties.FrontedOccasionActor(s, t, trigger) ?? EventRoles.ResignerAfterOf(s, t, trigger) ?? EventRoles.PoliceModifying(s, t, sentences) ?? EventRoles.DemonymDoer(s, t, trigger) ?? AnnouncedRites.Announcer(s, t, trigger, clauseStart, salient, sentences));
                // "Ana Ruiz marked the anniversary of the bombing": who remembers an act did not do it; "amid protests, X resigned": nor the circumstance.
                if (participants.Count == 0 && !(trigger.IsNoun && (EventAnchors.IsRemembered(tokens, t) || judged || EventRoles.IsCircumstance(tokens, t) || SuspectedActs.IsActOfTheSuspected(s, t))))
                    foreach (var subject in (trigger.IsNoun ? null : EventRoles.ParticipleOwner(s, t, trigger) ?? EventRoles.SubjectBeforeAppositive(s, t, salient, sentences)) ?? EventRoles.NearestSubject(s, t, clauseStart, salient, sentences)) EventRoles.AddParticipant(participants, subject);
                // "X sold A in March; announced B; and in 2015 sold C": a coordinated verb shares the first subject.
                if (participants.Count == 0 && !trigger.IsNoun && clauseStart > 0 && ClauseReader.HasCoordinationBefore(tokens, t, clauseStart))
                    foreach (var subject in EventRoles.NearestSubject(s, clauseStart - 1, 0, salient, sentences)) EventRoles.AddParticipant(participants, subject);
                // "X, a politician who served as president of Y, died": a verb right after an appositive has the subject before it.
                if (participants.Count == 0 && !trigger.IsNoun && EventRoles.AppositiveBefore(s, t) is var opening && opening > 0)
                    foreach (var subject in EventRoles.NearestSubject(s, opening, 0, salient, sentences)) EventRoles.AddParticipant(participants, subject);
                // "X said the plan was fair but denied that ...": a coordinated verb the analysis gives the speaker before the words said.
                if (participants.Count == 0 && !trigger.IsNoun && clauseStart > 0 && s.Analysis.ClauseOfVerb(t) is { Kind: Analysis.ClauseKind.Main, Subject: { } shared } && shared.End <= clauseStart)
                    foreach (var subject in EventRoles.NearestSubject(s, shared.End, shared.Start, salient, sentences)) EventRoles.AddParticipant(participants, subject);
            }
            return true;
        }

        /// <summary>The others: entities after the trigger in its clause; returns the place after "in"/"at"/"across".</summary>
        private static EntityDraft? AddClauseParticipants(SentenceInfo s, int t, EventTrigger trigger, int clauseEnd, List<EntityDraft> participants)
        {
            var tokens = s.Tokens;
            EntityDraft? place = null;
            var quote = ClauseReader.OpeningQuoteAfter(tokens, t);
            var circumstance = trigger.IsNoun && EventRoles.IsCircumstance(tokens, t); // "Amid protests in Velden, X resigned": its phrase ends at the comma
            foreach (var m in s.Mentions)
            {
                if (circumstance && m.TokenStart > t && ClauseReader.HasWordAfter(tokens, t, m.TokenStart - t - 1, ",")) break;
                // "released a statement saying, "Ruritania must ..."": who is quoted about takes no part in the narrator's event.
                if (m.TokenStart <= t || m.TokenStart >= clauseEnd || EventRoles.TitledPhraseStart(s, m) > t + 14 || m.TokenStart > quote) continue;
                // "appeared in Velden District Court, Norland": a place after a name and a comma locates the name; "resigned as
                // governor of X": the office's domain is part of the office, not a party.
                // "shot customers at an Ostrel Mart store": a company named before a venue noun is where it happened.
                // "was founded in 1991 as the Velden Party": the name it was founded under is the body itself, no other party.
                if (trigger.Kind == "founding" && ClauseReader.GovernedBy(tokens, m.TokenStart, "as")) continue;
                if (LocatesTheNameBefore(s, m) || InOfficeTitle(tokens, m.TokenStart) || NamesPremises(tokens, m) || EventRoles.InPlaceNounPhrase(tokens, m))
                {
                    if (m.Entity.Kind == EntityKind.Place) place ??= m.Entity;
                    continue;
                }
                // "condemned the ruling via a blog post": the medium a thing is said through is no party.
                // "arrested X for the killing of Y": Y is the killing's, not the arrest's.
                if (ClauseReader.GovernedBy(tokens, m.TokenStart, "via") || EventRoles.OnAPlatform(tokens, m, trigger) || ClauseReader.IsCompared(tokens, m.TokenStart) || LegalReasons.IsVictimOfReason(s, t, m)) continue;
                // "a trip to the Grand Palace": a building one goes to is where, not who.
                if (EventRoles.IsThing(m.Entity) && ClauseReader.IsPlacePreposition(tokens, m.TokenStart))
                {
                    place ??= m.Entity;
                    continue;
                }
                var near = IsNear(s, t, trigger, m);
                // Outside CAMEO an occurrence has its subject ("his election", "X died"); only "of X" adds one.
                // A succession also has its successor ("replaced by X").
                if (trigger.Cameo == "000" && !(m == OfComplement(s, t) || m.TokenStart == t + 2 && tokens[t + 1].Is("by") && trigger.Kind == "succession") && !(m.Entity.Kind == EntityKind.Place && ClauseReader.IsPlacePreposition(tokens, m.TokenStart))
                    && !(TakesObject(trigger, m.Entity, tokens[t]) && !OwnsTheThingLeft(trigger, tokens, m)) && !ClosedThings.IsObject(tokens, t, trigger, m)) continue;
                if (m.IsDemonym && m.TokenEnd < tokens.Count && Titles.IsRoleNoun(tokens[m.TokenEnd]) && !StandsForItsState(s, m) && !EventRoles.IsViolent(trigger)) continue; // "American teacher X"
                if (EventRoles.ModifiesANamedPerson(s, m) || EventRoles.IsRelatumOfRole(m)) continue; // "Velden TV photographer Ana Ruiz": her employer, not a party; "an aide to X": not X
                if (EventRoles.NamesASponsor(tokens, m)) continue; // "attacked rebels loyal to Norland": who backs the ones attacked is not attacked
                if (m.IsDemonym && (m.TokenEnd >= tokens.Count || !tokens[m.TokenEnd].IsWord || tokens[m.TokenEnd].Is("and") || tokens[m.TokenEnd].Is("or"))) continue; // "in French and English": a language, not a party
                // "its Malaysian stores": what is sold, not who sells; "condemned Russian strikes": the state that struck is criticized; "imposed sanctions on Chilean banks": the banks' state is the target.
                if (EventRoles.DemonymNamesNoPartyOf(s, t, trigger, m)) continue;
                if (m.Entity.Kind == EntityKind.Place && ClauseReader.IsPlacePreposition(tokens, m.TokenStart))
                {
                    // "demanded answers from Norland", "appealed to Norland": the country asked is no place but the addressee.
                    if (IsAddressedCountry(tokens, t, trigger, m) && near)
                    {
                        EventRoles.AddParticipant(participants, m.Entity);
                        continue;
                    }
                    if (!m.IsDemonym && ClauseReader.EndsPlacePhrase(tokens, m.TokenEnd)) place ??= m.Entity;
                    if (TakesTheCountryItIsAimedAt(trigger) && m.Entity.IsCountry && near) EventRoles.AddParticipant(participants, m.Entity);
                    continue;
                }
                if (!near) continue;
                if (trigger.Kind is "invasion" or "occupation" && m.Entity.IsCountry && m.TokenStart == t + 2 && tokens[t + 1].Is("of")) place ??= m.Entity;
                EventRoles.AddParticipant(participants, m.Entity);
            }
            EventRoles.AddParticipant(participants, HonouredParties.Of(s, t, trigger, clauseEnd)); // "kept a minute's silence in X's honour": X too
            return place;
        }

        /// <summary>"Ana Ruiz condemned the bombing", "denounced the attack": who disapproves of an act did not do it (who celebrates it may have).</summary>
        private static Analysis.Clause? JudgingClause(SentenceInfo s, int t)
        {
            // The analysis is asked only when a verb of disapproval stands shortly before the noun.
            var before = false;
            for (var i = Math.Max(0, t - 8); i < t && !before; i++) before = s.Tokens[i].IsWord && Disapproves(s.Tokens[i].Text);
            return before && s.Analysis.ClauseTaking(t) is { } clause && Disapproves(s.Tokens[clause.Verb.Head].Text) ? clause : null;
        }

        // CAMEO 11: disapprove ("condemn", "denounce", "deplore", "decry"); "claimed the attack" claims it as one's own.
        // Asked of the eight words before every noun trigger: the forms are decided once per process.
        private static bool Disapproves(string verb) => DisapprovingForms.Value.Contains(verb);

        private static readonly Lazy<Lexicon.FilteredWordSet> DisapprovingForms = new(BuildDisapprovingForms, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

        private static Lexicon.FilteredWordSet BuildDisapprovingForms()
        {
            var forms = new List<string>();
            foreach (var form in Lexicon.CameoVerbLexicon.Instance.Forms)
                foreach (var cameo in Lexicon.CameoVerbLexicon.Instance.VerbsOfForm(form))
                    if (cameo.Code.StartsWith("11", StringComparison.Ordinal) && cameo.Block != "allege")
                    {
                        forms.Add(form);
                        break;
                    }
            return new Lexicon.FilteredWordSet(forms);
        }

        private static bool ReportsAClause(SentenceInfo s, int t)
        {
            foreach (var clause in s.Analysis.Clauses)
                if (clause.Kind == Analysis.ClauseKind.Reported && clause.Parent?.Verb.Head == t) return true;
            return false;
        }

        /// <summary>"was planning to hold talks", "is set to sign a treaty": the noun a planned verb takes is still to come.</summary>
        private static bool IsObjectOfPlannedVerb(SentenceInfo s, int t)
        {
            // A planned verb group has "to" or "will" before its verb: the analysis is asked only then.
            return ClauseReader.HasWordBefore(s.Tokens, t, 8, "to", "will", "shall") && s.Analysis.ClauseTaking(t) is { Verb.Modality: Analysis.Modality.Planned };
        }

        /// <summary>The named by-agent of a passive verb: "was appointed by the Norvale Council".</summary>
        private static EntityDraft? ConferrerOf(SentenceInfo s, int t)
        {
            if (s.Analysis.ClauseOfVerb(t) is not { Verb.Voice: Analysis.Voice.Passive, Agent: { } agent }) return null;
            foreach (var m in s.Mentions)
                if (m.TokenStart >= agent.Start && m.TokenStart < agent.End && m.Entity.Kind != EntityKind.Place) return m.Entity;
            return null;
        }

        /// <summary>
        /// The place that holds an election: "the election in Ohio", or the place in the subject of the clause whose object or
        /// prepositional phrase the election is ("the province of Norland staged a referendum", "voters in Norland went to the polls in an election").
        /// </summary>
        private static EntityDraft? Polity(SentenceInfo s, int t, EntityDraft? placeAfter)
        {
            // "the election in Norland", "an election was held in Norland": the place after holds it.
            if (placeAfter is not null && (t + 1 < s.Tokens.Count && s.Tokens[t + 1].Is("in") || ClauseReader.HasWordAfter(s.Tokens, t, 3, "held"))) return placeAfter;
            foreach (var clause in s.Analysis.Clauses)
            {
                if (clause.Subject is not { } subject || !(clause.Object?.Contains(t) == true || HasAttachmentOver(clause, t))) continue;
                foreach (var m in s.Mentions)
                    if (m.Entity.Kind == EntityKind.Place && m.TokenStart >= subject.Start && m.TokenEnd <= Math.Max(subject.End, PlaceAfterSubject(s, subject))) return m.Entity;
            }
            return null;
        }

        // "voters in Norland": a place attached to a subject of voters or a polity noun ("the province of Norland") is the subject's.
        private static int PlaceAfterSubject(SentenceInfo s, Analysis.NounChunk subject) =>
            subject.End + 1 < s.Tokens.Count && (s.Tokens[subject.End].Is("in") || s.Tokens[subject.End].Is("of")) && IsPolityHead(s.Tokens[subject.Head]) ? subject.End + 4 : subject.End;

        private static bool IsPolityHead(Token head) => head.Is("voters") || head.Is("state") || head.Is("province") || head.Is("region") || head.Is("city") || head.Is("people") || head.Is("citizens");

        private static bool HasAttachmentOver(Analysis.Clause clause, int t)
        {
            foreach (var a in clause.Attachments)
                if (a.Chunk.Contains(t)) return true;
            return false;
        }

        private static bool NamesPremises(List<Token> tokens, Mention m) =>
            m.Entity.Kind == EntityKind.Organization && m.TokenEnd < tokens.Count && PremisesNouns.Contains(tokens[m.TokenEnd].Lower)
            && m.TokenStart >= 2 && (tokens[m.TokenStart - 2].Is("at") || tokens[m.TokenStart - 2].Is("in") || tokens[m.TokenStart - 1].Is("at") || tokens[m.TokenStart - 1].Is("in"));

        private static readonly HashSet<string> PremisesNouns = Lexicon.WordListLexicon.EventWords.Lists.Words("premises-noun");

        private static bool LocatesTheNameBefore(SentenceInfo s, Mention m) =>
            m.Entity.Kind == EntityKind.Place && m.TokenStart >= 2 && s.Tokens[m.TokenStart - 1].IsPunct(',') && s.MentionAt(m.TokenStart - 2) is { } named && !named.IsDemonym
            && named.Entity.Kind != EntityKind.Person;

        /// <summary>"as the governor of X", "as president of X": a name inside an office held.</summary>
        private static bool InOfficeTitle(List<Token> tokens, int mentionStart)
        {
            var of = mentionStart - 1;
            if (of > 0 && tokens[of].Is("the")) of--;
            if (of < 2 || !tokens[of].Is("of")) return false;
            for (var i = of - 1; i >= 0 && i >= of - 4; i--)
            {
                if (tokens[i].Is("as")) return i < of - 1 && (Titles.IsRoleNoun(tokens[of - 1]) || Titles.IsTitleWord(tokens[of - 1]));
                if (!tokens[i].IsWord) return false;
            }
            return false;
        }

        /// <summary>Nominal reports scatter their participants: take the sentence's other people and countries.</summary>
        private static void AddScatteredParticipants(SentenceInfo s, int t, EventTrigger trigger, int clauseStart, int clauseEnd, EntityDraft? place, List<EntityDraft> participants)
        {
            var tokens = s.Tokens;
            // "X, who visited Y last week, criticized Z": who takes part in the clause after a relative clause takes none in it.
            var setOffEnd = ClauseReader.EndsSetOffRelative(s, t, clauseEnd);
            foreach (var m in s.Mentions)
            {
                if (participants.Count >= 3) break;
                if (setOffEnd && m.TokenStart > clauseEnd) continue;
                if (m.TokenStart > t && InQuotedWordsAfter(tokens, t, m)) continue;
                // "X, the envoy for Norland, resigned after Y took over": who resigns acts alone, with the body resigned from
                // ("resigned from the board", "resign leadership of the party").
                if (trigger.Kind == "resignation" && !(m.TokenStart > t && m.TokenStart < clauseEnd && (ClauseReader.GovernedBy(tokens, m.TokenStart, "of") || ClauseReader.GovernedBy(tokens, m.TokenStart, "from")))) continue;
                if (m.Entity == place || m.Entity.Kind == EntityKind.Place && !m.Entity.IsCountry) continue;
                // "visited the hospital while X received surgery": the subordinate clause after it tells of something else.
                // "called for an end to the war, with which X agreed": so does a relative clause.
                // "pledged support for X, while Y called for restraint": nor does one after a comma, nor the clause a subordinate one hangs on (before or after it).
                if (m.TokenStart >= clauseEnd && clauseEnd < tokens.Count && (s.Analysis.IntroducesAdverbialClause(clauseEnd) || s.Analysis.OpensRelativeClause(clauseEnd) || AdverbialAfterComma(s, clauseEnd) || ButClauseAfterComma(tokens, clauseEnd) || ClauseReader.FrontedClauseEnd(s, t) == clauseEnd)) continue;
                if (m.TokenStart < clauseStart && HangsOnAnotherClause(s, clauseStart) || m.TokenStart > clauseEnd && trigger.IsNoun && tokens[clauseEnd].IsPunct(',') && OccasionParties.FrontedActPhraseEnd(s, t) == clauseEnd) continue;
                if (EventRoles.NamesNoActor(m, tokens) || EventRoles.NamesASponsor(tokens, m) || NamesPremises(tokens, m) || EventRoles.IsRelatumOfRole(m) || EventRoles.ModifiesANamedPerson(s, m) || LegalReasons.IsVictimOfReason(s, -1, m) || LegalReasons.IsVictimOfCrimeGerund(tokens, t, m.TokenStart) || LegalReasons.InReasonPhrase(tokens, t, m.TokenStart) || LegalReasons.InAppositiveOfAccused(s, t, trigger, m) || ClauseReader.IsCompared(tokens, m.TokenStart)) continue;
                // "X, who met Y on Monday, resigned": who takes part in a relative clause's act takes none in another;
                // "X visited Kenosha, where riots broke out": nor does who acts before the place's clause.
                // "X shot Y and was arrested": the first verb's object takes no part in what the shared subject undergoes.
                if (EventRoles.ObjectBeforePassiveConjunct(s, m, t) || EventRoles.ObjectBeforeSharedPassive(s, m, t)) continue;
                if (EventRoles.InAnotherRelativeClause(s, m, t) || m.TokenStart < t && EventRoles.InSetOffRelativeBefore(tokens, m, t) || EventRoles.BeforeAntecedentOfOwnRelative(s, m, t) || m.TokenStart < clauseStart && tokens[clauseStart - 1].Is("where")) continue;
                // "broadcast to the French island territory", "using an app", "according to X": where, with what, and who says, not who.
                if (ClauseReader.IsPlacePreposition(tokens, m.TokenStart) && !(m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive) || ClauseReader.GovernedBy(tokens, m.TokenStart, "using") || ClauseReader.GovernedBy(tokens, m.TokenStart, "via") || EventRoles.OnAPlatform(tokens, m, trigger) || ClauseReader.GovernedBy(tokens, m.TokenStart, "to") && m.TokenStart >= 2 && tokens[m.TokenStart - 2].Is("according")) continue;
                // "X said a badge was used by the assailant, convicted of ...": the speaker takes no part in what is reported.
                // A speech act in the report ("telling Wikinews it extends its condolences") is the speaker's own.
                if (m.TokenStart < clauseStart && (ClauseReader.OpensReport(tokens, clauseStart, m.TokenStart) && !EventRoles.IsSpeechAct(trigger) || ReportedWithOwnSubject(s, t, trigger, clauseStart, m))) continue;
                EventRoles.AddParticipant(participants, m.Entity);
            }
        }

        /// <summary>The entity is the verb's own subject (or the pronoun that stands for it), not a name further back.</summary>
        private static bool IsClauseSubject(SentenceInfo s, int t, EntityDraft entity)
        {
            if (s.Analysis.ClauseOfVerb(t)?.Subject is not { } subject) return false;
            if (subject.IsPronoun) return true;
            foreach (var m in s.Mentions)
                if (m.Entity == entity && subject.Contains(m.TokenStart)) return true;
            return false;
        }

        /// <summary>Emergencies, martial law, curfews and restrictions (CAMEO 172x) and lifting them (081x): only a state imposes them.</summary>
        // The country struck takes part, and so do the country aid is sent or offered to (CAMEO 07, and 033 with its refinements, "delivered vaccines to
        // Norland"), the one a threat is aimed at (13, "threatened to withdraw its troops from Norland") and the one visited (042, "arrived
        // in Norland", "a visit to Norland"), though "to", "from" or "in" names it.
        private static bool TakesTheCountryItIsAimedAt(EventTrigger trigger) =>
            EventRoles.IsViolent(trigger) || trigger.Cameo.StartsWith("07", StringComparison.Ordinal) || trigger.Cameo.StartsWith("033", StringComparison.Ordinal) || trigger.Cameo == "042" || trigger.Cameo.StartsWith("13", StringComparison.Ordinal);

        private static bool IsStateMeasure(EventTrigger trigger) => trigger.Cameo.StartsWith("172", StringComparison.Ordinal) || trigger.Cameo.StartsWith("081", StringComparison.Ordinal);

        /// <summary>
        /// "000" kinds done to someone or something: "ousted her adviser X", "overturned the convictions of X", "founded the X Party" and "awarded X the prize" have X take part, as "X died" has only its subject;
        /// a party's nomination told by a verb has its other side ("the Velden Party nominated X", "lost the primary to X", "secured the nomination of the Velden Party"), and a law the body that passes it.
        /// </summary>
        private static bool TakesObject(EventTrigger trigger, EntityDraft e, Token word) =>
            (trigger.Kind is "dismissal" or "appointment" or "hiring" or "ruling" or "founding" or "award" or "succession" || trigger.Kind == "primary" && !trigger.IsNoun) && (e.Kind == EntityKind.Person || trigger.Kind is "founding" or "ruling" or "hiring" or "primary")
            || trigger.Kind is "legislation" or "withdrawal" or "sale" && !trigger.IsNoun && e.Kind == EntityKind.Organization // "the bill passed the Norland Senate", "left the Velden Party", "was absorbed into Velland Systems": the body that passes it, the body left, the body taking over
            || trigger.Kind == "election" && e.Kind == EntityKind.Person && (word.Is("voted") || word.Is("votes") || word.Is("elect")); // "voted for Ana Ruiz", "voted to elect Ana Ruiz": whom they elect

        /// <summary>
        /// "the funeral of Freedonian general Tomas Vell": whom an occurrence is of, past the titles and demonyms before the name;
        /// "a funeral for Ana Ruiz", "a memorial service for Ana Ruiz": a rite (its word may precede the noun) is for whom it mourns.
        /// </summary>
        private static Mention? OfComplement(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            // "a state funeral was held for Ana Ruiz": the rite is for whom it mourns, past the verb that holds it.
            var at = t + 1;
            if (t + 3 < tokens.Count && (tokens[t + 1].Is("was") || tokens[t + 1].Is("were")) && tokens[t + 2].Is("held") && tokens[t + 3].Is("for") && IsRite(tokens, t)) at = t + 3;
            if (at + 1 >= tokens.Count || !(tokens[at].Is("of") || tokens[at].Is("for") && IsRite(tokens, t))) return null;
            for (var i = at + 1; i < tokens.Count && i <= at + 5; i++)
            {
                if (s.MentionAt(i) is { } m)
                {
                    if (!m.IsDemonym) return m;
                    i = m.TokenEnd - 1;
                    continue;
                }
                if (!tokens[i].IsWord || CommonWords.IsFunctionWord(tokens[i]) && !tokens[i].Is("the")) return null;
            }
            return null;
        }

        private static bool IsRite(List<Token> tokens, int t) => EventLexicon.Find(tokens[t]) is { Kind: "funeral" or "memorial" } || t > 0 && EventLexicon.Find(tokens[t - 1]) is { Kind: "funeral" or "memorial" };
    }
}
