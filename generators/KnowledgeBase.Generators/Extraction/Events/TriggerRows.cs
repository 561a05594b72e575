namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Whether a trigger word names the event (a noun) or tells it happening (a verb).</summary>
    internal enum PartOfSpeech
    {
        Noun,
        Verb,
    }

    /// <summary>
    /// One trigger rule as data: the word forms, their part of speech, the CAMEO code (or "000" with a kind from the gold's
    /// closed list), the words one of which must follow within a few tokens (none: no constraint), and an invented example
    /// sentence that a test runs through the extractor, expecting the code's root and the named participants.
    /// </summary>
    internal sealed class TriggerRow
    {
        public TriggerRow(string words, PartOfSpeech pos, string cameo, string kind, string? needsAfter, string example, string participants)
        {
            Words = words.Split(' ');
            Pos = pos;
            Cameo = cameo;
            Kind = kind;
            NeedsAfter = needsAfter?.Split(' ');
            Example = example;
            Participants = participants.Split('|');
        }

        public string[] Words { get; }
        public PartOfSpeech Pos { get; }
        public string Cameo { get; }
        public string Kind { get; }

        /// <summary>One of these must come within <see cref="TriggerRows.Window"/> tokens after the trigger ("pleaded guilty", "voted to pass the bill").</summary>
        public string[]? NeedsAfter { get; }

        public string Example { get; }

        /// <summary>The entities the example's event must have, actor first.</summary>
        public string[] Participants { get; }
    }

    /// <summary>Trigger rows added to the CAMEO verb classes of <see cref="Lexicons.EventLexicon"/> (they win over its older rows).</summary>
    internal static class TriggerRows
    {
        public const int Window = 5;

        public static readonly TriggerRow[] All =
        {
            // Dismissals are "000" kind dismissal (gold closed list): the one dismissed takes part as the object.
            new("ousted ousts", PartOfSpeech.Verb, "000", "dismissal", null,
                "President Ana Ruiz ousted her adviser Tomas Vell on Monday.", "Ana Ruiz|Tomas Vell"),
            new("ouster", PartOfSpeech.Noun, "000", "dismissal", null,
                "The ouster of Tomas Vell was announced by the palace.", "Tomas Vell"),
            // Shootings are fights with small arms (CAMEO 193), as the gold codes them.
            new("shot", PartOfSpeech.Verb, "193", "shooting", null,
                "Police officers in Norvale shot Karel Brandt on Friday.", "Karel Brandt"),
            new("shooting shootings", PartOfSpeech.Noun, "193", "shooting", null,
                "The shooting of Karel Brandt by a gunman shocked Norvale.", "Karel Brandt"),
            // A country sanctioning another imposes sanctions (CAMEO 163).
            new("sanctioned", PartOfSpeech.Verb, "163", "sanction", null,
                "Canada sanctioned Norway on Monday.", "Canada|Norway"),
            // "pleaded guilty": an admission (CAMEO 015, acknowledge responsibility).
            new("pleaded pled pleads", PartOfSpeech.Verb, "015", "plea", "guilty",
                "Marta Lind pleaded guilty to fraud on Monday.", "Marta Lind"),
            // A legislature voting on a bill makes legislation ("000", kind legislation).
            new("voted votes", PartOfSpeech.Verb, "000", "legislation", "bill law legislation amendment measure",
                "The Norvale Assembly voted to pass the bill on Monday.", "Norvale Assembly"),
        };
    }
}
