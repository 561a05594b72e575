using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// What the words around a trigger say of it: an act stopped, prevented, demanded, claimed or launched, and the word
    /// lists those readings need.
    /// </summary>
    internal static partial class TriggerFinder
    {
        /// <summary>
        /// "negotiation strategy", "search and rescue teams": a trigger word that modifies a compound's head noun, alone or as the
        /// first of two lower-case nouns joined by "and", names a kind of team or plan, not an event.
        /// </summary>
        internal static bool ModifiesCompoundHead(List<Token> tokens, int t)
        {
            if (t + 1 < tokens.Count && tokens[t + 1].IsWord && EventLexicon.IsCompoundHead(tokens[t + 1].Text)) return true;
            return t + 3 < tokens.Count && (tokens[t + 1].Is("and") || tokens[t + 1].Is("&")) && tokens[t + 2].IsWord && !tokens[t + 2].StartsUpper
                && !CommonWords.IsFunctionWord(tokens[t + 2]) && tokens[t + 3].IsWord && EventLexicon.IsCompoundHead(tokens[t + 3].Text);
        }

        /// <summary>Whether the token's word is in a lexicon's word list (any case: the lists compare ignoring case, as Token.Is does).</summary>
        internal static bool IsAny(Token w, HashSet<string> words) => w.Text is { } text && words.Contains(text);

        /// <summary>"agreed to pause strikes", "ended its offensive": the act stops.</summary>
        internal static bool IsStopped(List<Token> tokens, int t)
        {
            for (var i = Math.Max(0, t - 5); i < t; i++)
                if (IsAny(tokens[i], EventLexicon.StoppingVerbs) && !IsNounOfItsPhrase(tokens, i)) return true;
            return false;
        }

        /// <summary>
        /// "lifted the curfew", "eased its sanctions on Norway": a restriction or a sanction (CAMEO 172x, 163) lifted is eased (CAMEO 08,
        /// the phrase rows), not imposed.
        /// </summary>
        internal static bool IsLifted(List<Token> tokens, int t, EventTrigger trigger) =>
            (trigger.Cameo == "163" || trigger.Cameo.StartsWith("172", StringComparison.Ordinal)) && ClauseReader.HasWordBefore(tokens, t, 4, EventLexicon.LiftingVerbs);

        // "an apartment block caught fire", "the ban followed talks": a bare stopping word after a determiner or a lower-case noun
        // or adjective heads a noun phrase that stops nothing; the verb stands after "to", a modal or its subject ("agreed to pause strikes").
        private static bool IsNounOfItsPhrase(List<Token> tokens, int i)
        {
            var w = tokens[i].Text;
            if (i == 0 || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) return false;
            var before = tokens[i - 1];
            // "a halt to the offensive", "a ban on strikes": the noun still stops what follows it.
            if (i + 1 < tokens.Count && (tokens[i + 1].Is("to") || tokens[i + 1].Is("on"))) return false;
            return before.IsWord && (ClauseReader.IsDeterminerOrPossessive(before.Lower) || !before.StartsUpper && !CommonWords.IsFunctionWord(before) && !EventModality.IsModal(tokens, i - 1));
        }

        /// <summary>
        /// "foiled an attack", "banned the sale of alcohol", "avoided a fraud conviction": the noun is the object of a
        /// preventing verb, with no preposition between ("fled after the airstrikes" is no object), and never happened.
        /// </summary>
        internal static bool IsPrevented(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 0 && i >= t - 5; i--)
            {
                if (IsAny(tokens[i], EventLexicon.PreventingVerbs)) return true;
                if (!tokens[i].IsWord || ClauseReader.IsGoverningPreposition(tokens[i]) || IsAny(tokens[i], EventLexicon.FramingWords)) return false;
            }
            return false;
        }

        /// <summary>
        /// "Ana Ruiz's trip to Velden was cancelled", "the summit, which was called off": an act whose noun is then told as called
        /// off did not take place.
        /// </summary>
        internal static bool IsCalledOff(List<Token> tokens, int t)
        {
            for (var i = t + 1; i + 1 < tokens.Count && i <= t + 8; i++)
            {
                if (tokens[i].IsPunct('.') || tokens[i].IsPunct(';')) return false;
                if (!(tokens[i].Is("was") || tokens[i].Is("were") || tokens[i].Is("been"))) continue;
                var next = tokens[i + 1];
                return IsAny(next, EventLexicon.CallingOffWords) || next.Is("called") && i + 2 < tokens.Count && tokens[i + 2].Is("off");
            }
            return false;
        }

        /// <summary>"claimed he was unfairly jailed", "alleges that she was assaulted": what a claim asserts is not told as having happened.</summary>
        private static bool IsClaimedOnly(SentenceInfo s, int t, bool isNoun)
        {
            var tokens = s.Tokens;
            // Most sentences claim nothing: no clause to find. Where the first claim verb is, is asked once per sentence.
            if (s.FirstClaimVerb is var firstClaim && (firstClaim < 0 || firstClaim >= t)) return false;
            var start = ClauseReader.Clause(s, t).Start;
            if (start > 0 && tokens[start - 1].Is("that")) start--;
            if (start > 0 && IsAny(tokens[start - 1], EventLexicon.ClaimVerbs)) return true;
            // "claimed he was imprisoned", "claimed the Velden Front bombed": a clause after the claim that opens with a pronoun or,
            // for an act it tells, a name; not "claimed responsibility for the bombing", nor "claims police blame the explosion on a leak"
            // (the explosion is not in doubt).
            for (var c = t - 2; c >= 0 && c >= t - 6; c--)
                if (IsAny(tokens[c], EventLexicon.ClaimVerbs)) return OpensAClause(tokens[c + 1], isNoun);
            return false;
        }

        private static bool OpensAClause(Token w, bool isNoun) =>
            w.IsWord && (CommonWords.IsPersonalPronoun(w.Text) && !w.Is("his") && !w.Is("her") || !isNoun && w.IsCapitalized);

        /// <summary>The first claim verb among <paramref name="tokens"/>, -1 when there is none.</summary>
        internal static int FirstClaimVerb(List<Token> tokens)
        {
            // Token.Is, not a kept answer on the form: it compares the token's own length first, and reading each word's form
            // (elsewhere in memory) cost more than the comparisons. The token's length alone turns most words away first.
            for (var i = 0; i < tokens.Count; i++)
            {
                var length = tokens[i].Length;
                if (length >= ShortestClaimVerb && length <= LongestClaimVerb && IsAny(tokens[i], EventLexicon.ClaimVerbs)) return i;
            }
            return -1;
        }

        // The shortest and longest claim verb: a word of another length is none.
        private static readonly int ShortestClaimVerb = System.Linq.Enumerable.Min(EventLexicon.ClaimVerbs, static w => w.Length);
        private static readonly int LongestClaimVerb = System.Linq.Enumerable.Max(EventLexicon.ClaimVerbs, static w => w.Length);

        /// <summary>
        /// "is serving a ten-year sentence": a sentence served is a state, not the sentencing; "commuted the prison sentence
        /// of X", "the sentence was commuted in 2004": the commutation is the act, not a sentencing.
        /// </summary>
        private static bool IsServedOrCommuted(List<Token> tokens, int t) =>
            ClauseReader.HasWordBefore(tokens, t, 4, "serving", "serve", "serves", "served", "commuted", "commute", "commutes", "reduced", "vacated", "overturned")
            || ClauseReader.HasWordAfter(tokens, t, 3, "commuted", "reduced", "vacated", "overturned");

        /// <summary>
        /// The act a killing is part of, when the sentence names it: "killed in an airstrike" (anywhere in the sentence: the weapon
        /// is aerial), "was killed in a shooting", "died in a bombing" (the verb's occasion); null when none is named.
        /// </summary>
        private static string? ActOfKilling(List<Token> tokens, int t, bool noun)
        {
            if (ClauseReader.HasWord(tokens, EventLexicon.AerialWeapons)) return "airstrike";
            if (noun) return null;
            if (ClauseReader.HasWordAfter(tokens, t, 4, "shooting", "shootings")) return "shooting";
            return ClauseReader.HasWordAfter(tokens, t, 4, "bombing", "bombings") ? "bombing" : null;
        }

        private static bool LaunchesAnEvent(List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + 4; i++)
            {
                if (!tokens[i].IsWord) return false;
                // "launched a military operation", "launched an air strike": an operation or a strike launched is the act itself (its phrase row), no launch;
                // "launched this event": an occasion launched is held, no body or thing launched.
                if (EventLexicon.Find(tokens[i]) is { IsNoun: true, Kind: not "launch" } || tokens[i].Is("operation") || tokens[i].Is("operations") || tokens[i].Is("strike") || tokens[i].Is("event") || tokens[i].Is("events")) return true;
            }
            return false;
        }

        /// <summary>
        /// "Several papers published stories on the crash", "the site published the take-down notice": news items a medium or a
        /// website puts out (the verb "publish" with one of them in its object, read up to a preposition) are no study's
        /// publication (the gold's discovery group); "published a study on news stories" still publishes a study.
        /// </summary>
        private static bool PublishesNews(List<Token> tokens, int t)
        {
            if (!tokens[t].Text.StartsWith("publish", StringComparison.OrdinalIgnoreCase)) return false;
            for (var i = t + 1; i < tokens.Count && i <= t + 5; i++)
            {
                if (IsAny(tokens[i], EventLexicon.NewsItems)) return true;
                if (EventLexicon.IsStudyNoun(tokens[i].Text) || IsAny(tokens[i], ObjectEnds)) return false;
            }
            return false;
        }

        // Prepositions that end a verb's object ("published stories on the crash").
        private static readonly string[] ObjectEnds = { "on", "in", "of", "about", "by", "at", "from", "for", "with", "over", "to" };

        /// <summary>"called for X's resignation", "demanded the release of": the noun is what is asked for.</summary>
        internal static bool IsDemanded(List<Token> tokens, int t)
        {
            // "The strikers' demands include higher pay and the dismissal of the manager": every item the list names.
            for (var i = 0; i + 1 < t; i++)
                if ((tokens[i].Is("demands") || tokens[i].Is("requests")) && (tokens[i + 1].Is("include") || tokens[i + 1].Is("included") || tokens[i + 1].Is("includes") || tokens[i + 1].IsPunct(':'))) return true;
            for (var i = t - 1; i >= 0 && i >= t - 5; i--)
            {
                var w = tokens[i];
                if (w.Is("for") && i > 0 && IsAny(tokens[i - 1], EventLexicon.AskingForVerbs)) return true;
                if (w.Is("demanded") || w.Is("demanding") || w.Is("demand") || w.Is("demands") || w.Is("urged") || w.Is("urging") || IsAny(w, EventLexicon.SeekingWords)) return true;
                if (!(w.IsWord || w.Kind == TokenKind.Possessive)) return false;
            }
            return false;
        }

        /// <summary>
        /// "the risk of a Norland flood", "fears of an uprising", "warned of a strike": what is foreseen or feared has not happened;
        /// nor has what someone is warned against ("warned Norland against any attack on Ostrel", "cautioned against a strike").
        /// </summary>
        internal static bool IsForeseen(List<Token> tokens, int t)
        {
            if (IsFaced(tokens, t)) return true;
            var of = t - 1;
            while (of > 0 && of >= t - 4 && tokens[of].IsWord && !tokens[of].Is("of") && !tokens[of].Is("against")) of--;
            if (of <= 0) return false;
            if (tokens[of].Is("of")) return IsAny(tokens[of - 1], EventLexicon.ForeseeingWords);
            if (!tokens[of].Is("against")) return false;
            // Whom the warning is given to may stand between ("warned the Norland government against").
            for (var i = of - 1; i >= 0 && i >= of - 4; i--)
                if (IsAny(tokens[i], EventLexicon.WarningWords)) return true;
            return false;
        }

        /// <summary>
        /// "faces deportation", "is facing possible extradition", "could face a trial", "faces a mandatory life sentence": a
        /// measure someone faces has not been taken; charges faced have been brought ("faces charges of fraud" tells a charge).
        /// </summary>
        private static bool IsFaced(List<Token> tokens, int t)
        {
            if (IsAny(tokens[t], EventLexicon.FacedCharges)) return false;
            var k = t - 1;
            while (k >= 0 && k >= t - 4 && IsAny(tokens[k], EventLexicon.FacedModifiers)) k--;
            return k >= 0 && IsAny(tokens[k], EventLexicon.FaceVerbs);
        }

        /// <summary>"the release of X", "the talks with Y": a new event is introduced by its complement.</summary>
        internal static bool IntroducedByComplement(List<Token> tokens, int t)
        {
            if (t + 1 < tokens.Count && (tokens[t + 1].Is("of") || tokens[t + 1].Is("to") || tokens[t + 1].Is("against") || tokens[t + 1].Is("on"))) return true;
            for (var i = t + 1; i < tokens.Count && i <= t + 5; i++)
                if (tokens[i].Is("with") || tokens[i].Is("between")) return true;
            return false;
        }

        /// <summary>"was nominated twice for a Grammy award": a candidate for an honour holds no post (nor has won it).</summary>
        private static bool NominatedForAnHonour(List<Token> tokens, int t, EventTrigger trigger) =>
            trigger.Kind == "appointment" && tokens[t].Text.StartsWith("nominat", StringComparison.OrdinalIgnoreCase) && ClauseReader.HasWordAfter(tokens, t, 4, EventLexicon.HonourNouns);

        internal static bool HasPartner(List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + 5; i++)
            {
                // "with the exception of": an exclusion, not a partner.
                if (tokens[i].Is("with") && i + 2 < tokens.Count && tokens[i + 2].Is("exception")) continue;
                if (tokens[i].Is("with") || tokens[i].Is("between") || tokens[i].Is("involving")) return true;
            }
            return false;
        }

        /// <summary>"voted to lift", "decided unanimously to release": the verb at <paramref name="t"/> is an infinitive a verb of deciding governs.</summary>
        internal static bool IsDecided(List<Token> tokens, int t) =>
            t >= 2 && tokens[t - 1].Is("to") && (tokens[t - 2].IsWord && EventLexicon.IsDecision(tokens[t - 2].Text)
                || t >= 3 && tokens[t - 2].Text.EndsWith("ly", System.StringComparison.Ordinal) && tokens[t - 3].IsWord && EventLexicon.IsDecision(tokens[t - 3].Text));

        /// <summary>
        /// "voted to expel the envoy", "decided to condemn Norland": the infinitive of a decided act whose trigger row lists only
        /// the verb's other forms ("expelled", "condemned") is coded as that row codes the verb (the dictionary leaves the verbs of
        /// the rows to them, so without this the decision told is no event at all); null when not decided or no row has the verb.
        /// </summary>
        internal static EventTrigger? DecidedInfinitive(List<Token> tokens, int t) => IsDecided(tokens, t) ? BaseFormTrigger(tokens[t].Lower) : null;

        /// <summary>
        /// "will expel the envoy", "said it will sue Ostrel Shipping", "will soon deport him": the base form after "will" or "shall"
        /// (one adverb in "-ly", "also" or "soon" may stand between) of a verb whose trigger row lists only its other forms
        /// ("expelled", "sued") is coded as that row codes the verb, the act planned (the auxiliary makes it so); the rows that list
        /// a base form ("meet", "impose") code it themselves. Not after "would", which the analysis reads as only possible
        /// (ModalityRules: "would resign"), as the dictionary does: it tells habits and hypotheses as often as plans.
        /// Null when no auxiliary comes before or no row has the verb.
        /// </summary>
        internal static EventTrigger? FutureBaseForm(List<Token> tokens, int t) => FollowsFuture(tokens, t, infinitive: false) ? BaseFormTrigger(tokens[t].Lower) : null;

        /// <summary>
        /// "will expel", "shall soon expel", "will formally expel": the verb follows "will" or "shall", one adverb in "-ly", "also"
        /// or "soon" may stand between; with <paramref name="infinitive"/>, "to" too ("is to endorse", "to jointly endorse"): the
        /// dictionary's verbs, whose clause the analysis reads after, take it, not a trigger row's base form ("refused to expel").
        /// </summary>
        internal static bool FollowsFuture(List<Token> tokens, int t, bool infinitive) =>
            t >= 1 && IsFutureWord(tokens[t - 1], infinitive)
            || t >= 2 && IsFutureWord(tokens[t - 2], infinitive) && (tokens[t - 1].Text.EndsWith("ly", StringComparison.Ordinal) || tokens[t - 1].Is("also") || tokens[t - 1].Is("soon"));

        private static bool IsFutureWord(Token w, bool infinitive) => w.Is("will") || w.Is("shall") || infinitive && w.Is("to");

        /// <summary>The verb row of another form of the verb whose base form <paramref name="word"/> is ("expel": the row of "expelled"), or null.</summary>
        internal static EventTrigger? BaseFormTrigger(string word)
        {
            foreach (var verb in CameoVerbLexicon.Instance.VerbsOfForm(word))
            {
                if (!string.Equals(verb.Lemma, word, StringComparison.OrdinalIgnoreCase)) continue; // the base form only
                foreach (var form in verb.Forms)
                    if (EventLexicon.Find(form) is { IsNoun: false } trigger) return trigger;
            }
            return null;
        }

        /// <summary>
        /// "voted to release them": a noun's word as the infinitive of a decided act is the verb. "voted to fire the coach",
        /// "decided to launch an inquiry": the verb's own row ("fired", "launched") codes it, as its past form would, with its tests.
        /// </summary>
        private static EventTrigger? DecidedVerb(SentenceInfo s, int t, EventTrigger noun, Token previous) =>
            Refine(s.Tokens, t, BaseFormTrigger(s.Tokens[t].Lower) ?? new EventTrigger(noun.Cameo, noun.Kind, false, noun.Name, noun.NeedsAfter), previous) is { } verb ? VerbTrigger(s, t, verb, previous) : null;

        private static bool LacksAPartner(SentenceInfo s, int t, EventTrigger trigger, Token previous)
        {
            var tokens = s.Tokens;
            if (trigger.Kind == "call") return !(previous.Is("phone") || previous.Is("telephone") || previous.Is("follow-up") || t + 1 < tokens.Count && tokens[t + 1].Is("with"));
            return trigger.Kind is "discussion" or "meeting" or "negotiation" && !HasPartner(tokens, t) && !HeldByNamedParties(s, t);
        }

        private static bool HeldByNamedParties(SentenceInfo s, int t)
        {
            if (s.Analysis.ClauseTaking(t) is not { Subject.Conjuncts: { Count: > 1 } parties }) return false;
            foreach (var party in parties)
                if (!party.HeadToken.IsCapitalized) return false;
            return true;
        }

        /// <summary>"met the Chilean president", "met the Norwegian prime minister": an office-holder named by the state's adjective is whom one meets.</summary>
        private static bool MeetsAnOfficeHolder(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (t + 3 >= tokens.Count || !tokens[t + 1].Is("the") || s.MentionAt(t + 2) is not { IsDemonym: true, Entity.IsCountry: true } state) return false;
            for (var k = state.TokenEnd; k < tokens.Count && k <= state.TokenEnd + 1; k++)
                if (EventBuilder.IsRankOfAState(tokens[k])) return true;
            return false;
        }

        /// <summary>"agreed on Monday to ...", "agreed on May 4": "on" dates the agreeing; it names no terms agreed on.</summary>
        internal static bool NamesADay(List<Token> tokens, int i) =>
            i < tokens.Count && !tokens[i].NamesNoDay && Reading.DatelineReader.IsWeekdayOrMonth(tokens[i].Text);

        /// <summary>
        /// "signed the Velden Harbour Protection Act": an act named with a capital "Act" (after a capitalized word or "the") in the
        /// object, before any punctuation, is a law signed, not a treaty.
        /// </summary>
        internal static bool SignsANamedAct(List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + 8; i++)
            {
                if (tokens[i].Kind == TokenKind.Punctuation) return false;
                if (tokens[i].Text is "Act" or "Acts" && (tokens[i - 1].StartsUpper || tokens[i - 1].Is("the"))) return true;
            }
            return false;
        }

        /// <summary>A past or present verb form, or an auxiliary: "went", "signed", "was", "has".</summary>
        internal static bool LooksLikeVerb(Token w) =>
            w.Text.EndsWith("ed", StringComparison.Ordinal) || w.Is("was") || w.Is("were") || w.Is("has") || w.Is("had") || w.Is("is") || w.Is("went") || w.Is("said") || EventLexicon.Find(w) is { IsNoun: false };
    }
}
