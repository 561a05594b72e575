namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>What comes before an open-class word (adverbs and "not" looked through).</summary>
    internal enum LeftContext : byte
    {
        /// <summary>Sentence start, after an opening quote, colon or dash.</summary>
        Start,

        /// <summary>After a determiner, adjective, number, possessive: "the talks", "Berg's talks".</summary>
        NounPhrase,

        /// <summary>After a modal, infinitive "to" or "do": "will visit", "to meet", "did not sign".</summary>
        BaseVerbExpected,

        /// <summary>After a form of "be": "was stabbed", "is meeting", "were useful".</summary>
        AfterBe,

        /// <summary>After a form of "have": "has signed".</summary>
        AfterHave,

        /// <summary>After a noun or subject pronoun: "She talks", "the government plans".</summary>
        AfterSubject,

        /// <summary>After a preposition: "by signing", "of talks".</summary>
        AfterPreposition,

        /// <summary>After who/which: "who resigned".</summary>
        AfterWhWord,

        /// <summary>After a subordinator: "because talks failed".</summary>
        AfterSubordinator,

        /// <summary>After a main verb: "signed deals".</summary>
        AfterVerb,

        /// <summary>After a conjunction or comma.</summary>
        Other,
    }

    /// <summary>A reading an open-class word may take in a context, tried in a row's order.</summary>
    internal enum Choice : byte
    {
        /// <summary>An adjective when a noun or adjective can follow: "the foreign minister".</summary>
        AdjectiveBeforeNoun,

        /// <summary>A noun when a finite verb follows: "peace talks resumed".</summary>
        NounBeforeVerb,

        /// <summary>A noun that ends a compound after the clause's verb, which takes no second finite verb: "held peace talks", "for a state visit".</summary>
        CompoundHeadInObject,
        Noun,
        Adjective,
        VerbBase,
        VerbParticiple,
        VerbGerund,

        /// <summary>Past, third person singular or present: "She talks", "Berg signed".</summary>
        VerbFinite,

        /// <summary>Inside a noun phrase, whatever WordNet says: an adjective before a noun, else a noun ("the renaming ceremony").</summary>
        Modifier,

        /// <summary>The class with the highest WordNet prior.</summary>
        Likeliest,

        /// <summary>An adverb when a participle follows: "was further sanctioned", "has long stated", "was well received".</summary>
        AdverbBeforeParticiple,
    }

    /// <summary>
    /// The context rules of the tagger as data: one row a left context, the readings to try in order, and an
    /// invented sentence whose word in that context the row decides (the test runs every example).
    /// </summary>
    internal static class ContextRules
    {
        internal sealed class Row
        {
            public Row(LeftContext context, Choice[] choices, string example, string word, Tag expected)
            {
                Context = context;
                Choices = choices;
                Example = example;
                Word = word;
                Expected = expected;
            }

            public LeftContext Context { get; }
            public Choice[] Choices { get; }
            public string Example { get; }
            public string Word { get; }
            public Tag Expected { get; }
        }

        internal static readonly Row[] Rows =
        {
            new(LeftContext.Start, new[] { Choice.AdjectiveBeforeNoun, Choice.NounBeforeVerb, Choice.Likeliest }, "Talks resumed on Monday.", "Talks", Tag.Noun),
            new(LeftContext.NounPhrase, new[] { Choice.AdjectiveBeforeNoun, Choice.Noun, Choice.Adjective, Choice.VerbFinite, Choice.Modifier }, "The talks resumed.", "talks", Tag.Noun),
            new(LeftContext.BaseVerbExpected, new[] { Choice.VerbBase, Choice.Likeliest }, "Berg will visit Lindstad.", "visit", Tag.Verb),
            new(LeftContext.AfterBe, new[] { Choice.VerbParticiple, Choice.VerbGerund, Choice.AdverbBeforeParticiple, Choice.AdjectiveBeforeNoun, Choice.Adjective, Choice.Noun, Choice.Likeliest }, "The mayor was stabbed by a man.", "stabbed", Tag.Verb),
            new(LeftContext.AfterHave, new[] { Choice.VerbParticiple, Choice.AdverbBeforeParticiple, Choice.Likeliest }, "Berg has signed the deal.", "signed", Tag.Verb),
            new(LeftContext.AfterSubject, new[] { Choice.CompoundHeadInObject, Choice.NounBeforeVerb, Choice.VerbFinite, Choice.Likeliest }, "She talks daily.", "talks", Tag.Verb),
            new(LeftContext.AfterPreposition, new[] { Choice.VerbGerund, Choice.AdjectiveBeforeNoun, Choice.Noun, Choice.Likeliest }, "Berg replied by signing the deal.", "signing", Tag.Verb),
            new(LeftContext.AfterWhWord, new[] { Choice.VerbFinite, Choice.Likeliest }, "The minister who resigned spoke.", "resigned", Tag.Verb),
            new(LeftContext.AfterSubordinator, new[] { Choice.AdjectiveBeforeNoun, Choice.NounBeforeVerb, Choice.Likeliest }, "Berg left because talks failed.", "talks", Tag.Noun),
            new(LeftContext.AfterVerb, new[] { Choice.AdjectiveBeforeNoun, Choice.Noun, Choice.Likeliest }, "Berg signed deals.", "deals", Tag.Noun),
            new(LeftContext.Other, new[] { Choice.NounBeforeVerb, Choice.Likeliest }, "Berg arrived and signed the deal.", "signed", Tag.Verb),
        };

        private static readonly Choice[][] ByContext = Index();

        // Per set of open classes (its bits as index): the tag every row gives a word of that one class, or null (several
        // classes, or a row whose answer depends on the neighbours). Read from the rows once: for such a word the tagger asks
        // neither its context nor its neighbour (for speed: most open-class words are nouns or adjectives only).
        private static readonly Tag?[] OnlyClassTags = OnlyClassTagsFromRows();

        /// <summary>The tag every context gives a word whose open classes are <paramref name="open"/>, or null when it depends.</summary>
        public static Tag? TagOfOnly(OpenClass open) => OnlyClassTags[(int)open & 15];

        private static Tag?[] OnlyClassTagsFromRows()
        {
            var tags = new Tag?[16];
            if (System.Array.TrueForAll(Rows, row => Gives(row.Choices, OpenClass.Noun, Tag.Noun))) tags[(int)OpenClass.Noun] = Tag.Noun;
            if (System.Array.TrueForAll(Rows, row => Gives(row.Choices, OpenClass.Adjective, Tag.Adjective))) tags[(int)OpenClass.Adjective] = Tag.Adjective;
            return tags;
        }

        // A row as the tagger walks it for a word of the one class (a noun or an adjective): a choice needing another class
        // passes, one that may give the word's own tag gives it or passes (NounBeforeVerb, AdjectiveBeforeNoun), Modifier may
        // give either tag.
        private static bool Gives(Choice[] choices, OpenClass open, Tag tag)
        {
            foreach (var choice in choices)
            {
                switch (choice)
                {
                    case Choice.Noun when open == OpenClass.Noun:
                    case Choice.Adjective when open == OpenClass.Adjective:
                    case Choice.Likeliest: // its only class is the likeliest
                        return true;
                    case Choice.Modifier:
                        return false;
                }
            }
            return tag == Tag.Noun; // the tagger's fallback
        }

        private static Choice[][] Index()
        {
            var index = new Choice[Rows.Length][];
            foreach (var row in Rows) index[(int)row.Context] = row.Choices;
            return index;
        }

        public static Choice[] For(LeftContext context) => ByContext[(int)context];
    }
}
