namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// Back-references as data: the word (a pronoun, or the head noun of "the company"), what it may stand for, and an
    /// invented pair of sentences it resolves (the test runs every example: the referent is the named entity).
    /// </summary>
    internal static class AnaphorRules
    {
        internal sealed class Row
        {
            public Row(string words, ReferentClass referent, bool definite, string example, string expected)
            {
                Words = words;
                Referent = referent;
                Definite = definite;
                Example = example;
                Expected = expected;
            }

            public string Words { get; }
            public ReferentClass Referent { get; }

            /// <summary>A noun that refers back only after "the": "the company", "the minister".</summary>
            public bool Definite { get; }
            public string Example { get; }
            public string Expected { get; }
        }

        internal static readonly Row[] Rows =
        {
            new("he him his himself she her hers herself", ReferentClass.Person, false, "Anna Berg arrived in Lindstad. She said the talks were useful.", "Anna Berg"),
            new("it its itself", ReferentClass.OrganizationOrCountry, false, "Acme Corp. cut prices. It said sales were weak.", "Acme Corp"),
            new("they them their themselves", ReferentClass.Group, false, "Acme Corp. cut prices. They said sales were weak.", "Acme Corp"),
            new("company firm corporation group bank carrier airline retailer manufacturer business network broadcaster", ReferentClass.Organization, true, "Acme Corp. cut prices on Monday. The company said sales were weak.", "Acme Corp"),
            new("party ministry department agency organization organisation union alliance council committee", ReferentClass.Organization, true, "The Harbour Party won 66 seats. The party said it was pleased.", "Harbour Party"),
            // A court, a legislature or a commission is the one named so: "the court" in an article that names no court is none of its organizations.
            new("court commission cabinet congress senate parliament assembly legislature tribunal coalition", ReferentClass.NamedBody, true, "The Velden Trade Commission fined Acme Corp. The commission said the fine was final.", "Velden Trade Commission"),
            new("country nation kingdom republic", ReferentClass.Country, true, "Canada sent aid. The country said it would send more.", "Canada"),
            new("city town capital village region province state", ReferentClass.Place, true, "Lindstad was flooded. The city said it would rebuild.", "Lindstad"),
        };
    }
}
