namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// The quote finder's word classes of a spelling, worked out together on first asking: the speaker scans ask them of
    /// every word between a cue and its subject, and each is a hashed look-up or a string switch.
    /// </summary>
    internal sealed partial class WordForm
    {
        private ushort _quoteWords;

        /// <summary>Which of the quote finder's word classes the spelling is in (<see cref="QuoteExtractor.ClassesOf"/>).</summary>
        internal QuoteWords QuoteWords
        {
            get
            {
                if (_quoteWords == 0) _quoteWords = (ushort)(QuoteWords.Asked | QuoteExtractor.ClassesOf(Text));
                return (QuoteWords)_quoteWords;
            }
        }
    }

    /// <summary>Word classes the quote finder asks of a spelling (<see cref="QuoteExtractor.ClassesOf"/>).</summary>
    [System.Flags]
    internal enum QuoteWords : ushort
    {
        None = 0,

        /// <summary>Set once the classes are worked out.</summary>
        Asked = 1,
        PersonalPronoun = 2,
        SpeakingGroup = 4,
        DocumentNoun = 8,

        /// <summary>A document noun, "message", "tweet" or "post": words someone issued.</summary>
        WrittenWords = 16,
        InstitutionNoun = 32,
        CompanyNoun = 64,
    }

    internal sealed partial class QuoteExtractor
    {
        /// <summary>The classes of a spelling, as the word tests read it (case as written).</summary>
        internal static QuoteWords ClassesOf(string word) =>
            (Lexicons.CommonWords.IsPersonalPronoun(word) ? QuoteWords.PersonalPronoun : QuoteWords.None)
            | (Lexicons.CommonWords.IsSpeakingGroup(word) || IsUnnamedSpeakerNoun(word) ? QuoteWords.SpeakingGroup : QuoteWords.None)
            | (IsDocumentNoun(word) ? QuoteWords.DocumentNoun | QuoteWords.WrittenWords : QuoteWords.None)
            | (IsSpelled(word, "message") || IsSpelled(word, "tweet") || IsSpelled(word, "post") ? QuoteWords.WrittenWords : QuoteWords.None)
            | (IsInstitutionNoun(word) ? QuoteWords.InstitutionNoun : QuoteWords.None)
            | (IsCompanyNoun(word) ? QuoteWords.CompanyNoun : QuoteWords.None);

        /// <summary>
        /// Unnamed speakers the group-noun lists do not hold, who speak as themselves in news: "the family said", "a source
        /// told", "a publicist for the singer said", "one witness said".
        /// </summary>
        private static bool IsUnnamedSpeakerNoun(string word) =>
            IsSpelled(word, "family") || IsSpelled(word, "source") || IsSpelled(word, "publicist") || IsSpelled(word, "witness") || IsSpelled(word, "eyewitness")
            || IsSpelled(word, "eyewitnesses") || IsPluralAgentNoun(word);

        /// <summary>
        /// "farmers", "carmakers", "geologists": a plural of the field's agent nouns (PETRARCH2's agents), or a plural in "-ists"
        /// whose singular WordNet knows only as a noun, names people who speak as a group ("Geologists say the fault is
        /// moving"), as the curated group nouns do; "insists", "lists" and "exists" are verbs too, and "business" is no plural.
        /// </summary>
        private static bool IsPluralAgentNoun(string word)
        {
            if (word.Length < 4 || word[word.Length - 1] != 's' || word[word.Length - 2] == 's' || word.IndexOf(' ') >= 0) return false;
            var lower = word.ToLowerInvariant();
            if (Lexicon.AgentLexicon.Instance.TryGetRole(lower, out _)) return true;
            if (lower.Length < 7 || !lower.EndsWith("ists", System.StringComparison.Ordinal)) return false;
            var singular = lower.Substring(0, lower.Length - 1);
            var words = Lexicon.WordClassLexicon.Instance;
            return words.Has(singular, Lexicon.PartOfSpeech.Noun) && !words.Has(singular, Lexicon.PartOfSpeech.Verb);
        }

        // As Token.Is compares.
        private static bool IsSpelled(string word, string other) => string.Equals(word, other, System.StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a token's spelling is in a class, read from its form (worked out once per spelling).</summary>
        private static bool IsA(Token t, QuoteWords kind) => ((t.Form?.QuoteWords ?? ClassesOf(t.Text)) & kind) != 0;
    }
}
