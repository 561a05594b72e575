using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Who takes part in an event: the clause subject, a possessor, the people named before.
    /// </summary>
    internal static partial class EventRoles
    {
        /// <summary>A demonym that modifies no actor ("its Malaysian stores", "in French"): not a party.</summary>
        internal static bool IsMediation(EventTrigger trigger) => trigger.Cameo is "039" or "045" or "028";

        internal static bool NamesNoActor(Mention m, List<Token> tokens) => m.IsDemonym && (m.TokenEnd >= tokens.Count || !IsActorNoun(tokens[m.TokenEnd]) && !ModifiedActorNoun(tokens, m.TokenEnd));

        // "the Chilean foreign ministry", "Norwegian security forces": one lower-case modifier before a body of the state (not a
        // person: "the Greek foreign minister", "a Georgian tennis player" name no party).
        private static bool ModifiedActorNoun(List<Token> tokens, int at) =>
            at + 1 < tokens.Count && tokens[at].IsWord && char.IsLower(tokens[at].Text[0]) && !CommonWords.IsFunctionWord(tokens[at]) && IsReportingBodyHead(tokens[at + 1]);


        /// <summary>Nouns a demonym turns into a party: "Russian troops", "the Greek government", "Polish police", "Norwegian warplanes".</summary>
        internal static bool IsActorNoun(Token w) =>
            w.IsWord && (CommonWords.IsGroupNoun(w.Text) || Titles.IsRoleNoun(w) || EventLexicon.IsStatePartyNoun(w.Text) || w.IsCapitalized || EntityRecognizer.InstitutionName(w.Text) is not null
                // "Russian jets bombed ...", "its drones hit ...": the arms a state's forces act with stand for it.
                || EventLexicon.IsMilitaryMeans(w.Text));

        internal static bool IsSpeechAct(EventTrigger t) =>
            t.Kind is "condolences" or "appeal" or "criticism" or "demand" or "threat" or "statement" or "rejection" or "accusation" or "pledge" or "invitation" or "intent" or "agreement";

        /// <summary>An occurrence no one did: an accident, a disaster, an outbreak, or a fire.</summary>
        internal static bool IsOccurrenceNoOneDid(EventTrigger trigger) => HappensWithoutActor(trigger) || trigger.Kind == "fire";

        /// <summary>
        /// Outbreaks, accidents and natural disasters happen to people rather than being done by them: with nobody
        /// named they are still events ("A measles outbreak spread in May"). Acts need an actor.
        /// </summary>
        internal static bool HappensWithoutActor(EventTrigger trigger) =>
            trigger.Cameo == "000" && trigger.Kind is "outbreak" or "crash" or "sinking" or "collapse" or "derailment" or "explosion" or "earthquake" or "flood" or "storm"
                or "wildfire" or "tsunami" or "landslide" or "eruption" or "accident" or "stampede";

        /// <summary>Nature's occurrences: nobody does them, so only the countries they strike take part.</summary>
        internal static bool IsNatural(EventTrigger trigger) =>
            trigger.Cameo == "000" && trigger.Kind is "outbreak" or "earthquake" or "flood" or "storm" or "wildfire" or "tsunami" or "landslide" or "eruption";

        /// <summary>
        /// Deaths with nobody named are news when they are counted ("56 people died", "the deaths of 22 shoppers");
        /// "a culture of death" counts nobody. So is a fire told as taking place ("a blaze gutted the depot", TriggerSenses.FireTakesPlace).
        /// </summary>
        internal static bool HappensWithoutActor(EventTrigger trigger, List<Token> tokens, int t)
        {
            if (HappensWithoutActor(trigger)) return true;
            if (trigger.Kind == "fire") return TriggerSenses.FireTakesPlace(tokens, t);
            if (trigger.Kind == "sentencing") return ScheduledSentencings.SetForLater(trigger, tokens, t); // its accused is named before (ScheduledSentencings)
            if (trigger.Kind != "death") return false;
            for (var i = Math.Max(0, t - 4); i < tokens.Count && i <= t + 4; i++)
                if (tokens[i].Kind == TokenKind.Number || Array.IndexOf(CountWords, tokens[i].Lower) >= 0) return true;
            return false;
        }

        // "two small children died", "dozens died": deaths counted in words.
        private static readonly string[] CountWords = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands", "dozen", "scores" };

        /// <summary>
        /// "the Freedonian government closed the schools", "Freedonia's parliament voted", "the cabinet of Freedonia lifted the
        /// ban": a country named with its institution is that institution acting, when the text names it
        /// (<see cref="EntityDraft.Institution"/>). A country named alone ("Freedonia closed its border") stays the actor.
        /// </summary>
        internal static void InstitutionsActing(SentenceInfo s, List<EntityDraft> participants)
        {
            for (var i = 0; i < participants.Count; i++)
                if (participants[i].IsCountry && InstitutionOfEveryMention(s, participants[i]) is { } body && !participants.Contains(body)) participants[i] = body;
        }

        // "Norland held an election for the Norlandic Parliament": a country named once as itself is itself, not its institution.
        private static EntityDraft? InstitutionOfEveryMention(SentenceInfo s, EntityDraft country)
        {
            EntityDraft? body = null;
            foreach (var m in s.Mentions)
            {
                if (m.Entity != country) continue;
                if (country.Institution(InstitutionNamedWith(s.Tokens, m)) is not { } named || body is not null && body != named) return null;
                body = named;
            }
            return body;
        }

        private static string? InstitutionNamedWith(List<Token> tokens, Mention m)
        {
            if (EntityRecognizer.InstitutionAfter(tokens, m, out var at) is { } institution)
                // "the U.S. government shutdown": the institution word modifies the event's own noun; the country is what it happens to.
                return at + 1 < tokens.Count && tokens[at + 1].IsWord && EventLexicon.Find(tokens[at + 1]) is { IsNoun: true } ? null : institution;
            return m.IsDemonym ? null : EntityRecognizer.InstitutionBefore(tokens, m, out _);
        }

        /// <summary>
        /// "X was released from prison in 2018", "X was arrested on Friday", "X was extradited to Y": what the justice system does to one person is
        /// news with nobody else named, and so is an accusation ("Norland was accused of genocide"); other passives with one
        /// subject and no agent are too often side remarks.
        /// </summary>
        internal static bool UndergoneAlone(EventTrigger trigger) => trigger.Kind is "release" or "arrest" or "conviction" or "sentencing" or "imprisonment" or "charge" or "extradition" or "accusation";

        internal static bool IsViolent(EventTrigger trigger) => string.CompareOrdinal(trigger.Cameo, "18") >= 0 && trigger.Cameo != "000";

        /// <summary>An attack, an accident or a disaster: the deaths it causes are its own (the gold's convention); an outbreak's are counted apart.</summary>
        internal static bool CoversItsDeaths(EventTrigger trigger) => IsViolent(trigger) || IsOccurrenceNoOneDid(trigger) && trigger.Kind != "outbreak";

        /// <summary>"despite criticism", "amid protests": a noun naming the circumstance of another act.</summary>
        internal static bool IsCircumstance(List<Token> tokens, int t) => ClauseReader.HasWordBefore(tokens, t, 2, CircumstanceWords);

        // One array, not one per call: asked several times of every noun trigger an event is built for.
        private static readonly string[] CircumstanceWords = { "despite", "amid", "amidst" };

        /// <summary>The subject nearest before the trigger: a named entity not governed by a preposition, a pronoun, or "both leaders".</summary>
        internal static List<EntityDraft> NearestSubject(SentenceInfo s, int t, int start, EntityDraft? salient, List<SentenceInfo> sentences)
        {
            // The list found, not an iterator over it: an iterator was an allocation per call, and every caller reads it all.
            var tokens = s.Tokens;
            if (HasUnnamedSubject(s, t)) return NoSubjects;
            // The first verb's object passed over for the subject the two verbs share; the subject still, when none stands before it.
            Mention? sharedVerbObject = null;
            for (var i = t - 1; i >= start; i--)
            {
                var m = s.MentionAt(i);
                if (m is not null)
                {
                    i = m.TokenStart;
                    // "The group, which Iran backs, attacked": the name in the relative clause is passed over, up to its opening comma
                    // (which may stand before a clause start read inside it: "who met the envoy that Norland sent, resigned").
                    if (SetOffRelativeOpening(s, m, t) is var opening && opening >= 0) { i = opening; continue; }
                    if (!CanBeSubject(s, m, t) || ObjectOfFirstConjunct(s, m, t)) continue;
                    if (ObjectBeforeSharedVerb(s, m, t)) { sharedVerbObject ??= m; continue; }
                    return Conjuncts(s, m, start, t);
                }
                if (!tokens[i].IsWord || ReferringWord(s, i, t, start, salient, sentences) is not { } referents) continue;
                return referents;
            }
            return sharedVerbObject is null ? NoSubjects : Conjuncts(s, sharedVerbObject, start, t);
        }

        // No subject: shared, never added to (callers only read what NearestSubject returns).
        private static readonly List<EntityDraft> NoSubjects = new();

        /// <summary>
        /// "X attacked people, and one of them died", "two of the hostages were freed": the verb's own subject is a part of some
        /// group the sentence does not name, so no one named earlier in the sentence takes its place. ("A gunman shot" is not:
        /// the article often names him later.)
        /// </summary>
        private static bool HasUnnamedSubject(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            // "one of ...": without an "of" before the verb the subject is none such, and the analysis is not asked.
            if (!ClauseReader.HasWordBefore(tokens, t - 1, t - 1, "of") || s.Analysis.ClauseOfVerb(t) is not { Subject: { } subject } || subject.End > t || subject.End + 1 >= t || !tokens[subject.End].Is("of")) return false;
            var first = tokens[subject.Start];
            if (!(first.Is("one") || first.Is("some") || first.Is("several") || first.Is("many") || first.Is("none") || s.Analysis.TagAt(subject.Start) == Analysis.Tag.Number)) return false;
            for (var i = subject.Start; i < t; i++)
                if (s.MentionAt(i) is not null) return false;
            return true;
        }

        /// <summary>"X labeled Y a smuggler and levied sanctions": Y, right after the first verb, is its object, not the second verb's subject.</summary>
        private static bool ObjectOfFirstConjunct(SentenceInfo s, Mention m, int t)
        {
            var tokens = s.Tokens;
            var verb = VerbBefore(tokens, m);
            if (verb >= 1 && IsPastVerbLike(tokens[verb]))
                for (var i = m.TokenEnd; i + 1 < t; i++)
                    if (tokens[i].Is("and") && IsPastVerbLike(tokens[i + 1])) return true;
            return ObjectBeforePassiveConjunct(s, m, t);
        }

        /// <summary>
        /// "X shot Y on Monday and was arrested", "X founded Y, but was jailed": a passive verb joined by "and was" or "but was"
        /// ("were") undergoes what the shared subject X does; Y, the first verb's object, is neither its subject nor a party of it.
        /// </summary>
        internal static bool ObjectBeforePassiveConjunct(SentenceInfo s, Mention m, int t)
        {
            var tokens = s.Tokens;
            if (m.TokenStart >= t) return false;
            for (var i = m.TokenEnd; i + 1 < t; i++)
                if ((tokens[i].Is("and") || tokens[i].Is("but")) && IsPastPassiveAuxiliary(tokens[i + 1]))
                    return VerbBefore(tokens, m) is var verb && verb >= 1 && s.Analysis.TagAt(verb) == Analysis.Tag.Verb && s.Analysis.IsPassiveAt(t);
            return false;
        }

        // The word before a mention and its "the": the verb whose object the mention may be.
        private static int VerbBefore(List<Token> tokens, Mention m)
        {
            var verb = m.TokenStart - 1;
            return verb > 0 && tokens[verb].Is("the") ? verb - 1 : verb;
        }

        private static bool IsPastPassiveAuxiliary(Token w) => w.Is("was") || w.Is("were");

        private static bool IsPastVerbLike(Token w) => w.IsWord && char.IsLower(w.Text[0]) && w.Text.Length > 3 && w.Text.EndsWith("ed", StringComparison.Ordinal);

        /// <summary>
        /// "Velden TV photographer Ana Ruiz", "Norland singer Karel Brandt": a name before a role noun and a person's name
        /// says whom the person works for or where they are from; the person is the party. So does a possessor before a role
        /// or kin noun and the name ("Karel Brandt's lawyer Ana Ruiz", "Brandt's nephew, Tomas Vell").
        /// </summary>
        internal static bool ModifiesANamedPerson(SentenceInfo s, Mention m)
        {
            if (TitledPersonAfter(s, m) is not null) return true; // "Norway Minister of Fisheries Liv Aune"
            if (PossessorOfNamedRole(s, m)) return true;
            var tokens = s.Tokens;
            var i = m.TokenEnd;
            while (i < tokens.Count && i < m.TokenEnd + 3 && tokens[i].IsWord && !tokens[i].IsCapitalized && !CommonWords.IsFunctionWord(tokens[i])) i++;
            if (i == m.TokenEnd || s.MentionAt(i) is not { Entity.Kind: EntityKind.Person } person || person.Entity == m.Entity) return false;
            // Only nouns and their adjectives between: "Velden TV photographer", not "X sentenced Y" or "X's forces killed Y".
            var analysis = s.Analysis;
            for (var k = m.TokenEnd; k < i; k++)
                if (analysis.TagAt(k) is not (Analysis.Tag.Noun or Analysis.Tag.Adjective) || EventLexicon.Find(tokens[k]) is not null) return false;
            return analysis.TagAt(i - 1) == Analysis.Tag.Noun;
        }

        /// <summary>A mention that can head a clause: not a possessor of something else, not a place or a preposition's object, not "American teacher".</summary>
        private static bool CanBeSubject(SentenceInfo s, Mention m, int t)
        {
            var tokens = s.Tokens;
            if (m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive && m.TokenEnd + 1 != t) return false;
            if (NamesTheCountryOfAForce(tokens, m)) return true; // "Police in Chile arrested": Chile's police, no place
            if (m.Entity.Kind == EntityKind.Place && ClauseReader.IsPlacePreposition(tokens, m.TokenStart)) return false;
            // "a ferry sank near Eastvale, Freedonia, on Monday": a place after a place and a comma is the same location;
            // "the Velden Parliament, Freedonia voted": a country after a body and a comma is its address.
            if (m.Entity.Kind == EntityKind.Place && m.TokenStart >= 2 && tokens[m.TokenStart - 1].IsPunct(',') && s.MentionAt(m.TokenStart - 2) is { Entity.Kind: EntityKind.Place } || IsAddressTail(s, m)) return false;
            var before = m.TokenStart - 1;
            if (before >= 0 && tokens[before].Is("the")) before--;
            // A subject is never a preposition's object, save "the government of X", "the parliament of X", "both houses of X" (a
            // legislature's chambers) and the body a group comes from ("researchers from Ostrel University reported").
            if (before >= 0 && tokens[before].IsWord && ClauseReader.IsGoverningPreposition(tokens[before]) && !(tokens[before].Is("of") && before > 0 && (CommonWords.IsGroupNoun(tokens[before - 1].Text) || EntityRecognizer.InstitutionName(tokens[before - 1].Text) is not null || IsChambersOf(tokens, before, m)))
                && !FromAGroup(tokens, before, m)) return false;
            // "spoke at the Velden Council on Monday, meeting with X": a participle after a comma or "and" shares the main clause's
            // subject; a venue after "at", "in" or "on" is never its subject.
            if (before >= 0 && (tokens[before].Is("at") || tokens[before].Is("in") || tokens[before].Is("on")) && IsParticipleAfterComma(tokens, t)) return false;
            // "the Greek foreign minister", "two French police officers": a nationality before people names no party (the gold's convention).
            if (m.IsDemonym && DescribesPeople(tokens, m.TokenEnd)) return false;
            if (ModifiesANamedPerson(s, m)) return false;
            if (NamesNoActor(m, tokens)) return false; // "its Malaysian stores"
            return true;
        }

        // "both houses of the Norland Parliament", "the two chambers of Congress", "both chambers of the Velden Diet" (a
        // demonym before the body's noun): the chambers of a body named after "of" act as it.
        private static bool IsChambersOf(List<Token> tokens, int of, Mention m) =>
            (m.Entity.Kind == EntityKind.Organization || m.IsDemonym && m.TokenEnd < tokens.Count && EntityRecognizer.InstitutionName(tokens[m.TokenEnd].Text) is not null) && (tokens[of - 1].Is("houses") || tokens[of - 1].Is("chambers")) && of >= 2 && (tokens[of - 2].Is("both") || tokens[of - 2].Is("two") || tokens[of - 2].Is("the"));

        private static bool IsParticipleAfterComma(List<Token> tokens, int t) =>
            t > 0 && ClauseReader.IsIngForm(tokens[t]) && (tokens[t - 1].IsPunct(',') || tokens[t - 1].Is("and"));

        private static bool DescribesPeople(List<Token> tokens, int after)
        {
            for (var k = after; k < tokens.Count && k <= after + 1; k++)
            {
                var word = tokens[k].Text;
                if (!tokens[k].IsWord) return false;
                if (Titles.IsRoleNoun(word) || PeopleNouns.Contains(word) || IsRoleNounPlural(word)) return true;
            }
            return false;
        }

        /// <summary>"officers", "ministers": the plural of a role noun.</summary>
        internal static bool IsRoleNounPlural(string word) => word.Length > 3 && word[word.Length - 1] == 's' && Titles.IsRoleNoun(word.Substring(0, word.Length - 1));

        private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "officers", "officials", "citizens", "nationals", "people", "men", "women", "tourist", "tourists", "student", "students", "woman", "man",
        };

        internal static bool OnlyConjunctionsBetween(List<Token> tokens, int from, int to)
        {
            for (var i = from; i < to; i++)
                if (!(tokens[i].IsPunct(',') || tokens[i].Is("and"))) return false;
            return to > from;
        }

        internal static EntityDraft? FirstPersonBefore(SentenceInfo s, int token, string? pronoun = null) => FirstPersonBetween(s, -1, token, pronoun);

        /// <summary>The first person named after <paramref name="after"/> and before <paramref name="before"/> who may be the pronoun.</summary>
        private static EntityDraft? FirstPersonBetween(SentenceInfo s, int after, int before, string? pronoun)
        {
            foreach (var m in s.Mentions)
                if (m.TokenStart > after && m.TokenStart < before && m.Entity.Kind == EntityKind.Person && Agrees(m.Entity, pronoun)) return m.Entity;
            return null;
        }

        /// <summary>Whether a person may be "he" or "she": unless the English given-name lists say otherwise.</summary>
        internal static bool Agrees(EntityDraft? person, string? pronoun)
        {
            if (person is null || pronoun is null) return true;
            var space = person.Name.IndexOf(' ');
            return space <= 0 || GivenNames.PronounOf(person.Name.Substring(0, space)) is not { } known || known == pronoun;
        }

        // The first person after the nearest speech cue that has one before the pronoun ("X told reporters that Y had announced his").
        private static EntityDraft? FirstPersonInReport(SentenceInfo s, int token, string pronoun)
        {
            for (var cue = token - 1; cue >= 0; cue--)
                if (ClauseReader.IsSpeechCue(s.Tokens, cue) && FirstPersonBetween(s, cue, token, pronoun) is { } person) return person;
            return null;
        }

        internal static EntityDraft? FirstPersonAfter(SentenceInfo s, int token)
        {
            foreach (var m in s.Mentions)
                if (m.TokenStart > token && m.Entity.Kind == EntityKind.Person) return m.Entity;
            return null;
        }

        /// <summary>"the strikers' demands", "the workers' strike": a noun whose owner is a group nobody named has no named actor.</summary>
        internal static bool HasUnnamedOwner(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var p = t - 1;
            while (p >= 0 && tokens[p].IsWord && char.IsLower(tokens[p].Text[0]) && p > t - 3) p--;
            if (p < 1 || !IsPossessiveMark(tokens, p) || s.MentionAt(p - 1) is not null) return false;
            var owner = tokens[p - 1];
            if (!owner.IsWord || !char.IsLower(owner.Text[0])) return false;
            // "his cousin's death", "her husband's arrest": someone's relative or associate, named nowhere in the phrase.
            if (p >= 2 && ClauseReader.IsPossessivePronoun(tokens[p - 2])) return true;
            return owner.Text.EndsWith("s", StringComparison.Ordinal) && !owner.Is("country") && !owner.Is("nation");
        }

        /// <summary>"X's", or "protesters'": a plural's bare apostrophe, which the tokenizer may read as a closing quotation mark.</summary>
        internal static bool IsPossessiveMark(List<Token> tokens, int p) =>
            tokens[p].Kind == TokenKind.Possessive
            || p > 0 && tokens[p].Text is "'" or "\u2019" && tokens[p - 1].IsWord && tokens[p - 1].Text.EndsWith("s", StringComparison.Ordinal);

        internal static EntityDraft? Possessor(SentenceInfo s, int t, EntityDraft? salient, EntityDraft? lastCountry)
        {
            var tokens = s.Tokens;
            var p = t - 1;
            while (p >= 0 && tokens[p].IsWord && !ClauseReader.IsDeterminerOrPossessive(tokens[p].Text) && char.IsLower(tokens[p].Text[0]) && p > t - 4) p--;
            if (p < 0) return null;
            if (tokens[p].Is("his") || tokens[p].Is("her"))
            {
                // "David Holt wept after learning of her death": "her" is no man whose given name says he is one.
                var pronoun = ClauseReader.SubjectFormOf(tokens[p])!;
                // "In his speech, X said": a possessive in a fronted phrase points ahead; "His death was announced by his son" does not.
                var fronted = p > 0 && p <= 2;
                // "Tomas Vell told reporters that Karel Brandt had lost his seat": in a reported clause, its own subject before the speaker.
                return FirstPersonInReport(s, p, pronoun) ?? FirstPersonBefore(s, p, pronoun) ?? (fronted ? FirstPersonAfter(s, t) : null) ?? (Agrees(salient, pronoun) ? salient : null);
            }
            // "The Velden council issued a summons to Mayor Ana Ruiz as part of its inquiry": "its" is never a person's.
            if (tokens[p].Is("its")) return ItsOwner(s, p);
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

        /// <summary>"sworn in after the resignation of Governor X": who resigns is the person named after "of", not the clause's subject.</summary>
        internal static EntityDraft? ResignerAfterOf(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (trigger.Kind != "resignation" || t + 2 >= s.Tokens.Count || !s.Tokens[t + 1].Is("of")) return null;
            for (var i = t + 2; i < s.Tokens.Count && i <= t + 5; i++)
                if (s.MentionAt(i) is { Entity.Kind: EntityKind.Person } m) return m.Entity;
            return null;
        }

        internal static void AddParticipant(List<EntityDraft> participants, EntityDraft? entity)
        {
            if (entity is not null && !participants.Contains(entity)) participants.Add(entity);
        }
    }
}
