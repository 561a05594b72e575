namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>One row of <see cref="QuoteExtractor.CueActs"/> or <see cref="QuoteExtractor.NamingParticiples"/>, with its example.</summary>
    internal sealed class CueActRow
    {
        public CueActRow(string lemma, string words, int window, string example) =>
            (Lemma, Words, Window, Example) = (lemma, words.Split(' '), window, example);

        /// <summary>The cue verb's lemma.</summary>
        public string Lemma { get; }

        /// <summary>The words after the verb that make it an act (or a naming).</summary>
        public string[] Words { get; }

        /// <summary>How many words after the verb they may stand.</summary>
        public int Window { get; }

        /// <summary>An invented sentence with the act (or the naming), which quotes nothing.</summary>
        public string Example { get; }
    }
}
