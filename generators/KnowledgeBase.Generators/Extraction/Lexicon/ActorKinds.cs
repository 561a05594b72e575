namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>What a phrase of a country record names (the kinds are told apart with WordNet; see convert.py).</summary>
    internal enum CountryNameKind
    {
        /// <summary>The country's name or a variant ("United States", "U.S.", "the US").</summary>
        Name,

        /// <summary>Adjective or demonym ("American", "Russian", "Afghans").</summary>
        Adjective,

        /// <summary>The national capital ("Kabul", "Moscow").</summary>
        Capital,

        /// <summary>Another city, state or region listed under the country ("New York", "Kandahar").</summary>
        Place,
    }

    /// <summary>What a named actor is.</summary>
    internal enum ActorKind
    {
        /// <summary>A country name with a dated history of codes (Georgia: USRGEO, then GEO).</summary>
        Country,

        /// <summary>Intergovernmental organization (IGO... codes).</summary>
        Igo,

        /// <summary>Non-governmental organization (NGO..., NGM... codes).</summary>
        Ngo,

        /// <summary>Multinational company (MNC... codes).</summary>
        Company,

        /// <summary>Non-state armed group (the MilNonState file, IMG... codes).</summary>
        ArmedGroup,

        /// <summary>A named person holding a role for a date range ([AFGGOV 920628-960927]).</summary>
        OfficeHolder,

        /// <summary>A national institution or other actor without dates (Afghan National Army: AFGMIL).</summary>
        Institution,
    }

    /// <summary>A country phrase: its CAMEO country code and what the phrase names.</summary>
    internal readonly struct CountryName
    {
        public CountryName(string code, CountryNameKind kind)
        {
            Code = code;
            Kind = kind;
        }

        public string Code { get; }
        public CountryNameKind Kind { get; }
    }

    /// <summary>One code of a named actor, valid from <see cref="From"/> to <see cref="To"/> (yyyymmdd, inclusive; 0: open).</summary>
    internal sealed class ActorRole
    {
        public ActorRole(string code, ActorKind kind, int from, int to)
        {
            Code = code;
            Kind = kind;
            From = from;
            To = to;
        }

        public string Code { get; }
        public ActorKind Kind { get; }
        public int From { get; }
        public int To { get; }

        public bool IsDated => From != 0 || To != 0;

        /// <summary>Whether the role holds on a date given as yyyymmdd.</summary>
        public bool HoldsOn(int date) => (From == 0 || date >= From) && (To == 0 || date <= To);
    }
}
