using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "was sentenced on Friday for the murder of X", "arrested Y in connection with the stabbing": the act a legal step is
    /// taken for happened before it, at a time of its own, and its victim takes no part in the legal step.
    /// </summary>
    internal static class LegalReasons
    {
        /// <summary>Whether the violent noun at <paramref name="t"/> is the reason a legal step names ("for the murder").</summary>
        internal static bool IsReasonOfLegalAct(List<Token> tokens, int t)
        {
            var i = t - 1;
            // "for the murder", "for her murder", "for X's murder", "for the brutal murder".
            while (i >= 0 && i >= t - 4 && tokens[i].IsWord && !IsReasonPreposition(tokens, i) && !tokens[i].IsCapitalized
                   && (ClauseReader.IsDeterminerOrPossessive(tokens[i].Text) || !CommonWords.IsFunctionWord(tokens[i])))
                i--;
            while (i >= 0 && i >= t - 6 && (tokens[i].Kind == TokenKind.Possessive || tokens[i].IsCapitalized) && !IsReasonPreposition(tokens, i)) i--;
            if (i < 1 || !IsReasonPreposition(tokens, i)) return false;
            for (var k = i - 1; k >= 0 && k >= i - 8; k--)
                if (TriggerFinder.IsAny(tokens[k], LegalSteps)) return true;
            return false;
        }

        /// <summary>Whether the mention is whom such a reason was done to: "for the killing of X", "for the attack on X", after the trigger at <paramref name="t"/>.</summary>
        internal static bool IsVictimOfReason(SentenceInfo s, int t, Mention m)
        {
            var tokens = s.Tokens;
            // "fined in relation to a fraud by X": who the reason names takes no part in the step.
            if (t >= 0 && InReasonPhrase(tokens, t, m.TokenStart)) return true;
            // "for Y's murder": the victim before the crime it owns.
            if (m.TokenStart > t && m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive)
                for (var k = m.TokenEnd + 1; k < tokens.Count && k <= m.TokenEnd + 3 && tokens[k].IsWord; k++)
                    if (EventLexicon.Find(tokens[k]) is { IsNoun: true } owned && EventRoles.IsViolent(owned)) return IsReasonOfLegalAct(tokens, k);
            if (IsVictimOfCrimeGerund(tokens, t, m.TokenStart)) return true;
            var of = m.TokenStart - 1;
            if (of > 0 && tokens[of].Is("the")) of--;
            if (of <= t + 1 || !(tokens[of].Is("of") || tokens[of].Is("on") || tokens[of].Is("against"))) return false;
            var noun = of - 1;
            // "over the death of X": a death the step is taken for names its victim as a killing does.
            return EventLexicon.Find(tokens[noun]) is { IsNoun: true } reason && (EventRoles.IsViolent(reason) || reason.Kind == "death") && IsReasonOfLegalAct(tokens, noun);
        }

        /// <summary>
        /// "was convicted of murdering X", "sentenced Y for torturing X", "found guilty of assaulting X": the one a crime gerund
        /// names was harmed by the convicted, and takes no part in the legal step at <paramref name="t"/> (only in the crime).
        /// </summary>
        internal static bool IsVictimOfCrimeGerund(List<Token> tokens, int t, int mentionStart)
        {
            var gerund = mentionStart - 1;
            if (gerund > 0 && ClauseReader.IsDeterminerOrPossessive(tokens[gerund].Text)) gerund--;
            if (t < 0 || t >= gerund - 1 || !tokens[gerund].IsWord || !tokens[gerund].Lower.EndsWith("ing", System.StringComparison.Ordinal)
                || !IsViolentVerb(tokens[gerund].Lower)) return false;
            var preposition = tokens[gerund - 1];
            if (!(preposition.Is("of") || preposition.Is("for") || preposition.Is("with"))) return false;
            for (var k = gerund - 2; k >= t && k >= gerund - 9; k--)
                if (TriggerFinder.IsAny(tokens[k], LegalSteps) || tokens[k].Is("guilty")) return true;
            return false;
        }

        // "murdering", "torturing", "kidnapping": a form of a verb PETRARCH2 codes as an assault or a use of force (CAMEO 18, 19, 20).
        private static bool IsViolentVerb(string form)
        {
            foreach (var verb in CameoVerbLexicon.Instance.VerbsOfForm(form))
                if (verb.HasCode && string.CompareOrdinal(verb.Code, "18") >= 0) return true;
            return false;
        }

        /// <summary>Whether "in relation to" or "in connection with" (or "after" a legal step) stands between the trigger and the mention: the mention is in the act's reason.</summary>
        internal static bool InReasonPhrase(List<Token> tokens, int t, int mention)
        {
            for (var i = t + 2; i < mention; i++)
                if (tokens[i].Is("to") && tokens[i - 1].Is("relation") || tokens[i].Is("with") && tokens[i - 1].Is("connection")) return true;
            // "a man was arrested after X was stabbed": who is named after "after" a legal step is in what led to it.
            return t >= 0 && t < mention && TriggerFinder.IsAny(tokens[t], LegalSteps) && ClauseReader.HasWordAfter(tokens, t, mention - t - 1, "after", "following");
        }

        private static bool IsReasonPreposition(List<Token> tokens, int i)
        {
            foreach (var row in ReasonPrepositions)
                if (tokens[i].Is(row.Preposition) && (row.After.Length == 0 || i > 0 && TriggerFinder.IsAny(tokens[i - 1], row.After))) return true;
            return false;
        }

        /// <summary>
        /// The prepositions that name what a legal step is taken for, each with the words one of which must stand right
        /// before it (none: any word). Each row's invented example names a victim who takes no part in the step; the rows
        /// run as tests.
        /// </summary>
        internal static readonly ReasonPrepositionRow[] ReasonPrepositions =
        {
            new("for", "", "Police arrested Karel Brandt on Friday for the killing of Mira Holt.", "arrest"),
            new("over", "", "Karel Brandt was arrested on Friday over the death of Mira Holt.", "arrest"),
            new("with", "connection charged", "Karel Brandt was charged with the murder of Mira Holt on Friday.", "charge"),
            new("in", "suspected suspect suspects", "Police detained two men suspected in the stabbing of Mira Holt on Friday.", "arrest"),
            new("of", "convicted guilty accused", "Karel Brandt was convicted of the murder of Mira Holt on Friday.", "conviction"),
            new("to", "guilty", "Karel Brandt pleaded guilty to the killing of Mira Holt on Friday.", "plea"),
        };

        private static readonly string[] LegalSteps =
        {
            "arrested", "arrest", "arrests", "sentenced", "sentence", "convicted", "conviction", "jailed", "charged", "charges", "tried", "trial",
            "indicted", "imprisoned", "fined", "detained", "prosecuted", "executed", "hanged", "prison", "jail", "pleaded", "guilty",
        };
    }

    /// <summary>A preposition that names the reason of a legal step, the words before it, and an invented example.</summary>
    internal sealed class ReasonPrepositionRow
    {
        public ReasonPrepositionRow(string preposition, string after, string example, string step) =>
            (Preposition, After, Example, Step) = (preposition, after.Length == 0 ? new string[0] : after.Split(' '), example, step);

        /// <summary>The preposition ("for", "over").</summary>
        public string Preposition { get; }

        /// <summary>The words one of which must stand right before it ("charged" for "with"); empty: any word.</summary>
        public string[] After { get; }

        /// <summary>An invented sentence whose legal step is taken for a crime against Mira Holt.</summary>
        public string Example { get; }

        /// <summary>The kind of the example's legal step.</summary>
        public string Step { get; }
    }
}
