using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Event nouns in phrases a sentence is set against ("since his death", "amid the protests"), and whose occasion they name.</summary>
    internal static class BackgroundPhrases
    {
        // Prepositions whose object is an occasion the sentence is set against, not one it tells: "since his death", "amid the protests".
        private static readonly string[] BackgroundPrepositions = { "since", "before", "after", "following", "despite", "amid", "amidst", "regarding", "over", "about" };

        // Nouns of a report whose "of" names the occasion reported: "the announcement of her death", "news of the strike".
        private static readonly string[] ReportNouns = { "announcement", "news", "word", "confirmation", "report", "reports" };

        /// <summary>
        /// "Tomas Vell said Ruiz fell ill before her death", "sanctions over the attack", "in response to the outbreak": an event
        /// noun in a phrase the sentence is set against, without a date of its own, is background to the clause.
        /// </summary>
        internal static bool InBackgroundPhrase(SentenceInfo s, int t)
        {
            // Most event nouns have no such preposition before them: that is answered before the sentence analysis is asked for.
            var near = false;
            for (var i = Math.Max(0, t - 6); i < t && !near; i++) near = TriggerFinder.IsAny(s.Tokens[i], BackgroundPrepositions) || s.Tokens[i].Is("response");
            if (!near) return false;
            var start = s.Analysis.ChunkAt(t)?.Start ?? t;
            if (start > t) start = t;
            if (start == 0) return false;
            var before = s.Tokens[start - 1];
            // "after the confirmation of his death", "after news of the attack": the occasion a report is of.
            if (before.Is("of") && start >= 2 && TriggerFinder.IsAny(s.Tokens[start - 2], ReportNouns))
            {
                start = s.Analysis.ChunkAt(start - 2)?.Start ?? start - 2;
                if (start == 0 || start > t) return false;
                before = s.Tokens[start - 1];
            }
            if (!(TriggerFinder.IsAny(before, BackgroundPrepositions) || before.Is("to") && start >= 2 && s.Tokens[start - 2].Is("response"))) return false;
            return !DatedPhrase(s.Tokens, start, t);
        }

        // Determiners that point back at something the reader knows: "the criminal inquiry", "its investigation".
        private static readonly string[] PointingDeterminers = { "the", "this", "its", "their", "his", "her" };

        /// <summary>
        /// "The ministry opened an inquiry on Monday. ... Police say the criminal inquiry ...", "Velden Bank began its inquiry":
        /// an event noun after a pointing determiner or a possessive, with modifiers between, names an occasion the reader is
        /// meant to know; with no date of its own it is the one already told, when one of its kind was (the caller asks).
        /// </summary>
        internal static bool NamedAgain(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var d = t - 1;
            while (d >= 0 && d >= t - 3 && tokens[d].IsWord && !tokens[d].IsCapitalized && !CommonWords.IsFunctionWord(tokens[d]))
            {
                // "the largest march ever held", "its second inquiry": a modifier that singles out another occasion.
                if (tokens[d].Text.EndsWith("est", StringComparison.Ordinal) || TriggerFinder.IsAny(tokens[d], SinglingModifiers)) return false;
                d--;
            }
            if (d < 0 || d == t - 1 && tokens[d].Is("the")) return false; // "the inquiry" right before its noun: TriggerFinder's back reference
            if (!(TriggerFinder.IsAny(tokens[d], PointingDeterminers) || tokens[d].Kind == TokenKind.Possessive)) return false;
            // "began its inquiry", "held their talks", "gave his condolences": the verb makes the act happen here.
            if (d > 0 && TriggerFinder.IsAny(tokens[d - 1], PerformingVerbs)) return false;
            // "the party's talks with Velden", "her visit to Ostrel": a complement introduces the occasion (as for "the talks with").
            return !TriggerFinder.IntroducedByComplement(tokens, t) && !DatedPhrase(tokens, d, t);
        }

        // Prepositions that join an occasion to the noun before them: "resistance to the swearing-in of", "inquiries into the crash".
        private static readonly string[] ComplementPrepositions = { "of", "to", "into", "on", "against", "for" };

        /// <summary>
        /// "Karel Brandt voiced resistance to the swearing-in of Halden", "the agency began investigations of the crash": a
        /// definite event noun that another noun takes as its complement names an occasion; with no date of its own it is the one
        /// already told, when one of its kind (and its named owner's) was (the caller asks), not one the clause's subject took part in.
        /// </summary>
        internal static bool ComplementOfNoun(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (t < 3 || !tokens[t - 1].Is("the") || !TriggerFinder.IsAny(tokens[t - 2], ComplementPrepositions)) return false;
            return s.Analysis.TagAt(t - 3) == Analysis.Tag.Noun && !DatedPhrase(tokens, t - 1, t);
        }

        /// <summary>
        /// "Ana Ruiz praised the arrest of Vell", "the union welcomed the release of the sailors": a definite event noun with an "of"
        /// complement, the object of a verb of praise, disapproval or rejection, is the occasion reacted to; with no date of its own it
        /// is the one already told, when one of its kind (and its named owner's) was (the caller asks), not an act of the reacting subject.
        /// </summary>
        internal static bool ReactedTo(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (t < 2 || !tokens[t - 1].Is("the") || !tokens[t - 2].IsWord || t + 1 >= tokens.Count || !tokens[t + 1].Is("of")) return false;
            return IsReacting(tokens[t - 2].Lower) && !DatedPhrase(tokens, t - 1, t);
        }

        // A verb the dictionary codes as praise (051), disapproval (11) or rejection (12): "hailed", "deplored", "rejected".
        private static bool IsReacting(string word)
        {
            if (EventLexicon.Find(word) is { IsNoun: false } own) return IsReactingCode(own.Cameo);
            foreach (var verb in Lexicon.CameoVerbLexicon.Instance.VerbsOfForm(word))
                if (IsReactingCode(verb.Code)) return true;
            return false;
        }

        private static bool IsReactingCode(string code) =>
            code.StartsWith("051", StringComparison.Ordinal) || code.StartsWith("11", StringComparison.Ordinal) || code.StartsWith("12", StringComparison.Ordinal);

        private static readonly string[] SinglingModifiers = { "first", "second", "third", "last", "next", "new", "previous", "earlier", "recent", "other", "final", "former", "initial", "latest" };

        // Verbs that start, hold or perform the act their object names; light verbs too ("offered her resignation").
        private static readonly string[] PerformingVerbs =
        {
            "began", "begin", "begins", "begun", "started", "start", "starts", "launched", "launch", "launches", "opened", "open", "opens",
            "held", "hold", "holds", "staged", "stage", "conducted", "conduct", "resumed", "resume",
            "gave", "give", "gives", "offered", "offer", "offers", "expressed", "express", "expresses", "extended", "extend", "extends",
            "sent", "send", "sends", "paid", "pay", "pays", "made", "make", "makes", "tendered", "tender", "tenders", "announced", "announce", "announces",
        };

        // "since the 2022 invasion", "after his election on November 5": an occasion told with its own date is an event of its own.
        private static bool DatedPhrase(List<Token> tokens, int start, int t)
        {
            for (var i = start; i < tokens.Count && i <= t + 5; i++)
            {
                var w = tokens[i];
                if (i > t && (w.IsPunct(',') || w.IsPunct('.'))) break;
                if (w.Kind == TokenKind.Number && w.Length == 4 || w.IsCapitalized && Reading.DatelineReader.IsWeekdayOrMonth(w.Text)) return true;
            }
            return false;
        }

        /// <summary>Whose the occasion a noun names is, when a name says it: "Rivera's resignation", "the resignation of Rivera".</summary>
        internal static EntityDraft? NamedOwner(SentenceInfo s, int t)
        {
            if (t + 2 < s.Tokens.Count && s.Tokens[t + 1].Is("of") && s.MentionAt(t + 2) is { } of) return of.Entity;
            for (var i = t - 1; i >= 0 && i >= t - 4; i--)
                if (s.Tokens[i].Kind == TokenKind.Possessive) return i > 0 ? s.MentionAt(i - 1)?.Entity : null;
            return null;
        }
    }
}
