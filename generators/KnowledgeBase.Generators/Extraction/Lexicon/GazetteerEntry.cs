using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>The kind of a gazetteer entry.</summary>
    internal enum GazetteerKind
    {
        Country,
        City,
        Region,
        Continent,
        Organization,
    }

    /// <summary>One gazetteer entry: a canonical name with its surface forms and demonyms.</summary>
    internal sealed class GazetteerEntry
    {
        internal GazetteerEntry(string name, GazetteerKind kind, string? country, bool isMedia, IReadOnlyList<string> aliases, IReadOnlyList<string> demonyms, bool isCapital = false)
        {
            IsCapital = isCapital;
            Name = name;
            Kind = kind;
            Country = country;
            IsMedia = isMedia;
            Aliases = aliases;
            Demonyms = demonyms;
        }

        /// <summary>Canonical common English name.</summary>
        public string Name { get; }

        private string? _nameKey;

        /// <summary>
        /// The variant key of <see cref="Name"/> (<see cref="NameVariants.Key(string)"/>), worked out on first asking: every mention of
        /// a gazetteer name is filed under it. Threads that ask at once work out the same string; either may be kept.
        /// </summary>
        public string NameKey => _nameKey ??= NameVariants.Key(Name);

        public GazetteerKind Kind { get; }

        /// <summary>Canonical country name for cities and regions; null for countries, continents, organizations and multi-country areas.</summary>
        public string? Country { get; }

        /// <summary>True for news agencies, newspapers and broadcasters.</summary>
        public bool IsMedia { get; }

        /// <summary>A national capital: as an actor it stands for its country's government ("Kyiv rejected").</summary>
        public bool IsCapital { get; }

        /// <summary>An online platform or social network: what is posted "on" it is told there, by others.</summary>
        public bool IsPlatform { get; internal set; }

        /// <summary>Other surface forms (excluding <see cref="Name"/>).</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>Demonyms / adjectives ("Russian", "North Korean", "European").</summary>
        public IReadOnlyList<string> Demonyms { get; }

        public override string ToString() => Name;
    }
}
