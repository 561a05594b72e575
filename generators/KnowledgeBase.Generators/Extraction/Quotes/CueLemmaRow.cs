namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// One row of a cue list that a lemma alone selects (<see cref="QuoteExtractor.JudgingCues"/>,
    /// <see cref="QuoteExtractor.RaisedParticiples"/>): the construction around it is the rule's code, the example its test.
    /// </summary>
    internal sealed class CueLemmaRow
    {
        public CueLemmaRow(string lemma, string example) => (Lemma, Example) = (lemma, example);

        /// <summary>The cue verb's lemma.</summary>
        public string Lemma { get; }

        /// <summary>An invented sentence with the construction, which quotes nothing.</summary>
        public string Example { get; }
    }
}
