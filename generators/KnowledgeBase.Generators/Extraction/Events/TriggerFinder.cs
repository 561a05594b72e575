using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Finds the word that signals an event (a CAMEO verb or noun, or a fixed phrase) and turns away its uses that are no event.
    /// </summary>
    internal static partial class TriggerFinder
    {
        // The word tests, with what is left to ask (the tests that read the analysis) in <paramref name="later"/>.
        private static EventTrigger? Candidate(SentenceInfo s, int t, out bool backReference, out LaterTests later)
        {
            backReference = false;
            later = default;
            var tokens = s.Tokens;
            var token = tokens[t];
            if (!token.IsWord || token.CannotTrigger) return null;
            // "Hurricane Mira hit Norvale", "as Tropical Storm Karel approached": a storm is named after its kind.
            if (token.StartsUpper && TriggerSenses.NamedStorm(s, t) is { } storm) return storm;
            if (s.MentionAt(t) is not null) return null;
            // "had not confirmed him", "did not step down": a negated verb phrase tells no act, unless the refusal is the act (12).
            if (PhraseTriggers.Find(s, t) is { } phrase) return phrase.IsNoun || phrase.Cameo.StartsWith("12", StringComparison.Ordinal) || !EventModality.IsNegatedBefore(tokens, t) ? phrase : null;
            if (token.StartsUpper && t > 0) return null;
            // "assailed the plan", "hammered Ruiz for her remarks" (criticism); "a storm hammered the coast" is the dictionary's.
            if (TriggerSenses.IsVerbalAttack(s, t)) return EventLexicon.Find("criticized");
            var trigger = EventLexicon.Find(token) ?? DecidedInfinitive(tokens, t) ?? FutureBaseForm(tokens, t);
            if (trigger is null) return null;
            if (token.Is("agreed") && t + 1 < tokens.Count && (tokens[t + 1].Is("on") || tokens[t + 1].Is("upon")) && !NamesADay(tokens, t + 2)) return EventLexicon.FormalAgreement;
            // "all agreed that vaccines work": sharing a view, not an agreement between parties.
            if (token.Is("agreed") && t + 1 < tokens.Count && tokens[t + 1].Is("that")) return null;
            // "attacked Ana Ruiz for her remarks", "took a veiled shot at Ruiz": words aimed at someone are criticism (CAMEO 111).
            if (TriggerSenses.IsAttackInWords(s, t, trigger)) return EventLexicon.Find("criticized");
            if (TriggerSenses.IsShotTaken(s, t, trigger)) return null; // "took a cheap shot": a remark, no shooting
            if (trigger.Kind == "offensive" && TriggerSenses.IsOffensiveAdjective(s, t) || TriggerSenses.IsGrowthBurst(s, t, trigger)) return null; // "whose population exploded"
            // "ruled Norland for twelve years", "ruled the country": governing, not a court's ruling.
            if (token.Is("ruled") && t + 1 < tokens.Count && (s.MentionAt(t + 1) is { Entity.Kind: EntityKind.Place } || tokens[t + 1].Is("the") && t + 2 < tokens.Count && IsAny(tokens[t + 2], EventLexicon.RealmNouns))) return null;
            var previous = t > 0 ? tokens[t - 1] : default;
            // "released the messages publicly": information is published (a statement), people are freed (0841).
            if (trigger.Kind == "release" && !trigger.IsNoun && ReleasesInformation(s, t)) return EventLexicon.Publication;
            // "released a book", "the release of ten buffalo", "was released from hospital": CAMEO 0841 frees people.
            if (trigger.Kind == "release" && trigger.Cameo == "0841" && !TriggerSenses.ReleasesPeople(s, t, trigger.IsNoun)) return null;
            // "two elected officials", "the newly appointed judge", "Tomas Vell's alleged ties": a participle describing its noun.
            later.Attributive = !trigger.IsNoun;
            // "Russia's demands", "their appeals": after a possessive a verb form is the noun.
            if (!trigger.IsNoun && t > 0 && (EventRoles.IsPossessiveMark(tokens, t - 1) || ClauseReader.IsPossessivePronoun(previous)))
                trigger = new EventTrigger(trigger.Cameo, trigger.Kind, true, trigger.Name, trigger.NeedsAfter); // "the team's claims" still needs "responsibility"
            // "held a campaign rally", "Ana Ruiz's rally in Velden": a politician's rally is campaigning, not a protest; "resigned in protest": a resignation.
            if (trigger.Kind == "protest" && ((token.Is("rally") || token.Is("rallies")) && TriggerSenses.IsCampaignRally(s, t) || TriggerSenses.IsMannerOfLeaving(tokens, t))) return null;
            if (trigger.Kind == "sale" && TriggerSenses.IsNoSale(s, t) || TriggerSenses.IsPleaInCourt(tokens, t, trigger) || TriggerSenses.IsAppealHeard(tokens, t, trigger)) return null; // "tickets sold out"; "changed his plea"
            // "a site called Velden Hill", "Norvale, also called the Old Port": a participle after its noun names the thing.
            later.Naming = trigger.Kind == "call" && !trigger.IsNoun;
            trigger = Refine(tokens, t, trigger, previous);
            if (trigger is null) return null;
            later.ClaimedNoun = trigger.IsNoun;
            if (!trigger.IsNoun) return VerbTrigger(s, t, trigger, previous);
            // The noun's word tests come first: they turn most nouns away without the sentence analysis, which the sense tests
            // (LaterTests) ask for.
            var noun = NounTrigger(s, t, trigger, previous, out backReference, out later.NeedsPartner);
            later.Noun = trigger;
            return noun;
        }

        /// <summary>The code and kind of <paramref name="word"/>'s trigger, keeping whether <paramref name="trigger"/> is a noun or a verb.</summary>
        private static EventTrigger Recoded(EventTrigger trigger, string word)
        {
            var recoded = EventLexicon.Find(word)!;
            return recoded.IsNoun == trigger.IsNoun ? recoded : new EventTrigger(recoded.Cameo, recoded.Kind, trigger.IsNoun, recoded.Name);
        }

        private static readonly string[] ClauseObjectVerbs = { "alleged", "alleges" };

        private static readonly string[] GerundPrepositions = { "of", "on", "about", "against", "without", "towards", "toward" };

        private static readonly string[] NounPrepositions = { "over", "for", "of", "about", "against", "with", "without", "from", "into", "under" };

        /// <summary>A trigger word read with its neighbours: "drone attacks" are strikes, "opened fire" is no blaze; null when it is no event.</summary>
        private static EventTrigger? Refine(List<Token> tokens, int t, EventTrigger trigger, Token previous)
        {
            var token = tokens[t];
            if (trigger.NeedsAfter is { } needed && !ClauseReader.HasWordAfter(tokens, t, Lexicon.TriggerRow.Window, needed)) return null;
            if (trigger.Kind == "attack" && !trigger.IsNoun && AttacksAMessage(tokens, t)) return EventLexicon.Find("criticized");
            if (trigger.Kind == "signing" && !trigger.IsNoun)
            {
                // "the station signed off that night": no signature.
                if (t + 1 < tokens.Count && tokens[t + 1].Is("off")) return null;
                // "signed an executive order", "signed the bill into law", "the decree signed by X", "signed the X Act": legislation ("000"), not a treaty.
                if (ClauseReader.HasWordAfter(tokens, t, 4, EventLexicon.LawNouns) || SignsANamedAct(tokens, t) || IsAny(previous, EventLexicon.LawNouns) && t + 1 < tokens.Count && tokens[t + 1].Is("by")) return EventLexicon.SignedIntoLaw;
            }
            // "assassination plots", "attack plans": an act plotted or planned has not happened.
            if (trigger.IsNoun && t + 1 < tokens.Count && IsAny(tokens[t + 1], EventLexicon.PlanNouns)) return null;
            // "ordered the killing of 40,000 chickens": animals killed are property destroyed (CAMEO 1712), not violence against people.
            if (trigger.Kind == "killing" && ClauseReader.HasWordAfter(tokens, t, 6, EventLexicon.AnimalNouns))
                return new EventTrigger("1712", "culling", trigger.IsNoun, CameoNames.Of("1712") ?? "culling");
            // "drone attacks", "missile attacks": aerial weapons.
            if (trigger.Kind == "attack" && t > 0 && (previous.Is("drone") || previous.Is("missile") || previous.Is("air") || previous.Is("rocket") || previous.Is("aerial")))
                trigger = EventLexicon.Find("strikes")!;
            // "returned to a subcommittee, where it died": a thing that dies is no one's death.
            if (trigger.Kind == "death" && !trigger.IsNoun && (previous.Is("it") || previous.Is("which"))) return null;
            // "launched an offensive", "launched an investigation": the noun launched is the event, not a launch; "published stories on the crash": news put out, no study.
            if (!trigger.IsNoun && (trigger.Kind == "launch" && LaunchesAnEvent(tokens, t) || trigger.Kind == "publication" && PublishesNews(tokens, t))) return null;
            // "a cardiac arrest", "a heart attack": the body's failures are no one's act; nor is a nomination for an honour a post.
            if (IsAny(previous, EventLexicon.MedicalModifiers) || NominatedForAnHonour(tokens, t, trigger)) return null;
            // "the last sentence of the report": a sentence is a court's only in a sentence about courts or prison.
            if (trigger.IsNoun && (token.Is("sentence") || token.Is("sentences")) && !ClauseReader.HasWord(tokens, EventLexicon.LegalWords)) return null;
            if (trigger.IsNoun && trigger.Kind == "sentencing" && IsServedOrCommuted(tokens, t)) return null;
            if (trigger.Kind == "fire" && (previous.Is("opened") || previous.Is("open") || previous.Is("under") || previous.Is("ceasefire") || TriggerSenses.PartOfAnAccident(tokens, t))) return null;
            if (trigger.Kind == "record" && !ClauseReader.HasWordBefore(tokens, t, 3, "set", "sets", "broke", "breaks", "equalled", "equaled", "new")) return null;
            // "called Ana Ruiz's decision reckless", "called it a betrayal": naming something, not telephoning someone.
            if (trigger.Kind == "call" && !trigger.IsNoun && DescribesRatherThanCalls(tokens, t)) return null;
            if (token.Is("lost") && !ClauseReader.HasWordAfter(tokens, t, 3, "seat", "election", "race", "match", "game", "final", "title", "vote", "bid", "reelection", "re-election")) return null;
            // "won the province's votes", "lost reelection": an election's outcome, not a prize.
            // A defeat is an election only when the election is its object ("lost reelection", not "was defeated in X by a candidate").
            if (trigger.Kind == "win" && ClauseReader.HasWord(tokens, EventLexicon.ElectionWords) || trigger.Kind == "defeat" && ClauseReader.HasWordAfter(tokens, t, 2, EventLexicon.ElectionWords))
                return new EventTrigger("000", "election", trigger.IsNoun, "election");
            // "hosted a show", "hosted The Velden Hour", "withdrew its warnings": a visit is hosted for someone (a capitalized
            // "The" opens a title), and a withdrawal (CAMEO 166) takes troops, envoys or support away from somewhere.
            if (trigger.Cameo == "043" && !trigger.IsNoun && !ClauseReader.HasWordAfter(tokens, t, 4, EventLexicon.HostedThings) && !(t + 1 < tokens.Count && tokens[t + 1].IsCapitalized && !tokens[t + 1].Is("the"))) return null;
            if (trigger.Cameo == "166" && !trigger.IsNoun && !ClauseReader.HasWordAfter(tokens, t, 5, EventLexicon.WithdrawnThings)) return null;
            // "dismissed the lawsuit": a court deciding a case, not a dismissal from office.
            if (trigger.Kind == "dismissal" && !trigger.IsNoun && ClauseReader.HasWordAfter(tokens, t, 4, "lawsuit", "case", "charges", "appeal", "suit", "complaint", "petition", "claims"))
                return EventLexicon.Find("ruled");
            if (token.Is("fired") && (ClauseReader.HasWordAfter(tokens, t, 2, "rockets", "missiles", "shots", "shells", "bullets", "at", "weapons", "tear") || t > 0 && IsAny(previous, EventLexicon.FiredProjectiles)))
                trigger = EventLexicon.Find("attacked")!;
            // "killed in an airstrike", "killed by a drone": a killing from the air is an aerial strike (CAMEO 195); "was killed
            // in a shooting": a death in an attack is that attack, coded as it (ActOfKilling).
            // The code changes, the word class stays: "was killed in an airstrike" is still a passive verb whose subject is the victim.
            if (trigger.Kind == "killing" && ActOfKilling(tokens, t, trigger.IsNoun) is { } act) return Recoded(trigger, act);
            // "a fire killed two people", "the typhoon hit Velden, killing 20": an accident's or a disaster's dead are the accident's;
            // "the virus has killed 40" counts deaths, not an assault.
            if (trigger.Kind == "killing" && (!trigger.IsNoun || t > 0 && previous.IsPunct(',')) && TriggerSenses.KilledByAnOccurrence(tokens, t) is { } cause)
                return cause == "outbreak" ? EventLexicon.Find("died") : cause == "traffic" ? EventLexicon.Find("crashed") : null;
            // "killed by troops": military killing is fighting, not assault.
            if (trigger.Kind == "killing" && ClauseReader.HasWord(tokens, "troops", "forces", "soldiers", "airstrike", "airstrikes", "militants", "rebels", "army", "military", "shelling", "fighting", "clashes"))
                trigger = Recoded(trigger, "attack");
            return trigger;
        }


        /// <summary>A call is made to someone: a name, a role ("his counterpart"), "him" or "her"; "called X's decision reckless" or "called X a decent man" describes.</summary>
        private static bool DescribesRatherThanCalls(List<Token> tokens, int t)
        {
            var i = t + 1;
            if (i < tokens.Count && (tokens[i].Is("the") || ClauseReader.IsPossessivePronoun(tokens[i]))) i++;
            if (i >= tokens.Count || !tokens[i].IsWord) return false;
            if (tokens[i].Is("him") || tokens[i].Is("her") || Titles.IsRoleNoun(tokens[i])) return false;
            if (!tokens[i].IsCapitalized) return true;
            while (i < tokens.Count && tokens[i].IsCapitalized) i++;
            // "called X's decision reckless", "called X "humble"", "called X a decent man": X is described, not telephoned.
            return i < tokens.Count && (tokens[i].Kind == TokenKind.Possessive || tokens[i].IsOpeningQuote || tokens[i].Is("a") || tokens[i].Is("an") || tokens[i].Is("the") || tokens[i].Is("as"));
        }

        /// <summary>A noun trigger is an event when something happens to it ("signed the treaty"), not when it is named or asked for.</summary>
        // Word tests (and the verb an infinitive's noun is); whether a talk lacks a partner, which may need the analysis, is left to the caller.
        private static EventTrigger? NounTrigger(SentenceInfo s, int t, EventTrigger trigger, Token previous, out bool backReference, out bool needsPartner)
        {
            var tokens = s.Tokens;
            backReference = needsPartner = false;
            // "to visit": an infinitive, not a visit ("voted to release them": the verb of an act decided); "planned to flood the
            // valley": a natural occurrence's noun right after an infinitive's "to" is the verb, even where a plan makes others planned.
            if (IsDecided(tokens, t)) return DecidedVerb(s, t, trigger, previous);
            if (previous.Is("to") && (!EventModality.HasPlannedCue(tokens, t) || EventRoles.IsNatural(trigger))) return null;
            // "found guilty of assault", "charged with arson", "on suspicion of burglary": a crime named in a charge, not an event told.
            var governing = previous.Is("of") || previous.Is("with") ? t - 1 : t >= 3 && (tokens[t - 2].Is("of") || tokens[t - 2].Is("with")) ? t - 2 : -1; // "with armed robbery"
            if (governing > 0 && ClauseReader.HasWordBefore(tokens, governing, 6, "guilty", "convicted", "charged", "accused", "suspicion", "suspected", "counts", "count", "charges", "allegations", "allegation", "accusations", "accusation"))
                return null;
            // "after reading the report": a gerund with an object is a verb, not the event its noun names.
            if (!EventRoles.IsViolent(trigger) && tokens[t].Text.EndsWith("ing", StringComparison.Ordinal) && t + 1 < tokens.Count && ClauseReader.IsDeterminerOrPossessive(tokens[t + 1].Text)) return null;
            if (ModifiesCompoundHead(tokens, t) || IsRate(tokens, t) || IsBareCircumstance(tokens, t, trigger)) return null; // "negotiation strategy", "search and rescue teams"; "40,000 deaths annually"
            if (trigger.Kind == "sanction" && !(t + 1 < tokens.Count && (tokens[t + 1].Is("on") || tokens[t + 1].Is("against")) || ClauseReader.HasWord(tokens, "imposed", "impose", "imposes", "announced", "levied", "slapped") || EventRoles.IsBorneMeasure(s, t, trigger)))
                return null;
            if (t > 0 && (previous.Is("no") || previous.Is("without") || previous.Is("not"))) return null;
            if (t >= 2 && (previous.Is("the") || previous.Is("his") || previous.Is("her") || previous.Is("their")) && EventLexicon.Find(tokens[t - 2]) is { Kind: "ruling" } or { Kind: "appeal", IsNoun: false }) return null; // "appealed the verdict": the one appealed
            // "did not meet the strikers' demands": the act of a negated verb does not happen.
            if (EventModality.IsNegatedBefore(tokens, t)) return null;
            // "there were no signs of an explosion": what nothing shows did not happen.
            if (ClauseReader.HasWordBefore(tokens, t, 4, "no") && ClauseReader.HasWordBefore(tokens, t, 3, "sign", "signs", "evidence", "indication", "indications", "trace", "record")) return null;
            // "called for the governor's resignation": what is demanded has not happened; nor has what is feared or only wished for.
            if (IsDemanded(tokens, t) || IsForeseen(tokens, t) || IsWishedFor(tokens, t)) return null;
            // "agreed to pause strikes": what happens is a de-escalation (CAMEO 087), not strikes.
            if (IsStopped(tokens, t)) return EventRoles.IsViolent(trigger) ? EventLexicon.DeEscalation : null;
            if (IsPrevented(tokens, t) || IsCalledOff(tokens, t) || IsLifted(tokens, t, trigger)) return null;
            if (t + 2 < tokens.Count && (EventModality.IsModal(tokens, t + 1) || EventModality.IsModal(tokens, t + 2))) return null; // "talks should be inclusive"
            // "conceding to Russia's demands": the demands are not made here.
            if (t >= 4 && tokens[t - 1].Kind == TokenKind.Possessive && tokens[t - 3].Is("to") && tokens[t - 4].Text.EndsWith("ing", StringComparison.Ordinal)) return null;
            // "the call" with no partner named refers back to a call already reported.
            // "the stabbing", "this lockdown started on December 22": the event told before, perhaps with its date.
            // "Friday's signings": an event already told, named by its day.
            if (IsDefiniteReference(tokens, t) || t >= 2 && previous.Kind == TokenKind.Possessive && IsDayWord(tokens[t - 2]))
            {
                backReference = true;
                return trigger;
            }
            // "offensive messages", "advance notice": an adjective or modifier before its noun.
            if (trigger.Kind == "offensive" && t + 1 < tokens.Count && tokens[t + 1].IsWord && !tokens[t + 1].IsCapitalized && !CommonWords.IsFunctionWord(tokens[t + 1])) return null;
            if ((trigger.Kind == "release" || trigger.Kind == "publication" && trigger.Cameo == "000") && !(t + 1 < tokens.Count && tokens[t + 1].Is("of"))) return null; // "in one publication": a periodical
            // A ceasefire is an event when someone agrees to, accepts, declares or breaks one.
            if (trigger.Kind == "ceasefire" && !ClauseReader.HasWordBefore(tokens, t, 3, "agreed", "agree", "agreeing", "accepted", "accepting", "accept", "declared", "announced", "signed", "reached", "brokered", "violated", "broke"))
                return null;
            // An agreement (or a treaty) is an event when it is reached, signed or announced, not when it is hoped for or cited
            // ("cited Article 12 of the treaty").
            // A treaty told with its year or its making after it ("the 1929 peace treaty", "a treaty ..., which had been agreed") is one.
            var citedTreaty = tokens[t].Is("treaty") && EventAnchors.YearBeforeNoun(tokens, t) == 0 && !ClauseReader.HasWordAfter(tokens, t, 8, "agreed", "signed", "ratified", "concluded");
            if ((trigger.Kind == "agreement" || citedTreaty) && !ClauseReader.HasWordBefore(tokens, t, 4, "reached", "signed", "announced", "struck", "concluded", "finalized", "finalised", "ratified", "approved", "sealed"))
                return null;
            // Legislation is an event when it is passed or brought in, not when it is cited ("owing to privacy legislation").
            if (trigger.Kind == "legislation" && !ClauseReader.HasWordBefore(tokens, t, 5, "passed", "adopted", "introduced", "enacted", "approved", "signed", "new") && !ClauseReader.HasWordAfter(tokens, t, 3, "passed", "adopted", "introduced", "enacted", "approved"))
                return null;
            if (trigger.Kind is "award" && !ClauseReader.HasWord(tokens, "won", "wins", "awarded", "received")) return null;
            // "too big for a single monolithic sale": an indefinite act with no party of its own is a kind, not an occurrence.
            if (trigger.Cameo != "000" && IsBareIndefinite(tokens, t) && !UnnamedParties.TellsItHappened(tokens, t, trigger)) return null;
            needsPartner = true;
            return trigger;
        }

        /// <summary>A verb trigger is an event unless negated, an infinitive, or a participle before its noun.</summary>
        private static EventTrigger? VerbTrigger(SentenceInfo s, int t, EventTrigger trigger, Token previous)
        {
            var tokens = s.Tokens;
            var token = tokens[t];
            // "it was dismissed by the senate": a thing dismissed (a bill, a case) was rejected, nobody lost an office.
            if (trigger.Kind == "dismissal" && t >= 2 && tokens[t - 1].Is("was") && tokens[t - 2].Is("it")) return null;
            if (TriggerSenses.BefallsAPerson(s, t, trigger) || TriggerSenses.IsCollapseOfNoStructure(s, t, trigger)) return null; // "X collapsed on stage", "the talks collapsed"
            // "to stab": an infinitive tells no act, unless it is begun ("began to stab people") or decided ("voted to lift the
            // curfew", "decided unanimously to release them": the decision is the act told, coded by what was decided).
            var begun = t >= 2 && (tokens[t - 2].Is("began") || tokens[t - 2].Is("started") || tokens[t - 2].Is("continued") || IsDecided(tokens, t));
            if (t > 0 && (previous.Is("not") || previous.Is("never") || previous.Is("to") && !begun && !EventModality.HasPlannedCue(tokens, t))) return null;
            // "demanded the fine to be repaid": a passive infinitive is asked for, not told ("is to be sentenced" is planned,
            // "the first woman to be elected" was elected).
            if (t >= 2 && previous.Is("be") && tokens[t - 2].Is("to") && !(t >= 3 && ClauseReader.IsBeForm(tokens[t - 3])) && !EventModality.HasPlannedCue(tokens, t)
                && !ClauseReader.HasWordBefore(tokens, t - 2, 4, "first", "last", "only", "youngest", "oldest", "second")) return null;
            // "There were no Change UK candidates elected": nobody was.
            if (ClauseReader.HasWordBefore(tokens, t, 5, "no")) return null;
            if (t > 0 && previous.IsWord && (ClauseReader.IsDeterminerOrPossessive(previous.Text) || previous.Is("any") || previous.Is("some") || previous.Is("every") || previous.Is("no"))) return null; // "a negotiated settlement"
            // "fines over alleged bribes", "for disputed seats": a participle right after a preposition modifies a noun.
            if (t > 0 && token.Text.EndsWith("ed", StringComparison.Ordinal) && IsAny(previous, NounPrepositions)) return null;
            // "a plan on selling its ferries", "talked about attacking": a gerund a preposition governs is an act spoken of, not told.
            if (t > 0 && token.Text.EndsWith("ing", StringComparison.Ordinal) && IsAny(previous, GerundPrepositions)) return null;
            // "alleged that ...", "alleged X had ...": a verb whose object is a clause; before a bare noun it is an adjective ("has alleged links").
            if (IsAny(token, ClauseObjectVerbs) && t + 1 < tokens.Count && tokens[t + 1].IsWord && !tokens[t + 1].IsCapitalized && !CommonWords.IsFunctionWord(tokens[t + 1])) return null;
            // "41 pledged delegates", "the most pledged delegates": a participle before its noun.
            if (t > 0 && (previous.Kind == TokenKind.Number || previous.Is("most") || previous.Is("more")) && t + 1 < tokens.Count && tokens[t + 1].IsWord && !tokens[t + 1].IsCapitalized && !CommonWords.IsFunctionWord(tokens[t + 1])
                || t + 1 < tokens.Count && (tokens[t + 1].Is("delegates") || tokens[t + 1].Is("delegate"))) return null;
            // "selling socks": a trade, not a sale to someone; "over selling X to Y" is one.
            if (token.Is("selling") && !ClauseReader.HasWordAfter(tokens, t, 10, "to")) return null;
            if (trigger.Kind is "discussion" && !(t + 1 < tokens.Count && (tokens[t + 1].Is("with") || tokens[t + 1].Is("by")))) return null;
            // "met with X", "met X", "met on Monday with X": whom one meets is named; "met expectations" is no meeting.
            // "Ana Ruiz and Tomas Vell met on Monday": two named together meet each other.
            // "met her counterpart, Ana Ruiz": a role noun with the name in apposition (EventRoles.ObjectNamedInApposition).
            if (trigger.Kind is "meeting" && !(t + 1 < tokens.Count && (tokens[t + 1].Is("with") || tokens[t + 1].IsCapitalized) || WithAfterFrame(tokens, t) || NamesJoinedBefore(tokens, t) || MeetAmongThemselves(s, t) || EventRoles.ObjectNamedInApposition(s, t) || MeetsAnOfficeHolder(s, t))) return null;
            if (trigger.Cameo == "041" && !(t + 1 < tokens.Count && tokens[t + 1].IsCapitalized || EventRoles.ObjectNamedInApposition(s, t))) return null;
            // "questioned the President's power" challenges something named; "tested and questioned for hours" is an interrogation.
            // "questioned her abilities" is doubt, not a challenge to anyone.
            if (token.Is("questioned") && !(t + 1 < tokens.Count && (tokens[t + 1].IsCapitalized || tokens[t + 1].Is("the") || tokens[t + 1].Is("whether")))) return null;
            // "negotiated the release of X": the release is the event.
            // A court "overturned the conviction": the ruling is the event, the conviction what it rules on; "condemned the
            // attack": the criticism is an act of its own, aimed at whoever attacked; so is a rejection ("rejected the proposal"), and
            // so are a demand and an appeal ("demanded the release of X", "urged the resignation of X": the noun is only asked for).
            if (t + 2 < tokens.Count && EventLexicon.Find(tokens[t + 2]) is { IsNoun: true } && tokens[t + 1].Is("the") && trigger.Kind != "ruling" && !trigger.Cameo.StartsWith("11", StringComparison.Ordinal) && !trigger.Cameo.StartsWith("12", StringComparison.Ordinal)
                && !AsksForTheNoun(token, trigger)) return null;
            return trigger;
        }

        // The verbs whose noun object IsDemanded drops as only asked for: a demand, "urged".
        private static bool AsksForTheNoun(Token token, EventTrigger trigger) => trigger.Cameo.StartsWith("10", StringComparison.Ordinal) || token.Is("urged") || token.Is("urging");

        /// <summary>
        /// "call" is an event as a noun only when it is a phone call or a call with someone; talks, meetings and negotiations are
        /// with someone, or held by parties named together ("Ana Ruiz and Tomas Vell held talks").
        /// </summary>
        /// <summary>"Leaders of the African Union met in Niamey", "EU ministers met on Monday": a plural subject with nothing met meets among itself.</summary>
        private static bool MeetAmongThemselves(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (t + 1 < tokens.Count && tokens[t + 1].IsWord && s.Analysis.TagAt(t + 1) != Analysis.Tag.Preposition) return false; // "met expectations"
            return s.Analysis.ClauseOfVerb(t) is { Object: null, Subject: { IsPlural: true, IsPronoun: false } };
        }

        private static bool NamesJoinedBefore(List<Token> tokens, int t)
        {
            // "met on Monday", "met."; not "met expectations": nothing is met but each other.
            if (t + 1 < tokens.Count && tokens[t + 1].IsWord && !CommonWords.IsFunctionWord(tokens[t + 1])) return false;
            // "Ana Ruiz and Tomas Vell will meet", "have met": an auxiliary between the names and the verb.
            var last = t - 1;
            while (last >= 0 && last >= t - 2 && IsAny(tokens[last], AuxiliariesBeforeMeeting)) last--;
            if (last < 2 || !tokens[last].IsCapitalized) return false;
            for (var i = last - 1; i >= 1 && i >= last - 3; i--)
                if (tokens[i].Is("and")) return tokens[i - 1].IsCapitalized;
            return false;
        }

        private static readonly string[] AuxiliariesBeforeMeeting = { "will", "would", "shall", "have", "has", "had", "also", "last", "first" };

        // Whether the word is one of the lower-case words, without allocating its lower-case form.
        internal static bool IsAny(Token w, string[] words)
        {
            foreach (var word in words)
                if (w.Is(word)) return true;
            return false;
        }

        // "met on Monday with", "met yesterday with": a time between the verb and its "with".
        private static bool WithAfterFrame(List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + 4; i++)
            {
                if (tokens[i].Is("with")) return i > t + 1;
                if (!tokens[i].IsWord || !(tokens[i].Is("on") || tokens[i].Is("in") || tokens[i].Is("last") || tokens[i].Is("yesterday") || tokens[i].Is("today") || IsDayWord(tokens[i]))) return false;
            }
            return false;
        }

        internal static bool ReleasesInformation(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            // "a statement released by the ministry", "data released by the navy": the thing released comes first.
            if (t > 0 && tokens[t - 1].IsWord && InformationNouns.Contains(tokens[t - 1].Text)) return true;
            for (var i = t + 1; i < tokens.Count && i <= t + 4; i++)
            {
                if (s.MentionAt(i) is { } m && m.Entity.Kind == EntityKind.Person) return false;
                var w = tokens[i];
                if (w.Is("them") || w.Is("it") || w.IsWord && InformationNouns.Contains(w.Text)) return true;
                if (w.Is("prisoners") || w.Is("hostages") || w.Is("detainees") || w.Is("captives") || w.Is("him") || w.Is("her")) return false;
            }
            return false;
        }

        /// <summary>What is published rather than freed when it is "released".</summary>
        private static readonly HashSet<string> InformationNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "report", "reports", "messages", "statement", "statements", "video", "data", "findings", "documents", "details", "results", "figures",
            "album", "footage", "images", "recording",
        };

        /// <summary>What is attacked in words: "attacked the decision", "attacked his remarks" is criticism (CAMEO 111), not force.</summary>
        private static readonly HashSet<string> MessageNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "proclamation", "decision", "decisions", "plan", "plans", "policy", "policies", "remarks", "comments", "statement", "statements", "move",
            "proposal", "proposals", "law", "bill", "report", "idea", "ideas", "speech", "claims", "claim", "ruling", "recognition", "announcement", "deal",
            "investigation", "inquiry", "probe", "verdict", "media", "press", "findings", "allegations", "accusations",
        };

        /// <summary>"attacked the proclamation of X": the object, after its determiners and modifiers, is a message.</summary>
        private static bool AttacksAMessage(List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + 4; i++)
            {
                if (!tokens[i].IsWord) return false;
                if (MessageNouns.Contains(tokens[i].Text)) return true;
            }
            return false;
        }

        internal static bool IsDefiniteReference(List<Token> tokens, int t)
        {
            var d = t - 1;
            while (d >= 0 && tokens[d].IsWord && (tokens[d].Is("phone") || tokens[d].Is("telephone") || tokens[d].Text.EndsWith("ly", StringComparison.Ordinal))) d--;
            if (d < 0 || !(tokens[d].Is("the") || tokens[d].Is("this") || tokens[d].Is("that"))) return false;
            // "he suggested that negotiations begin": after a verb "that" opens a clause, it does not point back.
            if (tokens[d].Is("that") && d > 0 && tokens[d - 1].IsWord && (CueVerbs.Lemma(tokens[d - 1]) is not null || tokens[d - 1].Text.EndsWith("ed", StringComparison.Ordinal))) return false;
            return !IntroducedByComplement(tokens, t);
        }

        internal static bool IsBareIndefinite(List<Token> tokens, int t)
        {
            var i = t - 1;
            while (i >= 0 && i >= t - 3 && tokens[i].IsWord && !tokens[i].IsCapitalized && !CommonWords.IsFunctionWord(tokens[i])) i--;
            if (i < 0 || !(tokens[i].Is("a") || tokens[i].Is("an"))) return false;
            // "held a meeting", "launched an attack": a verb makes the act happen.
            if (i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && (!CommonWords.IsFunctionWord(tokens[i - 1]) || tokens[i - 1].Is("had") || tokens[i - 1].Is("has") || tokens[i - 1].Is("have"))) return false;
            // "a shooting took place", "a riot broke out": the next verb makes it happen; "was injured in an attack": so does the harm it did.
            if (UnnamedParties.IsSubjectOfOccurrence(tokens, t) || i >= 2 && tokens[i - 1].Is("in") && IsAny(tokens[i - 2], EventLexicon.HarmedWords)) return false;
            return !(t + 1 < tokens.Count && (tokens[t + 1].Is("of") || tokens[t + 1].Is("on") || tokens[t + 1].Is("against") || tokens[t + 1].Is("with") || tokens[t + 1].Is("by") || tokens[t + 1].Is("to") || tokens[t + 1].Is("between")));
        }

        internal static bool IsDayWord(Token w) =>
            w.IsCapitalized && DatelineReader.IsWeekdayOrMonth(w.Text) || w.Is("yesterday") || w.Is("today") || w.Is("tonight");
    }
}
