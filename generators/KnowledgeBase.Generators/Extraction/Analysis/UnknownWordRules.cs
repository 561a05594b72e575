using System;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// Word classes of words WordNet does not know, from their ending: one row a suffix, the class it makes and an
    /// invented word that has it. The first row whose suffix the word ends with wins; none: a noun.
    /// </summary>
    internal static class UnknownWordRules
    {
        internal sealed class Row
        {
            public Row(string suffix, OpenClass open, VerbForm form, string example)
            {
                Suffix = suffix;
                Open = open;
                Form = form;
                Example = example;
            }

            public string Suffix { get; }
            public OpenClass Open { get; }
            public VerbForm Form { get; }

            /// <summary>An invented word the row classifies (the rule's test).</summary>
            public string Example { get; }
        }

        internal static readonly Row[] Rows =
        {
            new("-based", OpenClass.Adjective, VerbForm.None, "blorf-based"),
            new("-led", OpenClass.Adjective, VerbForm.None, "blorf-led"),
            new("-backed", OpenClass.Adjective, VerbForm.None, "blorf-backed"),
            new("ly", OpenClass.Adverb, VerbForm.None, "blorfishly"),
            new("ing", OpenClass.Verb | OpenClass.Noun, VerbForm.Gerund, "blorfing"),
            new("ed", OpenClass.Verb | OpenClass.Adjective, VerbForm.Past, "blorfed"),
            new("ize", OpenClass.Verb, VerbForm.Base, "blorfize"),
            new("ise", OpenClass.Verb, VerbForm.Base, "blorfise"),
            new("ify", OpenClass.Verb, VerbForm.Base, "blorfify"),
            new("izes", OpenClass.Verb, VerbForm.ThirdSingular, "blorfizes"),
            new("ous", OpenClass.Adjective, VerbForm.None, "blorfous"),
            new("ful", OpenClass.Adjective, VerbForm.None, "blorfful"),
            new("ive", OpenClass.Adjective, VerbForm.None, "blorfive"),
            new("able", OpenClass.Adjective, VerbForm.None, "blorfable"),
            new("ible", OpenClass.Adjective, VerbForm.None, "blorfible"),
            new("less", OpenClass.Adjective, VerbForm.None, "blorfless"),
            new("ic", OpenClass.Adjective, VerbForm.None, "blorfic"),
            new("ical", OpenClass.Adjective, VerbForm.None, "blorfical"),
            new("ish", OpenClass.Adjective, VerbForm.None, "blorfish"),
            new("ian", OpenClass.Adjective | OpenClass.Noun, VerbForm.None, "blorfian"),
            new("ese", OpenClass.Adjective | OpenClass.Noun, VerbForm.None, "blorfese"),
        };

        /// <summary>The row for an unknown lower-case word, or null (a noun).</summary>
        public static Row? Find(string lower)
        {
            foreach (var row in Rows)
                if (lower.Length > row.Suffix.Length + 2 && lower.EndsWith(row.Suffix, StringComparison.Ordinal)) return row;
            return null;
        }
    }

    /// <summary>The open classes a word may belong to.</summary>
    [Flags]
    internal enum OpenClass : byte
    {
        None = 0,
        Noun = 1,
        Verb = 2,
        Adjective = 4,
        Adverb = 8,
    }
}
