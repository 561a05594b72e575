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
        public const int Window = 7;

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
            // Blaming someone for a wrong is an accusation (CAMEO 112): who blames, whom.
            new("blamed blames", PartOfSpeech.Verb, "112", "accusation", null,
                "Minister Tomas Vell blamed Ostrel Shipping for the blockade.", "Tomas Vell|Ostrel Shipping"),
            // Charging someone with a crime is legal action (CAMEO 173): whom prosecutors charge takes part.
            new("charged charges", PartOfSpeech.Verb, "173", "charge", "with",
                "Prosecutors charged Karel Brandt with fraud on Monday.", "Karel Brandt"),
            // Giving oneself up (CAMEO 080, yield): who surrenders.
            new("surrendered surrenders", PartOfSpeech.Verb, "080", "surrender", null,
                "Tomas Vell surrendered to police in Velden on Monday.", "Tomas Vell"),
            // Alleging a wrong of someone is an accusation (CAMEO 112): who alleges, and whom the allegation is about.
            new("alleged alleges", PartOfSpeech.Verb, "112", "accusation", null,
                "Minister Tomas Vell alleged Ostrel Shipping had hidden the losses.", "Tomas Vell|Ostrel Shipping"),
            // Agreeing to do something or on terms is an intent to cooperate (CAMEO 036); "agreed with her" or "agreed and
            // cautioned" shares a view and is no event.
            new("agreed", PartOfSpeech.Verb, "036", "agreement", "to on upon deal agreement terms accord pact",
                "Ostrel Shipping agreed to sell its ferries to Velland Rail Company on Monday.", "Ostrel Shipping|Velland Rail Company"),
            // A body coming into being is a founding ("000"): what is founded takes part.
            new("founded established", PartOfSpeech.Verb, "000", "founding", null,
                "The Velland Rail Company was founded in 1992.", "Velland Rail Company"),
            // A court deciding a case is a ruling ("000"); the court takes part.
            new("ruled overturned upheld", PartOfSpeech.Verb, "000", "ruling", null,
                "The Supreme Court of Norland overturned the convictions of Jan Kowal on Monday.", "Supreme Court of Norland|Jan Kowal"),
            // Making facts known to someone is sharing information (CAMEO 064).
            new("disclosed", PartOfSpeech.Verb, "064", "disclosure", null,
                "Ostrel Shipping disclosed the losses to the Norland Port Authority on Monday.", "Ostrel Shipping|Norland Port Authority"),
            // An apology (CAMEO 055): who apologizes, to whom.
            new("apologized apologised apologizes apologises", PartOfSpeech.Verb, "055", "apology", null,
                "Mayor Ana Ruiz apologized to Tomas Vell on Monday.", "Ana Ruiz|Tomas Vell"),
            new("apology", PartOfSpeech.Noun, "055", "apology", null,
                "Ana Ruiz offered an apology to Tomas Vell on Monday.", "Ana Ruiz|Tomas Vell"),
            // Being let out of prison is a release of persons (CAMEO 0841); the one released takes part.
            new("paroled", PartOfSpeech.Verb, "0841", "release", null,
                "Karel Brandt was paroled by the Norvale Parole Board in January.", "Norvale Parole Board|Karel Brandt"),
            // Suing someone is bringing a lawsuit (CAMEO 115): who sues, whom.
            new("sued sues", PartOfSpeech.Verb, "115", "lawsuit", null,
                "Ostrel Shipping sued the Norland Port Authority on Monday.", "Ostrel Shipping|Norland Port Authority"),
            new("lawsuit", PartOfSpeech.Noun, "115", "lawsuit", null,
                "Ostrel Shipping filed a lawsuit against the Norland Port Authority on Monday.", "Ostrel Shipping|Norland Port Authority"),
            // A petition, motion or complaint filed in court brings the case too.
            new("filed files", PartOfSpeech.Verb, "115", "lawsuit", "petition petitions motion complaint suit",
                "Ostrel Shipping filed a petition against the Norland Port Authority on Monday.", "Ostrel Shipping|Norland Port Authority"),
            // A curfew (CAMEO 1723) and a lockdown (administrative restrictions, 172) imposed by a government.
            new("curfew", PartOfSpeech.Noun, "1723", "curfew", null,
                "The government of Canada imposed a curfew on Monday.", "Government of Canada"),
            new("lockdown", PartOfSpeech.Noun, "172", "lockdown", null,
                "The government of Canada ordered a lockdown on Monday.", "Government of Canada"),
            // A government declaring or extending a state of emergency or martial law (CAMEO 1724), and lifting it (0814).
            new("declared declares imposed imposes extended extends", PartOfSpeech.Verb, "1724", "state of emergency", "emergency martial",
                "The government of Canada declared a state of emergency on Monday.", "Government of Canada"),
            new("lifted lifts ended ends", PartOfSpeech.Verb, "0814", "end of state of emergency", "emergency martial",
                "The government of Canada lifted the state of emergency on Monday.", "Government of Canada"),
            // Banning an activity is an administrative sanction (CAMEO 172, as PETRARCH2 codes "ban"); banning a company or
            // an airline is an embargo on it (163, see TriggerFinder).
            new("banned bans", PartOfSpeech.Verb, "172", "ban", null,
                "The government of Canada banned public gatherings on Monday.", "Government of Canada"),
            // A body stopping its work for a time: a suspension ("000", kind suspension, of the closure group).
            new("suspended suspends", PartOfSpeech.Verb, "000", "suspension", "operations services flights production activities trading broadcasts",
                "Ostrel Shipping suspended operations in Velland on Monday.", "Ostrel Shipping"),
            // A legislature's or a court's hearing examines a matter (CAMEO 090, investigate).
            new("hearing hearings", PartOfSpeech.Noun, "090", "hearing", null,
                "The Norvale Senate held a hearing on the port deal on Monday.", "Norvale Senate"),
            // Putting someone in an office or a post: an appointment ("000"); who appoints, then who is appointed.
            new("appointed appoints nominated nominates", PartOfSpeech.Verb, "000", "appointment", null,
                "President Ana Ruiz appointed Tomas Vell as finance minister on Monday.", "Ana Ruiz|Tomas Vell"),
            new("appointment", PartOfSpeech.Noun, "000", "appointment", null,
                "The appointment of Tomas Vell as finance minister surprised Norvale.", "Tomas Vell"),
            new("chose chosen selected picked", PartOfSpeech.Verb, "000", "appointment", "as",
                "Senator Ana Ruiz selected Tomas Vell as her running mate on Monday.", "Ana Ruiz|Tomas Vell"),
            // Taking someone on (the gold's appointment group has "hiring"): who hires, then whom.
            new("hired hires hiring", PartOfSpeech.Verb, "000", "hiring", null,
                "Ostrel Shipping hired Karel Brandt as its chief executive on Monday.", "Ostrel Shipping|Karel Brandt"),
            // The last rites are a funeral ("000").
            new("cremated buried", PartOfSpeech.Verb, "000", "funeral", null,
                "Karel Brandt was buried in Velden on Tuesday.", "Karel Brandt"),
            // Taking property by force or by law: confiscation (CAMEO 1711).
            new("seized seizes confiscated", PartOfSpeech.Verb, "1711", "seizure", null,
                "The Norvale Police seized the rifles on Monday.", "Norvale Police"),
            // Owning up to an attack: acknowledging responsibility (CAMEO 015).
            new("claimed claims", PartOfSpeech.Verb, "015", "claim of responsibility", "responsibility credit",
                "The Rebel Front claimed responsibility for the bombing on Monday.", "Rebel Front"),
            // A court's decision named as a thing: a ruling ("000").
            new("ruling", PartOfSpeech.Noun, "000", "ruling", null,
                "Judge Mira Holt issued a ruling against Ostrel Shipping on Monday.", "Mira Holt|Ostrel Shipping"),
            // An honour conferred: an award ("000"); the one honoured takes part.
            new("awarded", PartOfSpeech.Verb, "000", "award", null,
                "Karel Brandt was awarded the Order of Merit in 2014.", "Karel Brandt"),
            // Impeaching an office-holder is a removal (the gold's dismissal group): who impeaches, then whom.
            new("impeached", PartOfSpeech.Verb, "000", "dismissal", null,
                "The Norvale Assembly impeached President Ana Ruiz on Monday.", "Norvale Assembly|Ana Ruiz"),
            // A legislature passing a bill makes legislation ("000").
            new("passed", PartOfSpeech.Verb, "000", "legislation", "bill law legislation amendment act budget",
                "The Norvale Assembly passed the budget bill on Monday.", "Norvale Assembly"),
        };
    }
}
