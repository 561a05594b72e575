using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Whether an event happened, is planned, or is only spoken of (speculation, modals).
    /// </summary>
    internal static class EventModality
    {
        internal static bool IsModal(List<Token> tokens, int i)
        {
            var t = tokens[i];
            return t.Is("should") || t.Is("must") || t.Is("could") || t.Is("might") || t.Is("may") && !IsMonthOrName(tokens, i) || t.Is("ought");
        }

        /// <summary>"on May 5", "in May", "Prime Minister Ana May said": a capital "May" inside a sentence, or before a number, is a month or a name, no modal.</summary>
        internal static bool IsMonthOrName(List<Token> tokens, int i) =>
            string.Equals(tokens[i].Text, "May", StringComparison.Ordinal) && (i > 0 && !tokens[i - 1].IsOpeningQuote || i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number);

        /// <summary>"is to leave", "are to find", "is to be sworn in" (the passive too): the future.</summary>
        internal static bool IsToFuture(List<Token> tokens, int t)
        {
            if (t >= 3 && tokens[t - 1].Is("be") && tokens[t - 2].Is("to")) t--;
            return t >= 2 && tokens[t - 1].Is("to") && (tokens[t - 2].Is("is") || tokens[t - 2].Is("are") || tokens[t - 2].Is("was") || tokens[t - 2].Is("were"));
        }

        /// <summary>
        /// "The Ostrel Party vowed to investigate": a verb of promising before "to" whose phrase row codes the act promised
        /// (event-phrases.tsv), not the promise (an intent, CAMEO 03x) nor a threat (13x), tells that act as still to come.
        /// The verbs are those that plan the verb after their "to" (ModalityRules, VerbTo), asked through the cue lexicon's lemma.
        /// </summary>
        internal static bool IsPromisedAct(List<Token> tokens, int t, EventTrigger trigger) =>
            !trigger.IsNoun && !trigger.Cameo.StartsWith("03", StringComparison.Ordinal) && !trigger.Cameo.StartsWith("13", StringComparison.Ordinal)
            && t + 1 < tokens.Count && tokens[t + 1].Is("to") && CueVerbs.Lemma(tokens[t]) is { } lemma
            && Analysis.ModalityRules.Find(lemma, Analysis.ModalityCue.VerbTo) is { Modality: Analysis.Modality.Planned };

        internal static bool HasPlannedCue(List<Token> tokens, int t)
        {
            if (IsToFuture(tokens, t)) return true;
            for (var i = Math.Max(0, t - 5); i < t; i++)
                if (tokens[i].IsWord && EventLexicon.IsPlanned(tokens[i].Text)) return true;
            return false;
        }

        internal static bool IsSpeculative(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (AsksAbout(tokens, t) || IsCounterfactual(tokens, t) || IsOnlyTried(tokens, t) || IsDeniedThat(tokens, t) || IsUnrealizedReport(s, t)) return true;
            // The clause (which may need the sentence analysis) is read only when a speculative word stands before the trigger at all.
            return HasSpeculativeWord(tokens, 0, t) && HasSpeculativeWord(tokens, ClauseReader.Clause(s, t).Start, t);
        }

        private static bool HasSpeculativeWord(List<Token> tokens, int start, int t)
        {
            for (var i = start; i < t; i++)
                // Asked of every word before every trigger: the answer kept on the word's form, not a hash of its text.
                if (tokens[i].IsWord && (tokens[i].Form is { } form ? form.Has(WordTrait.SpeculativeWord) : EventLexicon.IsSpeculative(tokens[i].Text)) && !IsMonthOrName(tokens, i)) return true;
            return false;
        }

        /// <summary>
        /// "Ostrel Motors sells cars in Velden", "the law bans smoking": a bare present verb tells what is so, not what happened
        /// (news tells what happened in the past tense; "has sold", "is selling" and "will sell" are told apart by their groups).
        /// Only for a verb trigger: the tagger may read a plural noun ("hit by drone strikes") as such a verb.
        /// </summary>
        internal static bool IsHabitual(SentenceInfo s, int t)
        {
            if (IsHabitualPassive(s, t)) return true;
            var w = s.Tokens[t];
            // Asked of the analysis only for a lower-case word ending in "s", a third-person present's ending.
            // Not right after punctuation: ", demands that Kyiv rejects" is a plural noun in apposition.
            if (!w.IsWord || w.Text.Length < 4 || w.Text[w.Text.Length - 1] != 's' || !char.IsLower(w.Text[0]) || t == 0 || !s.Tokens[t - 1].IsWord) return false;
            return s.Analysis.ClauseOfVerb(t) is { Verb: { Tense: Analysis.Tense.Present, Voice: Analysis.Voice.Active, Modality: Analysis.Modality.None } verb } && verb.Head == t && verb.Start == t;
        }

        /// <summary>
        /// "Members of the council are elected for four-year terms": "is" or "are" right before the participle is the present
        /// passive, which tells how things are done ("was elected", "has been elected" and "is being elected" tell an act).
        /// </summary>
        private static bool IsHabitualPassive(SentenceInfo s, int t)
        {
            if (t == 0 || !(s.Tokens[t - 1].Is("is") || s.Tokens[t - 1].Is("are"))) return false;
            return s.Analysis.ClauseOfVerb(t) is { Verb: { Tense: Analysis.Tense.Present, Voice: Analysis.Voice.Passive, Modality: Analysis.Modality.None, IsNegated: false } verb }
                && verb.Head == t && verb.Start == t - 1;
        }

        /// <summary>
        /// "tried to have X released", "failed to pass the bill", "threatened to close the port": what was only tried, failed or
        /// threatened did not happen (an attempt on someone's life stays: "attempted to kill"; "sought to join" is an intent).
        /// </summary>
        private static bool IsOnlyTried(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 1 && i >= t - 4; i--)
            {
                if (!tokens[i].Is("to")) continue;
                var verb = tokens[i - 1];
                return verb.Is("tried") || verb.Is("tries") || verb.Is("trying") || verb.Is("failed") || verb.Is("fails") || IsThreaten(verb);
            }
            return IsThreatenedObject(tokens, t);
        }

        // Words between a threat and what it threatens: "threatened new sanctions", "threatens further strikes".
        private static readonly string[] ThreatenedKinds = { "new", "further", "more", "fresh", "tougher", "economic", "legal", "military", "retaliatory" };

        /// <summary>"threatened sanctions", "threatens further strikes": what is threatened is the threat's object, not an act done.</summary>
        private static bool IsThreatenedObject(List<Token> tokens, int t) =>
            t >= 1 && IsThreaten(tokens[t - 1]) || t >= 2 && TriggerFinder.IsAny(tokens[t - 1], ThreatenedKinds) && IsThreaten(tokens[t - 2]);

        private static bool IsThreaten(Token w) => w.Is("threatened") || w.Is("threatens") || w.Is("threatening") || w.Is("threaten");

        /// <summary>
        /// "denied on Monday that he had met Mira Holt": an act in the "that" clause of a denial did not happen, also where a time
        /// or place between the verb and "that" hides the clause from the analysis; the clause ends at the first comma.
        /// </summary>
        private static bool IsDeniedThat(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 1 && i >= t - 12; i--)
            {
                if (tokens[i].Kind == TokenKind.Punctuation) return false;
                if (!tokens[i].Is("that")) continue;
                for (var j = i - 1; j >= 0 && j >= i - 3; j--)
                    if (tokens[j].Is("denied") || tokens[j].Is("denies") || tokens[j].Is("deny") || tokens[j].Is("denying")) return true;
                return false;
            }
            return false;
        }

        // Verbs of advice and demand: the clause they report in the subjunctive tells what someone wants done ("suggested that
        // voters visit the polls", "insisted that X resign"), not what happened; with a tense of its own it may tell a fact or a
        // plan ("suggested that talks would begin").
        private static readonly string[] MandativeCues = { "suggest", "recommend", "propose", "urge", "insist", "demand" };

        // Verbs of forecast and denial: what they report, in any tense, did not happen ("predicted the party would win in a
        // landslide", "denied that it had sued X").
        private static readonly string[] UnrealizingCues = { "predict", "deny" };

        // Verbs of claim: the act a claim asserts, told by a verb, is not told as having happened ("claimed X had been elected",
        // "claimed to have bought the rifle"); an occasion it names by a noun is ("claims police blame the explosion on a leak").
        private static readonly string[] ClaimingCues = { "claim" };

        /// <summary>
        /// "Ana Ruiz suggested that voters visit the polling stations", "Karel Brandt predicted the Velden Party would win in a
        /// landslide", "the Velden Party denied that it had sued Karel Brandt", "Mira Holt claimed Tomas Vell had been elected":
        /// an act inside the clause such a verb reports did not happen (<see cref="MandativeCues"/>, <see cref="UnrealizingCues"/>,
        /// <see cref="ClaimingCues"/>), nor one in an infinitive right after it ("claimed to have bought"). The advice, the demand,
        /// the denial or the claim is an act of its own.
        /// </summary>
        private static bool IsUnrealizedReport(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            // The analysis is asked only when such a verb stands before the trigger.
            var cue = false;
            for (var i = 0; i < t && !cue; i++) cue = tokens[i].IsWord && CueVerbs.Lemma(tokens[i]) is { } lemma && (IsUnrealizing(lemma) || Array.IndexOf(MandativeCues, lemma) >= 0);
            if (!cue) return false;
            for (var clause = s.Analysis.ClauseAround(t); clause is not null; clause = clause.Parent)
            {
                if (clause.Parent is not { } speech || clause.Start <= speech.Verb.Head || CueVerbs.Lemma(tokens[speech.Verb.Head]) is not { } said) continue;
                if (clause.Kind == Analysis.ClauseKind.Nonfinite && clause.Start == speech.Verb.End && tokens[clause.Start].Is("to") && IsUnrealizing(said)) return true;
                if (clause.Kind != Analysis.ClauseKind.Reported) continue;
                if (Array.IndexOf(UnrealizingCues, said) >= 0 || Array.IndexOf(ClaimingCues, said) >= 0 && s.Analysis.TagAt(t) == Analysis.Tag.Verb) return true;
                if (Array.IndexOf(MandativeCues, said) >= 0 && IsSubjunctive(tokens, clause.Verb)) return true;
            }
            return false;
        }

        private static bool IsUnrealizing(string lemma) => Array.IndexOf(UnrealizingCues, lemma) >= 0 || Array.IndexOf(ClaimingCues, lemma) >= 0;

        /// <summary>"that voters visit", "that he resign", "that the army should withdraw": a bare present or "should".</summary>
        private static bool IsSubjunctive(List<Token> tokens, Analysis.VerbGroup verb)
        {
            for (var i = verb.Start; i < verb.End; i++)
                if (tokens[i].Is("should")) return true;
            return verb.Tense == Analysis.Tense.Present && verb.Modality == Analysis.Modality.None;
        }

        /// <summary>"would have won with a fair count", "would not have resigned": what would have happened did not.</summary>
        private static bool IsCounterfactual(List<Token> tokens, int t)
        {
            var i = t - 1;
            if (i < 0 || !tokens[i].Is("have")) return false;
            i--;
            while (i >= 0 && (tokens[i].Is("not") || tokens[i].Is("never"))) i--;
            return i >= 0 && (tokens[i].Is("would") || tokens[i].Is("'d"));
        }

        /// <summary>
        /// "Can we expect the port to be reopened before May?": a question tells nothing that happened. Not when only a
        /// quotation after the act asks ("replied with "What port?"").
        /// </summary>
        private static bool AsksAbout(List<Token> tokens, int t)
        {
            var last = tokens.Count - 1;
            while (last > t && tokens[last].Kind == TokenKind.Punctuation && !tokens[last].IsPunct('?')) last--;
            if (last <= t || !tokens[last].IsPunct('?')) return false;
            for (var i = t + 1; i < last; i++)
                if (tokens[i].IsOpeningQuote) return false;
            return true;
        }

        /// <summary>"announced his resignation": the announced act is still to come.</summary>
        internal static bool IsAnnounced(List<Token> tokens, int t)
        {
            var i = t - 1;
            if (i >= 0 && (ClauseReader.IsPossessivePronoun(tokens[i]) || tokens[i].Is("the"))) i--;
            return i >= 0 && tokens[i].IsWord && CueVerbs.Lemma(tokens[i]) == "announce";
        }

        internal static bool IsPlanned(SentenceInfo s, int t, bool isNoun)
        {
            var tokens = s.Tokens;
            // "negotiations would begin", "the summit is expected to": the future follows a noun.
            if (isNoun)
                for (var i = t + 1; i < tokens.Count && i <= t + 3; i++)
                {
                    if (!tokens[i].IsWord) break;
                    if (tokens[i].Is("will") || tokens[i].Is("would") || tokens[i].Is("shall") || tokens[i].Is("expected") || tokens[i].Is("scheduled") || tokens[i].Is("planned")) return true;
                    // "his trial has been set for June", "the vote is set for Monday": a day fixed ahead.
                    if (tokens[i].Is("set") && i + 1 < tokens.Count && tokens[i + 1].Is("for")) return true;
                    // "the council election to be held on May 2", "the summit to be hosted by Velden": a noun's own "to be" says it is to come.
                    if (i == t + 1 && tokens[i].Is("to") && i + 1 < tokens.Count && tokens[i + 1].Is("be")) return true;
                }
            for (var i = Math.Max(0, t - 8); i < t; i++)
                if (tokens[i].IsWord && EventLexicon.IsPlanned(tokens[i].Text) && !IsPastActBeforeTo(tokens, i)) return true;
            if (tokens[t].IsWord && IsToFuture(tokens, t)) return true;
            // Anywhere in the sentence: asked once per sentence, not once per trigger; not when what is to come is only the
            // occasion an act was told ahead of ("dropped out ahead of the coming forum").
            return s.SpeaksOfUpcoming && (isNoun || !OnlyTheOccasionAheadIsUpcoming(tokens, t) && !PastActBeforeUpcoming(s, t));
        }

        /// <summary>
        /// "answered questions about her campaign for the upcoming election": a verb in the simple past, with nothing before it
        /// saying something is to come, happened; what is upcoming is a thing its object or a phrase after it names.
        /// </summary>
        private static bool PastActBeforeUpcoming(SentenceInfo s, int t) =>
            !SaysUpcoming(s.Tokens, t + 1) && s.Analysis.FoundGroupAt(t) is { Tense: Analysis.Tense.Past, Modality: Analysis.Modality.None } group && group.Head == t;

        /// <summary>"the upcoming summit", "talks are underway", "scheduled", "likely to": something is still to come.</summary>
        internal static bool SaysUpcoming(List<Token> tokens) => SaysUpcoming(tokens, tokens.Count);

        private static bool SaysUpcoming(List<Token> tokens, int end)
        {
            for (var i = 0; i < end; i++)
            {
                var w = tokens[i];
                if (w.IsWord && (w.Is("upcoming") || w.Is("underway") || w.Is("scheduled") || w.Is("likely") && i + 1 < tokens.Count && tokens[i + 1].Is("to"))) return true;
            }
            return false;
        }

        /// <summary>Whether every word saying something is to come stands after "ahead of" or "prior to" that follows the act.</summary>
        private static bool OnlyTheOccasionAheadIsUpcoming(List<Token> tokens, int t)
        {
            var ahead = EventDating.OccasionAheadAfter(tokens, t, tokens.Count);
            if (ahead < 0) return false;
            return !SaysUpcoming(tokens, ahead);
        }

        /// <summary>"set a world record", "set fire to", "going ahead": "set" and "going" speak of the future only before "to" ("is set to visit").</summary>
        private static bool IsPastActBeforeTo(List<Token> tokens, int i) =>
            (tokens[i].Is("set") || tokens[i].Is("going")) && !(i + 1 < tokens.Count && tokens[i + 1].Is("to"));

        /// <summary>"did not accede to the demands", "never reached a deal": a negation in the verb group before a noun trigger.</summary>
        internal static bool IsNegatedBefore(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 0 && i >= t - 5; i--)
            {
                var w = tokens[i];
                if (!(w.IsWord || w.Kind == TokenKind.Possessive)) return false;
                if (w.Is("not") || w.Is("never") || w.Is("n't") || w.Text.EndsWith("n't", StringComparison.Ordinal)) return true;
            }
            return false;
        }
    }
}
