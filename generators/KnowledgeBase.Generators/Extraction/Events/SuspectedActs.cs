using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "issued warrants for nine men thought to be involved in the killing of X", "arrested two men suspected of
    /// involvement in the bombing": an act that people the sentence leaves unnamed are said to have had a hand in is theirs,
    /// not the act of the clause subject that pursues them. ("Norland was involved in the attack", "Norland denied involvement
    /// in the attack" keep their subject: no unnamed noun stands before the words.)
    /// </summary>
    internal static class SuspectedActs
    {
        /// <summary>
        /// The words that tell a hand in an act and the prepositions before the act's noun. Each row has an invented sentence
        /// whose clause subject takes no part in the act of its kind (the dateline is Sunday, July 28, 2019); the rows run as tests.
        /// </summary>
        internal static readonly SuspectedActRow[] Rows =
        {
            new("involved involvement implicated complicit", "in", "Peru issued warrants on Monday for nine men thought to be involved in the killing of Marta Oskarsen.", "killing", "Peru"),
            new("responsible", "for", "Chile vowed on Monday to punish the men responsible for the bombing of the Velden embassy.", "bombing", "Chile"),
            new("suspected suspects suspect accused", "of in", "Norway detained two men suspected in the stabbing of Tomas Vell on Monday.", "stabbing", "Norway"),
        };

        // What may stand between the unnamed noun and the words of a row: "believed to have been", "suspected of", "who were", "allegedly".
        private static readonly string[] Linking =
        {
            "believed", "thought", "alleged", "allegedly", "reportedly", "suspected", "accused", "to", "have", "been", "be", "of", "who", "were", "was", "are", "is", "directly",
        };

        // The nouns of the row words: "arrested a suspect in the bombing" names the one with a hand in it by the word itself.
        private static readonly string[] SuspectNouns = { "suspect", "suspects" };

        // Pronouns that head such a phrase: "those involved in the attack", "anyone responsible for it".
        private static readonly string[] UnnamedHeads = { "those", "anyone", "others", "whoever" };

        /// <summary>Whether the noun act at <paramref name="t"/> is one that a phrase naming nobody is said to have had a hand in.</summary>
        internal static bool IsActOfTheSuspected(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var i = t - 1;
            while (i > 0 && i >= t - 3 && (ClauseReader.IsDeterminerOrPossessive(tokens[i].Text) || tokens[i].IsWord && char.IsLower(tokens[i].Text[0]) && s.Analysis.TagAt(i) == Analysis.Tag.Adjective)) i--;
            if (i < 2) return false;
            foreach (var row in Rows)
            {
                if (Array.IndexOf(row.Prepositions, tokens[i].Lower) < 0 || Array.IndexOf(row.Words, tokens[i - 1].Lower) < 0) continue;
                // "arrested a suspect in the bombing"; not "X, the suspect in the bombing", "X is the suspect": there the suspect is named.
                if (TriggerFinder.IsAny(tokens[i - 1], SuspectNouns)) return s.MentionAt(i - 1) is null && IsObjectAt(tokens, i - 2);
                var k = i - 2;
                while (k >= 0 && k >= i - 8 && TriggerFinder.IsAny(tokens[k], Linking)) k--;
                return k >= 0 && tokens[k].IsWord && s.MentionAt(k) is null && (TriggerFinder.IsAny(tokens[k], UnnamedHeads) || char.IsLower(tokens[k].Text[0]) && s.Analysis.TagAt(k) == Analysis.Tag.Noun);
            }
            return false;
        }

        // The word before a noun phrase (past "a", "the", "two"): a lower-case verb or preposition whose object it is, not a
        // comma after a name nor a form of "be" that makes it a name's predicate.
        private static bool IsObjectAt(List<Token> tokens, int i)
        {
            while (i >= 0 && (ClauseReader.IsDeterminerOrPossessive(tokens[i].Text) || tokens[i].Kind == TokenKind.Number)) i--;
            return i >= 0 && tokens[i].IsWord && char.IsLower(tokens[i].Text[0]) && !TriggerFinder.IsAny(tokens[i], BeForms);
        }

        private static readonly string[] BeForms = { "is", "was", "are", "were", "be", "been", "being", "as" };
    }

    /// <summary>One row of <see cref="SuspectedActs.Rows"/>, with its example.</summary>
    internal sealed class SuspectedActRow
    {
        public SuspectedActRow(string words, string prepositions, string example, string kind, string subject) =>
            (Words, Prepositions, Example, Kind, Subject) = (words.Split(' '), prepositions.Split(' '), example, kind, subject);

        /// <summary>The words that tell a hand in the act ("involved", "responsible").</summary>
        public string[] Words { get; }

        /// <summary>The prepositions before the act's noun ("in", "for").</summary>
        public string[] Prepositions { get; }

        /// <summary>An invented sentence in which unnamed people are said to have had a hand in the act.</summary>
        public string Example { get; }

        /// <summary>The kind of the act.</summary>
        public string Kind { get; }

        /// <summary>The clause subject, who takes no part in the act.</summary>
        public string Subject { get; }
    }
}
