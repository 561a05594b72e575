namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>WordNet's four open word classes.</summary>
    internal enum PartOfSpeech
    {
        Noun,
        Verb,
        Adjective,
        Adverb,
    }

    /// <summary>
    /// How often a lemma is each part of speech: SemCor tag count + 1 for the classes WordNet lists it in, 0 for
    /// the others (so a listed class is never 0).
    /// </summary>
    internal readonly struct PartOfSpeechPriors
    {
        public PartOfSpeechPriors(int noun, int verb, int adjective, int adverb)
        {
            Noun = noun;
            Verb = verb;
            Adjective = adjective;
            Adverb = adverb;
        }

        public int Noun { get; }
        public int Verb { get; }
        public int Adjective { get; }
        public int Adverb { get; }

        public int Total => Noun + Verb + Adjective + Adverb;

        public int Of(PartOfSpeech pos) => pos switch
        {
            PartOfSpeech.Noun => Noun,
            PartOfSpeech.Verb => Verb,
            PartOfSpeech.Adjective => Adjective,
            _ => Adverb,
        };

        /// <summary>The most frequent class; ties go to noun, then verb, adjective, adverb.</summary>
        public PartOfSpeech Likeliest
        {
            get
            {
                var best = PartOfSpeech.Noun;
                if (Verb > Of(best)) best = PartOfSpeech.Verb;
                if (Adjective > Of(best)) best = PartOfSpeech.Adjective;
                if (Adverb > Of(best)) best = PartOfSpeech.Adverb;
                return best;
            }
        }
    }
}
