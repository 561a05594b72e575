using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "filed a lawsuit to block the state of Ohio from counting the ballots", "a lawsuit attempting to prevent Ostria from
    /// certifying its results", "lawsuits challenging an Ohio law": a lawsuit told with what it is brought to do names its
    /// other side there, the one whose act or law it would stop (CAMEO 115: who sues, whom). That phrase is an infinitive or a
    /// participle after the noun, outside the noun's own clause, and a state other than a country in it is no mere location.
    /// </summary>
    internal static class LawsuitTargets
    {
        internal static EntityDraft? Of(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (trigger.Cameo != "115") return null;
            var tokens = s.Tokens;
            // "filed a lawsuit to block ...": a verb's lawsuit follows it.
            var noun = trigger.IsNoun ? t : SuitAfter(tokens, t);
            var aim = noun < 0 ? -1 : AimAfter(tokens, noun);
            if (aim < 0) return null;
            // The first name after the aim's verb, within its phrase: "to prevent a Norland State law from ...", "to block the state of Ohio".
            for (var i = aim + 1; i < tokens.Count && i <= aim + Window; i++)
            {
                if (tokens[i].IsPunct(';') || tokens[i].IsPunct('.') || tokens[i].IsOpeningQuote) return null;
                if (s.MentionAt(i) is not { } m || m.TokenStart != i) continue;
                return m.IsDemonym ? null : m.Entity;
            }
            return null;
        }

        // The aim's verb: "challenging", or "to" and a verb of stopping, with "attempting", "trying", "seeking" or "aiming" before "to".
        private static int AimAfter(List<Token> tokens, int t)
        {
            var at = t + 1;
            if (at < tokens.Count && TriggerFinder.IsAny(tokens[at], SuitEfforts)) at++;
            if (at < tokens.Count && tokens[at].Is("challenging")) return at;
            if (at + 1 >= tokens.Count || !tokens[at].Is("to")) return -1;
            return TriggerFinder.IsAny(tokens[at + 1], AimVerbs) ? at + 1 : -1;
        }

        private static int SuitAfter(List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + 3; i++)
                if (tokens[i].Is("lawsuit") || tokens[i].Is("lawsuits") || tokens[i].Is("suit") || tokens[i].Is("suits")) return i;
            return -1;
        }

        // event-words.tsv: "suit-aim" and "suit-effort".
        private static readonly HashSet<string> AimVerbs = Lexicon.WordListLexicon.EventWords.Lists.Words("suit-aim");

        private static readonly HashSet<string> SuitEfforts = Lexicon.WordListLexicon.EventWords.Lists.Words("suit-effort");

        // "challenging certain states' voting procedures, particularly a Norland law": the name may come after a description.
        private const int Window = 10;
    }
}
