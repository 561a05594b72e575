using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// Legal-form words that end a company's name and that news drops after the first mention, with an invented example:
    /// <paramref name="Example"/> names the company <paramref name="Name"/> first, then by <paramref name="Form"/>; the rule tests run it.
    /// </summary>
    internal sealed record CompanySuffixRow(string Suffixes, string Example, string Name, string Form);

    // "Tesco Plc ... Tesco said", "Velmora Corp. ... Velmora declined": one company, the name without its legal form an alias.
    internal sealed partial class EntityRecognizer
    {
        internal static readonly CompanySuffixRow[] CompanySuffixRows =
        {
            new("Inc Inc. Corp Corp. Co. Ltd Ltd. LLC Limited",
                "Microsoft Corp. said on Monday it would hire more engineers. Microsoft did not give a number.", "Microsoft Corp", "Microsoft"),
            // A name no lexicon knows: the legal form alone shows the firm before its short form stands at a sentence start.
            new("PLC Plc plc",
                "Velmora Plc reported a loss on Tuesday. Velmora will close ten stores.", "Velmora Plc", "Velmora"),
            new("AG GmbH SA S.A. NV N.V. SE",
                "Siemens AG signed a contract with Egypt on Tuesday. Siemens will build three power plants.", "Siemens AG", "Siemens"),
        };

        private static readonly HashSet<string> CompanySuffixes = SuffixesOf(CompanySuffixRows);

        private static HashSet<string> SuffixesOf(CompanySuffixRow[] rows)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in rows) set.UnionWith(row.Suffixes.Split(' '));
            return set;
        }

        /// <summary>"Siemens" of "Siemens AG": the name without the legal-form word that ends it; null when none ends it.</summary>
        private static string? WithoutCompanySuffix(string name)
        {
            var space = name.LastIndexOf(' ');
            if (space <= 0) return null;
            // Compared in place: a substring per organization mention would be allocated for nothing in most names.
            foreach (var suffix in CompanySuffixes)
                if (suffix.Length == name.Length - space - 1 && string.CompareOrdinal(name, space + 1, suffix, 0, suffix.Length) == 0) return name.Substring(0, space);
            return null;
        }

        /// <summary>The name whose key an organization's other names share ("Siemens" for "Siemens AG", "Fisheries Ministry" for "Ministry of Fisheries").</summary>
        private static string? SharedOrganizationName(string name) => WithoutCompanySuffix(name) ?? SubjectFirstName(name);
    }
}
