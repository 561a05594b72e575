using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Senses of trigger words read in their sentence: words aimed at someone, campaign rallies, naming with "called".</summary>
    internal static partial class TriggerSenses
    {
        /// <summary>"attacked Ana Ruiz for her remarks", "took a veiled shot at Ruiz": an attack or a shot aimed at a person in words.</summary>
        internal static bool IsAttackInWords(SentenceInfo s, int t, EventTrigger trigger)
        {
            var tokens = s.Tokens;
            if (trigger.IsNoun) return false;
            if (trigger.Kind == "shooting" && t + 1 < tokens.Count && tokens[t + 1].Is("at") && ClauseReader.HasWordBefore(tokens, t, 4, "took", "take", "takes", "taking"))
                return true;
            if (trigger.Kind != "attack") return false;
            if (DescribesAs(s, t) || AttackedOnAnOccasionOfWords(s, t) || AttackedAQuotedNotion(tokens, t)) return true; // "attacked the policy as racist", "attacked Ruiz during the debates"
            // "attacked the government's decision", "attacked his remarks": a decision or words are attacked in words.
            if (s.Analysis.ClauseOfVerb(t)?.Object is { } aimedAt && EventLexicon.IsStanceNoun(aimedAt.HeadToken.Text)) return true;
            if (s.MentionAt(t + 1) is not { Entity.Kind: EntityKind.Person } target) return false;
            var after = target.TokenEnd;
            // "attacked Ruiz on cutting budgets": a topic, not a day.
            return after < tokens.Count && (tokens[after].Is("for") || tokens[after].Is("over") || tokens[after].Is("as")
                || tokens[after].Is("on") && after + 1 < tokens.Count && tokens[after + 1].Text.EndsWith("ing", StringComparison.Ordinal));
        }

        /// <summary>
        /// "took a parting shot in an interview", "took a cheap shot": a shot taken with no "at" after it is a remark or a try (at a goal,
        /// a photo), no one fired on; "took a veiled shot at Ruiz" is criticism (<see cref="IsAttackInWords"/>).
        /// </summary>
        internal static bool IsShotTaken(SentenceInfo s, int t, EventTrigger trigger)
        {
            var tokens = s.Tokens;
            if (trigger.Kind != "shooting" || !tokens[t].Is("shot") || t + 1 < tokens.Count && tokens[t + 1].Is("at")) return false;
            // "took a shot", "took a parting shot": the article (and an adjective) between the verb and the noun.
            for (var i = t - 1; i >= 0 && i >= t - 3; i--)
                if (tokens[i].Is("a") || tokens[i].Is("an")) return i > 0 && TriggerFinder.IsAny(tokens[i - 1], TakingVerbs);
            return false;
        }

        private static readonly string[] TakingVerbs = { "took", "take", "takes", "taking", "taken" };

        /// <summary>
        /// "assailed the plan", "hammered Ruiz for her remarks": a verb of force that news also uses for attacks in words (event-words.tsv)
        /// aims at words or at a person as "attacked" does in words; elsewhere ("a storm hammered the coast") it is no criticism.
        /// </summary>
        internal static bool IsVerbalAttack(SentenceInfo s, int t) =>
            EventLexicon.IsVerbalAttack(s.Tokens[t].Text) && EventLexicon.Find("attacked") is { } attack && IsAttackInWords(s, t, attack);

        // "attacked X as a tool", "attacked X as racist": "as" with a description after the object, before any comma.
        private static bool DescribesAs(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            for (var i = t + 2; i + 1 < tokens.Count && i <= t + 7; i++)
            {
                if (tokens[i].IsPunct(',') || tokens[i].IsPunct('.') || tokens[i].IsPunct(';')) return false;
                // "assailed the summit as the "worst in years"": a quoted description is words too.
                if (tokens[i].Is("as"))
                    return tokens[i + 1].Is("a") || tokens[i + 1].Is("an") || s.Analysis.TagAt(i + 1) == Analysis.Tag.Adjective || tokens[i + 1].IsOpeningQuote
                        || tokens[i + 1].Is("the") && i + 2 < tokens.Count && tokens[i + 2].IsOpeningQuote;
            }
            return false;
        }

        /// <summary>
        /// "Tomas Vell was discovered unresponsive in his flat": a person found is no discovery, which is of a thing or a finding
        /// ("the comet was discovered by the observatory"); "Ana Ruiz collapsed on stage": a person who collapses is taken ill,
        /// no building nor bridge fell ("the Velden Bridge collapsed").
        /// </summary>
        internal static bool BefallsAPerson(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (trigger.IsNoun || !(trigger.Kind == "discovery" && s.Analysis.IsPassiveAt(t) || trigger.Kind == "collapse")) return false;
            if (s.Analysis.ClauseOfVerb(t)?.Subject is not { } subject) return false;
            if (subject.IsPronoun) return s.Tokens[subject.Head].Is("he") || s.Tokens[subject.Head].Is("she");
            foreach (var m in s.Mentions)
                if (subject.Contains(m.TokenStart) && m.Entity.Kind == EntityKind.Person) return true;
            // "the man had collapsed", "a worker was discovered in the shaft": a noun of people heads the subject.
            return s.MentionAt(subject.Head) is null && IsPeople(s, subject.Head);
        }

        /// <summary>
        /// "Talks between Chile and Peru collapsed", "the coalition collapsed", "the currency collapsed": what fails is an
        /// undertaking or a body, not a building; no accident happened (the talks themselves are their own event).
        /// </summary>
        internal static bool IsCollapseOfNoStructure(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (trigger.Kind != "collapse" || trigger.IsNoun) return false;
            // The subject's words, or where the analysis found none the clause's words before the verb ("Talks" opening a sentence
            // reads as a verb).
            var start = t - 1;
            if (s.Analysis.ClauseOfVerb(t)?.Subject is { } subject) start = subject.Start;
            else
                while (start > 0 && !s.Tokens[start - 1].IsPunct(',')) start--;
            // An undertaking noun heads them where the verb or a preposition follows it ("Talks between Chile and Peru", "the ruling
            // coalition in Halvik", "In Halvik talks collapsed"); "the government building collapsed" is a building.
            for (var k = start; k < t; k++)
                if (s.MentionAt(k) is null && TriggerFinder.IsAny(s.Tokens[k], EventLexicon.UndertakingNouns) && (k + 1 == t || TriggerFinder.IsAny(s.Tokens[k + 1], HeadEnders)))
                    return true;
            return false;
        }

        // The prepositions that end the head of a subject: "talks between", "the coalition in".
        private static readonly string[] HeadEnders = { "between", "of", "in", "with" };

        /// <summary>"it is offensive to many", "deeply offensive remarks": the adjective, not a military offensive.</summary>
        internal static bool IsOffensiveAdjective(SentenceInfo s, int t) =>
            s.Tokens[t].Is("offensive") && (t + 1 < s.Tokens.Count && (s.Tokens[t + 1].Is("to") || s.Analysis.TagAt(t + 1) == Analysis.Tag.Noun)
                || t > 0 && s.Analysis.TagAt(t - 1) is Analysis.Tag.Auxiliary or Analysis.Tag.Verb or Analysis.Tag.Adverb);

        /// <summary>
        /// "resigned in protest", "quit the cabinet in protest at the deal": "in protest" tells why someone left a post, which is
        /// the act told (the resignation); nobody demonstrated.
        /// </summary>
        internal static bool IsMannerOfLeaving(List<Token> tokens, int t)
        {
            if (t < 2 || !tokens[t - 1].Is("in")) return false;
            for (var i = t - 2; i >= 0 && i >= t - 6; i--)
            {
                if (!tokens[i].IsWord) return false;
                if (TriggerFinder.IsAny(tokens[i], EventLexicon.LeavingVerbs)) return true;
            }
            return false;
        }

        /// <summary>
        /// "called" right after a noun that is some verb's or preposition's object ("found at a site called X"), or after a
        /// comma or bracket with an adverb between ("X, also called Y"), names the thing; a subject calls ("the minister called X").
        /// </summary>
        internal static bool NamesRatherThanCalls(SentenceInfo s, int t)
        {
            var analysis = s.Analysis;
            var i = t - 1;
            if (i >= 0 && analysis.TagAt(i) == Analysis.Tag.Adverb) i--;
            if (i < 0) return false;
            var before = s.Tokens[i];
            if (before.IsPunct(',') || before.IsPunct('('))
            {
                if (i < t - 1) return true;
                // "a scooter fitted with two batteries, called Zoomix": a comma right after an object noun names it too.
                if (!before.IsPunct(',') || --i < 0 || s.Tokens[i].IsCapitalized) return false;
                before = s.Tokens[i];
            }
            // A common noun, or a name: "a site called X", "the Governor of Ostrel called X".
            var tag = analysis.TagAt(i);
            if (!(tag == Analysis.Tag.Noun || tag == Analysis.Tag.ProperNoun && before.IsCapitalized)) return false;
            var start = analysis.ChunkAt(i)?.Start ?? i;
            if (before.IsCapitalized)
            {
                // "sold to a nephew of the Governor of Ostrel called Karel Brandt": a name inside a phrase opened by a determiner after
                // a preposition or verb; "The Mayor of Velden called Karel Brandt" is the subject and calls.
                start = OfPhraseStart(s, start);
                if (start < 1 || !(s.Tokens[start].Is("the") || s.Tokens[start].Is("a") || s.Tokens[start].Is("an"))) return false;
                return analysis.TagAt(start - 1) is Analysis.Tag.Preposition or Analysis.Tag.Verb;
            }
            // A gerund ("using a technology called X") may be read as a noun; its "-ing" tells it.
            return start > 0 && (analysis.TagAt(start - 1) is Analysis.Tag.Preposition or Analysis.Tag.Verb or Analysis.Tag.Auxiliary
                || s.Tokens[start - 1].IsWord && s.Tokens[start - 1].Text.EndsWith("ing", StringComparison.Ordinal));
        }

        // Back over "of" links to the start of the whole noun phrase ("the Mayor of Velden").
        private static int OfPhraseStart(SentenceInfo s, int start)
        {
            while (start >= 2 && s.Tokens[start - 1].Is("of") && s.Analysis.TagAt(start - 2) is Analysis.Tag.Noun or Analysis.Tag.ProperNoun)
                start = s.Analysis.ChunkAt(start - 2)?.Start ?? start - 2;
            return start;
        }

        /// <summary>
        /// Whether "released" / "the release of" frees people: a person named or referred to, or a noun of people, as what is
        /// released (the object, the "of" phrase, or the subject of a passive), and not "released from hospital".
        /// </summary>
        internal static bool ReleasesPeople(SentenceInfo s, int t, bool isNoun)
        {
            var tokens = s.Tokens;
            if (ClauseReader.HasWordAfter(tokens, t, 3, "hospital", "hospitals")) return false;
            // "after being released from prison": only people leave prison, jail or custody.
            if (ClauseReader.HasWordAfter(tokens, t, 3, "prison", "jail", "custody", "detention", "captivity")) return true;
            for (var i = t + 1; i < tokens.Count && i <= t + 5; i++)
            {
                if (IsPeople(s, i)) return true;
                if (tokens[i].Kind == TokenKind.Punctuation || tokens[i].Is("from") || tokens[i].Is("on") || tokens[i].Is("in")) break;
            }
            // "Tomas Vell was released on bail", "the hostages were freed": a passive's subject before its verb.
            var be = t - 1;
            if (be >= 0 && tokens[be].Text.EndsWith("ly", StringComparison.Ordinal)) be--;
            if (isNoun || be < 0 || !(tokens[be].Is("was") || tokens[be].Is("were") || tokens[be].Is("been") || tokens[be].Is("being") || tokens[be].Is("be"))) return false;
            for (var i = be - 1; i >= 0 && i >= be - 6; i--)
                if (IsPeople(s, i)) return true;
            return SubjectBeforeRelative(s, be) is var subject && subject >= 0 && IsPeople(s, subject);
        }

        private static bool IsPeople(SentenceInfo s, int i)
        {
            var w = s.Tokens[i];
            if (s.MentionAt(i) is { } m) return m.Entity.Kind == EntityKind.Person;
            return w.IsWord && (w.Is("him") || w.Is("her") || w.Is("them") || w.Is("he") || w.Is("she") || w.Is("they") || TriggerFinder.IsAny(w, EventLexicon.FreedPeopleNouns));
        }

        /// <summary>The event noun is a modifier: a common noun follows it ("hurricane warning", "death sentence").</summary>
        internal static bool ModifiesANoun(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (t + 1 >= tokens.Count || !tokens[t + 1].IsWord || tokens[t + 1].IsCapitalized || TriggerFinder.IsAny(tokens[t + 1], EventLexicon.EventKeepingHeads)) return false;
            // "a ruling finding that", "an earthquake causing deaths": a participle after the noun is no compound.
            if (tokens[t + 1].Text.EndsWith("ing", StringComparison.Ordinal) && !tokens[t + 1].Is("warning")) return false;
            // Function words ("the attack on", "talks with") are turned away before the sentence analysis is asked for.
            if (CommonWords.IsFunctionWord(tokens[t + 1])) return false;
            return s.Analysis.TagAt(t + 1) == Analysis.Tag.Noun;
        }

        /// <summary>
        /// "two elected officials", "the newly elected president", "a proposed change": a past participle between a
        /// determiner, a number or a possessive and its noun describes the noun; it tells no act.
        /// </summary>
        internal static bool IsAttributiveParticiple(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (!tokens[t].Text.EndsWith("ed", StringComparison.Ordinal) || t + 1 >= tokens.Count || !tokens[t + 1].IsWord) return false;
            // "the detained suspect" was detained: only an arrest stays told by its participle.
            if (EventLexicon.Find(tokens[t]) is { Kind: "arrest" }) return false;
            var before = t - 1;
            // "the newly elected", "then-newly appointed": adverbs and a "then-" between.
            // "a soon-to-be released film": a "-to-be" compound too.
            var newly = false;
            while (before >= 0 && (tokens[before].IsWord && (tokens[before].Text.EndsWith("ly", StringComparison.Ordinal) || tokens[before].Text.EndsWith("-be", StringComparison.Ordinal)) || tokens[before].IsPunct('-') || tokens[before].Is("then")))
                newly |= tokens[before--].Lower.EndsWith("newly", StringComparison.Ordinal);
            // "met elected officials", "with elected officials": after a full verb or a preposition too, not after "was" or "has".
            // Word tests turn most verbs away before the sentence analysis is asked for (it costs): a name or a pronoun
            // before the verb is its subject ("Ana Ruiz elected", "they arrested"), a function word after it no noun.
            var next = tokens[t + 1];
            if (CommonWords.IsFunctionWord(next) && !Titles.IsTitleWord(next) && !CommonWords.IsGroupNoun(next.Text)) return false;
            // "between Karel Brandt and newly elected President Ana Ruiz": "newly" describes a noun whatever stands before it.
            if (before >= 0 && !newly && !(TriggerFinder.IsAny(tokens[before], Describers) || tokens[before].Kind is TokenKind.Number or TokenKind.Possessive))
            {
                var w = tokens[before];
                if (!w.IsWord || w.IsCapitalized || CommonWords.IsPersonalPronoun(w.Text) || TriggerFinder.IsAny(w, Auxiliaries)) return false;
                if (s.Analysis.TagAt(before) is not (Analysis.Tag.Verb or Analysis.Tag.Preposition)) return false;
            }
            if (Titles.IsTitleWord(next) || Titles.IsRoleNoun(next)) return true;
            // "her alleged secret payments": adjectives may stand between the participle and its noun.
            var noun = t + 1;
            while (noun + 1 < tokens.Count && s.Analysis.TagAt(noun) == Analysis.Tag.Adjective) noun++;
            return s.Analysis.TagAt(noun) is Analysis.Tag.Noun or Analysis.Tag.ProperNoun;
        }

        private static readonly string[] Auxiliaries = { "was", "were", "is", "are", "has", "had", "have", "be", "been", "who", "which", "that" };

        /// <summary>
        /// "is hearing impaired", "expects hearing more": an -ing form right after a verb or an auxiliary is the verb's
        /// form, not the event noun ("a hearing", "the court's hearing"). Violence is left alone ("were bombing the city").
        /// </summary>
        internal static bool IsVerbGerund(SentenceInfo s, int t, EventTrigger trigger) =>
            t > 0 && t + 1 < s.Tokens.Count && !EventRoles.IsViolent(trigger) && s.Tokens[t].Text.EndsWith("ing", StringComparison.Ordinal)
            && s.Tokens[t - 1].IsWord && !ClauseReader.IsDeterminerOrPossessive(s.Tokens[t - 1].Lower) && s.Tokens[t + 1].IsWord // word tests first: the analysis costs
            && s.Analysis.TagAt(t - 1) is Analysis.Tag.Verb or Analysis.Tag.Auxiliary or Analysis.Tag.Modal
            // "caused flooding and damage" names the event; a verb form takes its object or complement right after it.
            && s.Analysis.TagAt(t + 1) is Analysis.Tag.Determiner or Analysis.Tag.Adjective or Analysis.Tag.Adverb or Analysis.Tag.Pronoun or Analysis.Tag.Verb or Analysis.Tag.Number;

        // Words that open a noun phrase ("that" and "this" are left out: "the law that banned protests" is a relative clause).
        private static readonly string[] Describers = { "a", "an", "the", "his", "her", "their", "its", "our", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "newly" };

        /// <summary>
        /// What killed, when an occurrence no one did stands before "killed" in its clause: "outbreak" for a disease, the kind
        /// word for an accident or a disaster; null when a person or a group may have done it.
        /// </summary>
        internal static string? KilledByAnOccurrence(System.Collections.Generic.List<Token> tokens, int t)
        {
            // "The typhoon crossed the northern coast overnight into Wednesday, killing 20": a participle after a comma has the sentence's subject.
            var window = t > 0 && tokens[t - 1].IsPunct(',') ? 25 : 8;
            if (window == 25 && DrivingCollision(tokens, t)) return "traffic";
            for (var i = t - 1; i >= 0 && i >= t - window; i--)
            {
                var w = tokens[i];
                if (w.IsPunct(';') || w.IsPunct('.')) break;
                if (!w.IsWord) continue;
                if (TriggerFinder.IsAny(w, EventLexicon.DiseaseWords)) return "outbreak";
                if (TriggerFinder.IsAny(w, EventLexicon.NaturalForces)) return "disaster";
                if (EventLexicon.Find(w) is { IsNoun: true } occurrence && EventRoles.IsOccurrenceNoOneDid(occurrence))
                    return occurrence.Kind == "outbreak" ? "outbreak" : occurrence.Kind;
            }
            return t > 0 && (tokens[t - 1].Is("were") || tokens[t - 1].Is("was") || tokens[t - 1].Is("been")) ? OccurrenceAfterPassive(tokens, t) : null;
        }

        /// <summary>"Five passengers were killed when a ferry capsized", "were killed in the collapse": the accident told after a passive.</summary>
        private static string? OccurrenceAfterPassive(System.Collections.Generic.List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + 15; i++)
            {
                var w = tokens[i];
                if (w.IsPunct(';') || w.IsPunct('.')) break;
                if (w.IsWord && EventLexicon.Find(w) is { } occurrence && EventRoles.IsOccurrenceNoOneDid(occurrence)) return occurrence.Kind;
            }
            return null;
        }
        /// <summary>
        /// "A fire destroyed 200 homes", "a blaze yesterday morning killed five", "the hotel caught fire", "a fire broke out at the
        /// depot", "a fire was reported at the sawmill": a fire told as taking place, an occurrence even with nobody named
        /// (as an accident is); "fire safety checks" or "a fire could spread" tell none. The noun's own clause, read up to its
        /// verb: an occurrence verb or a verb of what a fire does (event-words.tsv), after any auxiliary.
        /// </summary>
        internal static bool FireTakesPlace(System.Collections.Generic.List<Token> tokens, int t) =>
            t > 0 && TriggerFinder.IsAny(tokens[t - 1], CatchWords) || VerbSaysItHappened(tokens, t + 1);

        // The clause of a fire's, a storm's or an attack's noun read from <paramref name="from"/> up to its verb: an occurrence verb
        // or a verb of what a fire, a storm or an attack does (event-words.tsv), after any auxiliary.
        internal static bool VerbSaysItHappened(System.Collections.Generic.List<Token> tokens, int from, bool harmOnly = false)
        {
            for (var i = from; i < tokens.Count && i <= from + 9; i++)
            {
                var w = tokens[i];
                if (w.Kind == TokenKind.Number) continue;
                if (!w.IsWord) return false; // a comma or a quotation mark: the verb is another clause's
                if (!harmOnly && EventLexicon.IsOccurrenceVerb(w.Text) || EventLexicon.IsHarmVerb(w.Text)) return true;
                if (w.Is("broke")) return !harmOnly && i + 1 < tokens.Count && tokens[i + 1].Is("out");
                if (TriggerFinder.IsAny(w, FireAuxiliaries)) continue;
                if (w.Is("which") || w.Is("that") || w.Is("who") || TriggerFinder.LooksLikeVerb(w) || EventLexicon.IsSpeculative(w.Text)) return false;
            }
            return false;
        }

        /// <summary>
        /// "a bus crashed and caught fire", "a road accident followed by a fire injured three": a fire told with a crash, a
        /// collision or an explosion in one sentence is that accident's (one occurrence, as deaths in it are), not one of its own.
        /// </summary>
        internal static bool PartOfAnAccident(System.Collections.Generic.List<Token> tokens, int t)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var w = tokens[i];
                if (i == t || !w.IsWord) continue;
                if (w.Is("collided") || w.Is("collides")) return true;
                if (EventLexicon.Find(w) is { } other && other.Kind != "fire" && EventRoles.HappensWithoutActor(other) && !EventRoles.IsNatural(other)) return true;
            }
            return false;
        }

        /// <summary>
        /// The storm of a storm's name told as happening: its kind word, capitalized, before the name ("Hurricane Mira hit the
        /// coast", "as Tropical Storm Karel reached the coast"), and the name the subject of a verb that says what a storm did;
        /// null for any other word, a name of something else ("Storm Velden Castle", "the Velden Storm"), or a storm only named
        /// ("victims of Hurricane Mira").
        /// </summary>
        internal static EventTrigger? NamedStorm(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (t + 1 >= tokens.Count || !tokens[t + 1].IsWord || !tokens[t + 1].StartsUpper || EventLexicon.Find(tokens[t]) is not { Kind: "storm" } storm) return null;
            // "Storm Ciara" and "Storm Velden Castle" look alike: a bare "Storm" names a storm only after "Tropical".
            var tropical = t > 0 && tokens[t - 1].Is("tropical");
            if (tokens[t].Is("storm") && !tropical || t > 0 && tokens[t - 1].StartsUpper && !tropical) return null;
            var after = t + 1;
            while (after < tokens.Count && tokens[after].IsWord && tokens[after].StartsUpper) after++;
            return VerbSaysItHappened(tokens, after) ? storm : null;
        }

        private static readonly string[] CatchWords = { "caught", "catch", "catches", "catching" };

        private static readonly string[] FireAuxiliaries = { "was", "were", "has", "had", "have" };
    }
}
