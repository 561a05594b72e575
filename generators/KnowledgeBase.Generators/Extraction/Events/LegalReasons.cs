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
            if (t >= 0 && InReasonPhrase(tokens, t, m.TokenStart, !(m.Entity.Kind == EntityKind.Place && ClauseReader.IsPlacePreposition(tokens, m.TokenStart)))) return true;
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

        /// <summary>
        /// Whether "in relation to" or "in connection with" (or "after" a legal step) stands between the trigger and the mention:
        /// the mention is in the act's reason. A crime named by a finding or a charge (<see cref="InCrimeComplement"/>) is a
        /// reason too, unless <paramref name="crime"/> is false: a place after "in" there still says where the step was taken.
        /// </summary>
        internal static bool InReasonPhrase(List<Token> tokens, int t, int mention, bool crime = true)
        {
            for (var i = t + 2; i < mention; i++)
                if (tokens[i].Is("to") && tokens[i - 1].Is("relation") || tokens[i].Is("with") && tokens[i - 1].Is("connection")) return true;
            // "a man was arrested after X was stabbed": who is named after "after" a legal step is in what led to it.
            return t >= 0 && t < mention && TriggerFinder.IsAny(tokens[t], LegalSteps) && ClauseReader.HasWordAfter(tokens, t, mention - t - 1, "after", "following")
                || crime && InCrimeComplement(tokens, t, mention);
        }

        /// <summary>
        /// "was convicted of taking bribes from X", "pleaded guilty to defrauding X", "was charged with ... as part of X's
        /// scheme": who is named in the crime a finding or a charge names took part in the crime, not in the legal step (the
        /// gold gives a conviction, a plea or a charge the accused alone, with the court or the prosecutor acting); one named
        /// after "by" is the agent again ("convicted of fraud by the Velden court").
        /// </summary>
        internal static bool InCrimeComplement(List<Token> tokens, int t, int mention)
        {
            if (t < 0 || t >= mention) return false;
            for (var k = t; k < mention && k <= t + 6; k++)
            {
                if (!tokens[k].IsWord || tokens[k].Is("by")) return false;
                var row = CrimeComplementAt(tokens, t, k);
                if (row is null) continue;
                if (mention - k > 25) return false;
                for (var j = k + 1; j < mention; j++)
                    if (tokens[j].Is("by") || tokens[j].IsPunct(';') || tokens[j].IsPunct(':') || tokens[j].IsPunct('"')) return false;
                return true;
            }
            return false;
        }

        /// <summary>
        /// "Karel Brandt, the founder of Brandt Builders, was convicted", "X, a brother of Y, was sentenced": who is named in the
        /// appositive that describes the accused right before the legal step's verb takes no part in the step.
        /// </summary>
        internal static bool InAppositiveOfAccused(SentenceInfo s, int t, EventTrigger trigger, Mention m)
        {
            if (trigger.IsNoun || m.TokenStart >= t || !(trigger.Cameo.StartsWith("116", System.StringComparison.Ordinal) || trigger.Cameo.StartsWith("173", System.StringComparison.Ordinal)
                || trigger.Cameo == "015" || trigger.Cameo == "016") || !Analysis.WordBounds.MayFollowComma(s.Tokens, t)) return false;
            var verb = s.Analysis.VerbGroupStartAt(t);
            var opening = EventRoles.AppositiveBefore(s, verb);
            return opening > 0 && m.TokenStart > opening && m.TokenStart < verb;
        }

        // The row whose preposition stands at k after its step word (the trigger or a word between: "found X guilty of").
        private static CrimeComplementRow? CrimeComplementAt(List<Token> tokens, int t, int k)
        {
            foreach (var row in CrimeComplements)
            {
                if (!tokens[k].Is(row.Preposition)) continue;
                for (var i = t; i < k; i++)
                    if (TriggerFinder.IsAny(tokens[i], row.Steps)) return row;
            }
            return null;
        }

        /// <summary>
        /// The prepositions that open the crime a finding, a plea or a charge names, each with the step words before it. Each
        /// row's invented example names Mira Holt inside the crime only; the rows run as tests.
        /// </summary>
        internal static readonly CrimeComplementRow[] CrimeComplements =
        {
            new("of", "convicted", "Karel Brandt was convicted on Friday of taking bribes from Mira Holt.", "conviction"),
            new("of", "guilty", "Karel Brandt was found guilty of taking bribes from Mira Holt on Friday.", "conviction"),
            new("to", "guilty", "Karel Brandt pleaded guilty to taking bribes from Mira Holt on Friday.", "plea"),
            new("with", "charged", "Karel Brandt was charged with taking bribes from Mira Holt on Friday.", "charge"),
            new("for", "sentenced jailed", "Karel Brandt was sentenced on Friday for taking bribes from Mira Holt.", "sentencing"),
        };

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

    /// <summary>A preposition that opens the crime a legal step names, the step words before it, and an invented example.</summary>
    internal sealed class CrimeComplementRow
    {
        public CrimeComplementRow(string preposition, string steps, string example, string step) =>
            (Preposition, Steps, Example, Step) = (preposition, steps.Split(' '), example, step);

        /// <summary>The preposition ("of", "with").</summary>
        public string Preposition { get; }

        /// <summary>The step words one of which stands between the trigger and the preposition, or is the trigger.</summary>
        public string[] Steps { get; }

        /// <summary>An invented sentence whose legal step names a crime with Mira Holt in it.</summary>
        public string Example { get; }

        /// <summary>The kind of the example's legal step.</summary>
        public string Step { get; }
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
