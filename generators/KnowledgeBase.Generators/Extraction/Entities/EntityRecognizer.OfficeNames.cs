using System;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>What a row of <see cref="EntityRecognizer.OfficeNameRows"/> holds.</summary>
    internal enum OfficeNamePart
    {
        /// <summary>A head word put first with "of" or last ("Ministry of Fisheries", "Fisheries Ministry").</summary>
        Head,

        /// <summary>A subject spelled out after "of" and shortened before the head ("Foreign Affairs", "Foreign").</summary>
        ShortenedSubject,
    }

    /// <summary>
    /// A word of an office's name that lets two orders name one organization, with an invented example: <paramref name="Example"/>
    /// names the organization <paramref name="Name"/> first, then by <paramref name="Form"/>; the rule tests run it.
    /// </summary>
    internal sealed record OfficeNameRow(OfficeNamePart Part, string Word, string Shortened, string Example, string Name, string Form);

    // "Ministry of Fisheries" and "the Fisheries Ministry": one organization, whichever order the article names it in.
    internal sealed partial class EntityRecognizer
    {
        internal static readonly OfficeNameRow[] OfficeNameRows =
        {
            new(OfficeNamePart.Head, "Ministry", "", "The Ministry of Fisheries banned trawling on Monday. The Fisheries Ministry said the ban would last a month.",
                "Ministry of Fisheries", "Fisheries Ministry"),
            new(OfficeNamePart.Head, "Department", "", "The Transport Department closed the bridge. The Department of Transport said repairs would take a week.",
                "Transport Department", "Department of Transport"),
            new(OfficeNamePart.ShortenedSubject, "Foreign Affairs", "Foreign", "The Ministry of Foreign Affairs summoned the Dutch envoy. The Foreign Ministry called the remarks false.",
                "Ministry of Foreign Affairs", "Foreign Ministry"),
            new(OfficeNamePart.ShortenedSubject, "Internal Affairs", "Interior", "The Interior Ministry said ten people were held. The Ministry of Internal Affairs named none of them.",
                "Interior Ministry", "Ministry of Internal Affairs"),
            new(OfficeNamePart.ShortenedSubject, "External Affairs", "External", "The Ministry of External Affairs rejected the claim. The External Ministry said talks would go on.",
                "Ministry of External Affairs", "External Ministry"),
            new(OfficeNamePart.ShortenedSubject, "Home Affairs", "Home", "The Home Ministry sent more troops. The Ministry of Home Affairs said the region was calm.",
                "Home Ministry", "Ministry of Home Affairs"),
        };

        /// <summary>
        /// The name in the order subject, head ("Fisheries Ministry") of an organization named "Ministry of [the] Fisheries", with
        /// the subject shortened as news shortens it before the head ("Foreign Ministry" for "Ministry of Foreign Affairs");
        /// null when the name has no such head.
        /// </summary>
        private static string? SubjectFirstName(string name)
        {
            foreach (var row in OfficeNameRows)
            {
                if (row.Part != OfficeNamePart.Head) continue;
                var head = row.Word;
                if (name.Length > head.Length + 4 && name.StartsWith(head, StringComparison.Ordinal) && string.CompareOrdinal(name, head.Length, " of ", 0, 4) == 0)
                {
                    var subject = name.Substring(head.Length + 4);
                    if (subject.StartsWith("the ", StringComparison.Ordinal)) subject = subject.Substring(4);
                    return subject.Length == 0 ? null : Shortened(subject) + " " + head;
                }
                if (name.Length > head.Length + 1 && name.EndsWith(head, StringComparison.Ordinal) && name[name.Length - head.Length - 1] == ' ' && Shortened(name.Substring(0, name.Length - head.Length - 1)) is var shortened
                    && shortened.Length + head.Length + 1 < name.Length) return shortened + " " + head;
            }
            return null;
        }

        private static string Shortened(string subject)
        {
            foreach (var row in OfficeNameRows)
                if (row.Part == OfficeNamePart.ShortenedSubject && subject == row.Word) return row.Shortened;
            return subject;
        }
    }
}
