namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>A small Penn-like part-of-speech tag set.</summary>
    internal enum Tag : byte
    {
        Noun,
        ProperNoun,
        Pronoun,
        Verb,
        Auxiliary,
        Modal,
        Adjective,
        Adverb,
        Determiner,
        Preposition,
        Conjunction,
        Subordinator,
        Particle,
        WhWord,
        Number,
        Punctuation,
        Possessive,
    }

    /// <summary>The form of a verb, auxiliary or modal ("visit", "visits", "visited", "visited", "visiting").</summary>
    internal enum VerbForm : byte
    {
        None,
        Base,
        ThirdSingular,
        Past,
        Participle,
        Gerund,
    }

    internal enum Tense : byte
    {
        /// <summary>A non-finite group: "to meet", "visiting".</summary>
        None,
        Past,
        Present,
        Future,
    }

    internal enum Voice : byte
    {
        Active,
        Passive,
    }

    /// <summary>How real the verb's event is said to be.</summary>
    internal enum Modality : byte
    {
        None,

        /// <summary>"will visit", "plans to meet", "is to sign", "is scheduled to arrive".</summary>
        Planned,

        /// <summary>"could resign", "might", "may", "would", "should".</summary>
        Possible,

        /// <summary>Under "if" or "unless": "if Berg resigns".</summary>
        Conditional,
    }

    internal enum ClauseKind : byte
    {
        Main,

        /// <summary>Introduced by a subordinator: "because the talks failed".</summary>
        Subordinate,

        /// <summary>Attached to a noun by who/which/that: "the minister who resigned".</summary>
        Relative,

        /// <summary>The complement of a speech or cognition verb: "said (that) the talks were useful".</summary>
        Reported,

        /// <summary>An infinitive or gerund without a subject of its own: "to meet Lind", "by signing the deal".</summary>
        Nonfinite,
    }

    /// <summary>What a back-reference may stand for.</summary>
    internal enum ReferentClass : byte
    {
        Person,

        /// <summary>An organization or a country: "it", "its".</summary>
        OrganizationOrCountry,
        Organization,
        Country,

        /// <summary>A body's noun ("the court", "the commission"): only an organization whose name has the noun, never another.</summary>
        NamedBody,

        /// <summary>A city, region or other place that is not a country.</summary>
        Place,

        /// <summary>"they": a plural group (several people, an organization, a plural noun phrase).</summary>
        Group,
    }
}
