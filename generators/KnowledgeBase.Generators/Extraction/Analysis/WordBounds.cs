using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// What a sentence's words alone rule out of its analysis's answers, so that a stage asks for the analysis (most of what a
    /// sentence costs) only where the answer may be yes. Each test is a necessary condition of the analysis's "yes", read from
    /// the rules it mirrors: a verb group runs over words only, holds no punctuation and no determiner, pronoun, preposition or conjunction
    /// (<see cref="VerbGroupFinder"/>); a clause is introduced only by a closed word (<see cref="ClauseBuilder"/>). A change
    /// there that widens a yes is a change here.
    /// </summary>
    internal static class WordBounds
    {
        /// <summary>The closed-class reading of the word at <paramref name="k"/>, or null.</summary>
        public static ClosedWord? ClosedWordAt(List<Token> tokens, int k) => (tokens[k].Form?.Entry ?? WordEntry.Of(tokens[k].Text)).Closed;

        /// <summary>
        /// Whether the word at <paramref name="k"/> may introduce a clause: the analysis takes as an introducer only a word it
        /// tags relative or subordinating (the closed words "who", "while", "that") or a preposition that takes a clause ("after", "as").
        /// </summary>
        public static bool MayIntroduceClause(List<Token> tokens, int k) =>
            k < tokens.Count && tokens[k].IsWord && ClosedWordAt(tokens, k) is { } closed
            && (closed.Tag is Tag.WhWord or Tag.Subordinator || closed.Ambiguity == AmbiguousWord.That
                || closed.Lemma is "after" or "before" or "since" or "until" or "till" or "as");

        /// <summary>Whether a word in [<paramref name="start"/>, <paramref name="end"/>) may introduce a clause (<see cref="MayIntroduceClause"/>).</summary>
        public static bool MayIntroduceClauseIn(List<Token> tokens, int start, int end)
        {
            for (var k = start; k < end && k < tokens.Count; k++)
                if (MayIntroduceClause(tokens, k)) return true;
            return false;
        }

        /// <summary>
        /// Whether the word at <paramref name="verb"/> may be passive: the analysis makes a verb so only with "by" right after
        /// its verb group (the verb and a particle) or a form of "be" before it in the group; and a modal or a form of "be"
        /// that cues an infinitive carries the voice of its cue group ("might" in "might be expected to rise").
        /// </summary>
        public static bool MayBePassiveAt(List<Token> tokens, int verb) =>
            verb + 1 < tokens.Count && tokens[verb + 1].Is("by") || verb + 2 < tokens.Count && tokens[verb + 2].Is("by") || HasBeBefore(tokens, verb)
            || ClosedWordAt(tokens, verb) is { Tag: Tag.Modal } or { Lemma: "be" };

        /// <summary>
        /// Whether a comma may stand right before the verb group of the word at <paramref name="verb"/>: a group holds no
        /// punctuation, so it starts after the last punctuation before the word, and when that is no comma, neither is the
        /// token before the group.
        /// </summary>
        public static bool MayFollowComma(List<Token> tokens, int verb)
        {
            var k = verb;
            while (k > 0 && tokens[k - 1].Kind != TokenKind.Punctuation) k--;
            return k > 0 && tokens[k - 1].IsPunct(',');
        }

        /// <summary>
        /// Whether the tagger may read the word at <paramref name="k"/> as a verb, an auxiliary or a modal (what a verb group's
        /// head and tense are read from): a closed word only when it is an auxiliary or modal, an open word only when the
        /// lexicon or its ending gives it a verb reading, and never a name inside a sentence (a capitalized open word after no
        /// sentence start, in a sentence that is no headline: the tagger's proper noun).
        /// </summary>
        public static bool MayBeVerbAt(List<Token> tokens, int k)
        {
            var headline = Unknown;
            return MayBeVerbAt(tokens, k, ref headline);
        }

        /// <summary>Whether a word in [<paramref name="start"/>, <paramref name="end"/>) may be read as a verb (<see cref="MayBeVerbAt(List{Token}, int)"/>).</summary>
        public static bool MayHaveVerbIn(List<Token> tokens, int start, int end)
        {
            var headline = Unknown;
            for (var k = start < 0 ? 0 : start; k < end && k < tokens.Count; k++)
                if (MayBeVerbAt(tokens, k, ref headline)) return true;
            return false;
        }

        /// <summary>
        /// Whether a finite clause may open at <paramref name="start"/> (<see cref="SentenceAnalysis.OpensFiniteClauseAt"/>): its verb
        /// group starts at most five tokens on, after no comma but one before a word that may open a relative clause, and holds
        /// only words, one of them (its head) a possible verb.
        /// </summary>
        public static bool MayOpenFiniteClauseAt(List<Token> tokens, int start)
        {
            var headline = Unknown;
            for (var g = start + 1; g <= start + 5 && g < tokens.Count; g++)
            {
                if (tokens[g - 1].IsPunct(',') && !MayIntroduceClause(tokens, g) && !MayIntroduceClause(tokens, g + 1)) return false;
                if (!tokens[g].IsWord || g - 1 > start && tokens[g - 1].IsWord) continue; // a run of words is read once, from its start
                for (var k = g; k < tokens.Count && tokens[k].IsWord; k++)
                    if (MayBeVerbAt(tokens, k, ref headline)) return true;
            }
            return false;
        }

        // Whether the sentence is a headline in title case (PartOfSpeechTagger.IsTitleCase), asked only of a capitalized verb-like word.
        private const int Unknown = -1;

        private static bool MayBeVerbAt(List<Token> tokens, int k, ref int headline)
        {
            var token = tokens[k];
            if (!token.IsWord) return false;
            var entry = token.Form?.Entry ?? WordEntry.Of(token.Text);
            if (entry.Closed is { } closed) return closed.Tag is Tag.Auxiliary or Tag.Modal;
            if (!entry.Can(OpenClass.Verb)) return false;
            if (!token.IsCapitalized || PartOfSpeechTagger.IsSentenceStart(tokens, k)) return true;
            if (headline == Unknown) headline = PartOfSpeechTagger.IsTitleCase(tokens) ? 1 : 0;
            return headline == 1;
        }

        private static bool HasBeBefore(List<Token> tokens, int verb)
        {
            for (var k = GroupReachAt(tokens, verb); k < verb; k++)
                if (ClosedWordAt(tokens, k) is { Lemma: "be" }) return true;
            return false;
        }

        /// <summary>The first token the verb group of the word at <paramref name="verb"/> may start at.</summary>
        private static int GroupReachAt(List<Token> tokens, int verb)
        {
            var k = verb;
            while (k > 0 && tokens[k - 1].IsWord && !EndsVerbGroups(tokens[k - 1], ClosedWordAt(tokens, k - 1))) k--;
            return k;
        }

        private static bool EndsVerbGroups(in Token token, ClosedWord? closed) =>
            closed is { Ambiguity: AmbiguousWord.None, Tag: Tag.Determiner or Tag.Pronoun or Tag.Preposition or Tag.Conjunction } && !token.IsCapitalized;
    }
}
