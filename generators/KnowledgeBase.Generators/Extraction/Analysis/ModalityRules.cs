namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>How a modality cue is built.</summary>
    internal enum ModalityCue : byte
    {
        /// <summary>A modal verb: "will visit", "could resign".</summary>
        Modal,

        /// <summary>A verb + "to" + verb: "plans to meet".</summary>
        VerbTo,

        /// <summary>"be" + participle + "to" + verb: "is scheduled to arrive".</summary>
        PassiveTo,

        /// <summary>"be" + adjective + "to" + verb: "is due to sign", "is likely to resign".</summary>
        AdjectiveTo,

        /// <summary>"be" + "to" + verb: "is to sign"; "be going to".</summary>
        BeTo,
    }

    /// <summary>
    /// Modality cues as data: a lemma, how it is built, the modality it gives the verb it governs, whether it speaks
    /// of the future, and an invented sentence it decides (the test runs every example).
    /// </summary>
    internal static class ModalityRules
    {
        internal sealed class Row
        {
            public Row(string lemma, ModalityCue cue, Modality modality, bool future, string example)
            {
                Lemma = lemma;
                Cue = cue;
                Modality = modality;
                Future = future;
                Example = example;
            }

            public string Lemma { get; }
            public ModalityCue Cue { get; }
            public Modality Modality { get; }
            public bool Future { get; }
            public string Example { get; }
        }

        internal static readonly Row[] Rows =
        {
            new("will", ModalityCue.Modal, Modality.Planned, true, "Berg will visit Lindstad."),
            new("shall", ModalityCue.Modal, Modality.Planned, true, "Berg shall visit Lindstad."),
            new("could", ModalityCue.Modal, Modality.Possible, false, "Lind could resign."),
            new("might", ModalityCue.Modal, Modality.Possible, false, "Lind might resign."),
            new("may", ModalityCue.Modal, Modality.Possible, false, "Lind may resign."),
            new("would", ModalityCue.Modal, Modality.Possible, false, "Lind would resign."),
            new("should", ModalityCue.Modal, Modality.Possible, false, "Lind should resign."),
            new("plan", ModalityCue.VerbTo, Modality.Planned, false, "Lind plans to meet Berg."),
            new("intend", ModalityCue.VerbTo, Modality.Planned, false, "Lind intends to meet Berg."),
            new("aim", ModalityCue.VerbTo, Modality.Planned, false, "Lind aims to meet Berg."),
            new("prepare", ModalityCue.VerbTo, Modality.Planned, false, "Lind is preparing to meet Berg."),
            new("promise", ModalityCue.VerbTo, Modality.Planned, false, "Lind promised to meet Berg."),
            new("pledge", ModalityCue.VerbTo, Modality.Planned, false, "Lind pledged to meet Berg."),
            new("vow", ModalityCue.VerbTo, Modality.Planned, false, "Lind vowed to meet Berg."),
            new("agree", ModalityCue.VerbTo, Modality.Planned, false, "Lind agreed to meet Berg."),
            new("decide", ModalityCue.VerbTo, Modality.Planned, false, "Lind decided to meet Berg."),
            new("seek", ModalityCue.VerbTo, Modality.Planned, false, "Lind seeks to meet Berg."),
            new("want", ModalityCue.VerbTo, Modality.Possible, false, "Lind wants to meet Berg."),
            new("hope", ModalityCue.VerbTo, Modality.Possible, false, "Lind hopes to meet Berg."),
            new("try", ModalityCue.VerbTo, Modality.Possible, false, "Lind tried to meet Berg."),
            new("threaten", ModalityCue.VerbTo, Modality.Possible, false, "Lind threatened to leave the talks."),
            new("schedule", ModalityCue.PassiveTo, Modality.Planned, false, "Lind is scheduled to meet Berg."),
            new("set", ModalityCue.PassiveTo, Modality.Planned, false, "Lind is set to meet Berg."),
            new("expect", ModalityCue.PassiveTo, Modality.Planned, false, "Lind is expected to meet Berg."),
            new("due", ModalityCue.AdjectiveTo, Modality.Planned, false, "Lind is due to meet Berg."),
            new("poise", ModalityCue.PassiveTo, Modality.Planned, false, "Lind is poised to meet Berg."),
            new("set", ModalityCue.AdjectiveTo, Modality.Planned, false, "Lind is set to meet Berg."),
            new("likely", ModalityCue.AdjectiveTo, Modality.Possible, false, "Lind is likely to meet Berg."),
            new("be", ModalityCue.BeTo, Modality.Planned, false, "Lind is to meet Berg."),
            new("go", ModalityCue.BeTo, Modality.Planned, true, "Lind is going to meet Berg."),
        };

        /// <summary>The row for a lemma built as <paramref name="cue"/>, or null.</summary>
        public static Row? Find(string lemma, ModalityCue cue)
        {
            foreach (var row in Rows)
                if (row.Cue == cue && row.Lemma == lemma) return row;
            return null;
        }
    }
}
