using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>An event trigger: the CAMEO code and plain kind word a verb or noun signals.</summary>
    internal sealed class EventTrigger
    {
        public EventTrigger(string cameo, string kind, bool isNoun, string name, string[]? needsAfter = null)
        {
            Cameo = cameo;
            Kind = kind;
            IsNoun = isNoun;
            Name = name;
            NeedsAfter = needsAfter;
        }

        /// <summary>Words one of which must follow the trigger closely ("pleaded guilty"); null when any context will do.</summary>
        public string[]? NeedsAfter { get; }

        public string Cameo { get; }
        public string Kind { get; }
        public bool IsNoun { get; }

        /// <summary>The CAMEO description of the code (GDELT's table), or the kind for "000".</summary>
        public string Name { get; }
    }

    /// <summary>
    /// CAMEO verb classes: which words signal which event code. Codes and names follow the CAMEO
    /// table (cameo.tsv, GDELT); "000" marks occurrences outside CAMEO, named by their kind word.
    /// </summary>
    internal static class EventLexicon
    {
        private static readonly Dictionary<string, EventTrigger> Triggers = Build();

        private static Dictionary<string, EventTrigger> Build()
        {
            var map = new Dictionary<string, EventTrigger>(StringComparer.OrdinalIgnoreCase);
            AddCameoTriggers(map);
            AddConflictTriggers(map);
            AddOccurrences(map);
            foreach (var row in Events.TriggerRows.All)
                foreach (var w in row.Words)
                    map[w] = new EventTrigger(row.Cameo, row.Kind, row.Pos == Events.PartOfSpeech.Noun, CameoNames.Of(row.Cameo) ?? row.Kind, row.NeedsAfter);
            return map;
        }

        private static void Nouns(Dictionary<string, EventTrigger> map, string cameo, string kind, string words)
        {
            foreach (var w in words.Split(' ')) map[w] = new EventTrigger(cameo, kind, true, CameoNames.Of(cameo) ?? kind);
        }

        private static void Verbs(Dictionary<string, EventTrigger> map, string cameo, string kind, string words)
        {
            foreach (var w in words.Split(' ')) map[w] = new EventTrigger(cameo, kind, false, CameoNames.Of(cameo) ?? kind);
        }

        /// <summary>Verbs and nouns of CAMEO's cooperative acts, 01 statements to 09 investigations.</summary>
        private static void AddCameoTriggers(Dictionary<string, EventTrigger> map)
        {
            // 01 statements and 02 appeals
            Nouns(map, "018", "condolences", "condolences sympathy");
            Verbs(map, "020", "appeal", "urged appealed urges appeals");
            Nouns(map, "020", "appeal", "plea appeals");
            // 03 intent to cooperate
            Verbs(map, "030", "pledge", "pledged promised vowed pledges vows");
            Nouns(map, "036", "invitation", "invitation");
            // 04 consult
            Nouns(map, "041", "call", "call calls phone-call phonecall");
            Nouns(map, "040", "discussion", "talks discussions discussion communication consultations dialogue");
            Nouns(map, "040", "meeting", "meeting meetings summit assembly");
            Verbs(map, "040", "meeting", "met meets");
            Verbs(map, "040", "discussion", "spoke discussed talked");
            Verbs(map, "041", "call", "phoned telephoned called");
            Nouns(map, "042", "visit", "visit trip");
            Verbs(map, "042", "visit", "visited visits");
            Verbs(map, "043", "visit", "hosted hosts");
            Nouns(map, "046", "negotiation", "negotiations negotiation");
            Verbs(map, "046", "negotiation", "negotiated negotiate");
            // 05 diplomatic and 06 material cooperation, 07 aid
            Nouns(map, "057", "signing", "signing signings treaty");
            Nouns(map, "057", "agreement", "agreement deal accord");
            Verbs(map, "057", "signing", "signed");
            Nouns(map, "061", "sale", "sale acquisition takeover merger purchase");
            Verbs(map, "061", "sale", "sold sells selling acquired acquires bought purchased merged");
            Verbs(map, "070", "aid", "donated donates");
            Nouns(map, "070", "aid", "donation donations");
            // 08 yield
            Nouns(map, "0841", "release", "release");
            Verbs(map, "0841", "release", "released freed");
            Nouns(map, "0831", "resignation", "resignation");
            Verbs(map, "0831", "resignation", "resigned resigns");
            Nouns(map, "0871", "ceasefire", "ceasefire truce armistice");
            // 09 investigate
            Nouns(map, "090", "investigation", "investigation inquiry probe");
            Verbs(map, "090", "investigation", "investigated investigates");
        }

        /// <summary>Verbs and nouns of CAMEO's conflictual acts, 10 demands to 20 mass violence.</summary>
        private static void AddConflictTriggers(Dictionary<string, EventTrigger> map)
        {
            // 10 demand .. 13 threaten
            Nouns(map, "100", "demand", "demands demand");
            Verbs(map, "100", "demand", "demanded demands");
            // "questioned the President's power": a challenge; "was questioned" (passive, no agent) makes no event.
            Verbs(map, "111", "criticism", "criticized criticised condemned denounced slammed questioned");
            Nouns(map, "111", "criticism", "condemnation denunciation criticism");
            Verbs(map, "112", "accusation", "accused");
            Verbs(map, "116", "conviction", "convicted");
            Nouns(map, "116", "conviction", "conviction verdict");
            Verbs(map, "120", "rejection", "rejected");
            Verbs(map, "130", "threat", "threatened");
            // 14 protest, 15 force posture, 16 reduce relations, 17 coerce
            Nouns(map, "140", "protest", "protest protests demonstration demonstrations rally rallies march marches");
            Verbs(map, "140", "protest", "protested");
            Verbs(map, "150", "deployment", "deployed mobilized mobilised");
            Nouns(map, "150", "deployment", "deployment mobilization mobilisation");
            Nouns(map, "163", "sanction", "sanctions embargo");
            Verbs(map, "166", "withdrawal", "withdrew expelled");
            Nouns(map, "166", "withdrawal", "withdrawal expulsion");
            Nouns(map, "173", "arrest", "arrest arrests");
            Verbs(map, "173", "arrest", "arrested detained charged");
            Verbs(map, "173", "sentencing", "sentenced jailed imprisoned");
            Nouns(map, "173", "sentencing", "sentence sentencing");
            // 18 assault, 19 fight, 20 mass violence
            Verbs(map, "181", "abduction", "kidnapped abducted");
            Nouns(map, "181", "abduction", "kidnapping abduction");
            Verbs(map, "182", "assault", "assaulted beaten");
            Verbs(map, "1821", "rape", "raped");
            Nouns(map, "1821", "rape", "rape");
            Verbs(map, "1823", "stabbing", "stabbed stab stabs");
            Nouns(map, "1823", "stabbing", "stabbing");
            Verbs(map, "1823", "killing", "murdered killed");
            Nouns(map, "1823", "killing", "murder murders killing killings");
            Verbs(map, "182", "shooting", "shot");
            Nouns(map, "182", "shooting", "shooting shootings");
            Nouns(map, "183", "bombing", "bombing bombings");
            Verbs(map, "186", "assassination", "assassinated");
            Nouns(map, "186", "assassination", "assassination");
            Nouns(map, "190", "offensive", "offensive advances advance counteroffensive incursion assault");
            Nouns(map, "190", "invasion", "invasion");
            Verbs(map, "190", "invasion", "invaded");
            Nouns(map, "190", "attack", "attack attacks clashes");
            Verbs(map, "190", "attack", "attacked");
            Nouns(map, "195", "strike", "strikes airstrikes airstrike air-strike bombardment shelling");
            Verbs(map, "195", "strike", "bombed shelled");
            Nouns(map, "202", "massacre", "massacre genocide");
        }

        /// <summary>"000": occurrences outside CAMEO, named by their kind (the gold's closed list).</summary>
        private static void AddOccurrences(Dictionary<string, EventTrigger> map)
        {
            Nouns(map, "000", "election", "election elections re-election reelection by-election");
            Verbs(map, "000", "election", "elected re-elected reelected");
            Nouns(map, "000", "inauguration", "inauguration swearing-in");
            Nouns(map, "000", "shutdown", "shutdown");
            Nouns(map, "000", "death", "death deaths");
            Verbs(map, "000", "death", "died dies");
            Nouns(map, "000", "crash", "crash crashes collision");
            Verbs(map, "000", "crash", "crashed");
            Nouns(map, "000", "fire", "fire blaze");
            Nouns(map, "000", "explosion", "explosion blast");
            Verbs(map, "000", "explosion", "exploded");
            Nouns(map, "000", "collapse", "collapse");
            Verbs(map, "000", "collapse", "collapsed");
            Nouns(map, "000", "derailment", "derailment");
            Nouns(map, "000", "earthquake", "earthquake quake");
            Nouns(map, "000", "flood", "flood floods flooding");
            Nouns(map, "000", "storm", "storm hurricane typhoon cyclone tornado");
            Nouns(map, "000", "wildfire", "wildfire wildfires bushfire bushfires");
            Nouns(map, "000", "tsunami", "tsunami");
            Nouns(map, "000", "landslide", "landslide mudslide avalanche");
            Nouns(map, "000", "eruption", "eruption");
            Nouns(map, "000", "funeral", "funeral");
            Nouns(map, "000", "outbreak", "outbreak outbreaks epidemic");
            Nouns(map, "000", "stampede", "stampede");
            Nouns(map, "000", "accident", "accident");
            // A medal is won in a race: "won the gold medal" is the win, not an award besides it.
            Nouns(map, "000", "award", "award prize");
            Verbs(map, "000", "win", "won wins");
            Verbs(map, "000", "defeat", "lost defeated");
            Nouns(map, "000", "defeat", "defeat");
            Nouns(map, "000", "launch", "launch");
            Verbs(map, "000", "launch", "launched");
            Verbs(map, "000", "discovery", "discovered");
            Nouns(map, "000", "discovery", "discovery");
            Verbs(map, "000", "publication", "published");
            Nouns(map, "000", "publication", "publication");
            Nouns(map, "000", "legislation", "legislation");
            Verbs(map, "000", "closure", "closed");
            Nouns(map, "000", "closure", "closure");
            Verbs(map, "000", "appeal", "appealed");
            Verbs(map, "000", "dismissal", "fired dismissed sacked");
            Nouns(map, "000", "dismissal", "dismissal");
            Nouns(map, "000", "search", "search");
            Nouns(map, "000", "shutdown", "shutdown");
            Nouns(map, "000", "record", "record");
            Nouns(map, "000", "ceremony", "ceremony");
        }

        /// <summary>"000" withdrawal (the gold's resignation group), for "ended his bid", "withdrew from the race".</summary>
        public static readonly EventTrigger LeavingARace = new("000", "withdrawal", false, "withdrawal");

        /// <summary>CAMEO 163, for "banned Ostrel Air": an embargo on a company.</summary>
        public static readonly EventTrigger Embargo = new("163", "ban", false, CameoNames.Of("163") ?? "ban");

        /// <summary>CAMEO 010, for "released the messages": information made public.</summary>
        public static readonly EventTrigger Publication = new("010", "publication", false, CameoNames.Of("010") ?? "publication");

        /// <summary>CAMEO 057, for "agreed on a border": a settled agreement, not an intent.</summary>
        public static readonly EventTrigger FormalAgreement = new("057", "agreement", false, CameoNames.Of("057") ?? "agreement");

        /// <summary>CAMEO 0256, for "a ceasefire proposed by X".</summary>
        public static readonly EventTrigger Proposal = new("0256", "proposal", true, CameoNames.Of("0256") ?? "proposal");

        /// <summary>CAMEO 036, for "intention to meet/negotiate" phrases.</summary>
        public static readonly EventTrigger IntentToMeet = new("036", "intent", true, "Express intent to meet or negotiate");

        /// <summary>CAMEO 087, for agreeing to pause, halt or end strikes or fighting.</summary>
        public static readonly EventTrigger DeEscalation = new("087", "de-escalation", false, "De-escalate military engagement");

        /// <summary>CAMEO 030, for "plans to join X".</summary>
        public static readonly EventTrigger IntentToJoin = new("030", "intent", false, CameoNames.Of("030") ?? "Express intent to cooperate");

        /// <summary>Verbs of intending before "to join": "planned", "intends", "wants", "decided", "seeks".</summary>
        public static bool IsIntentVerb(string word) =>
            word is "plan" or "plans" or "planned" or "planning" or "intend" or "intends" or "intended" or "intending" or "want" or "wants" or "wanted"
                or "decided" or "decides" or "seek" or "seeks" or "sought" or "hopes" or "hoped" or "aims" or "aimed" or "wishes" or "wished" or "applied" or "applies";

        /// <summary>"netted 66 seats": a party's result in an election, outside CAMEO.</summary>
        public static readonly EventTrigger ElectionResult = new("000", "election", false, "election");

        /// <summary>"signed an executive order", "signed the bill into law": legislation, outside CAMEO.</summary>
        public static readonly EventTrigger SignedIntoLaw = new("000", "legislation", false, "legislation");

        /// <summary>"is to be replaced by X": a succession in office, outside CAMEO.</summary>
        public static readonly EventTrigger Succession = new("000", "succession", false, "succession");

        /// <summary>CAMEO 1411, for protesters calling for or demanding a change of leadership.</summary>
        public static readonly EventTrigger ProtestForChange = new("1411", "protest", false, CameoNames.Of("1411") ?? "Demonstrate for leadership change");

        /// <summary>CAMEO 010, for named speakers who state or announce.</summary>
        public static readonly EventTrigger Statement = new("010", "statement", false, "Make statement, not specified below");

        /// <summary>Nouns a trigger word modifies in a compound ("negotiation strategy", "visit schedule"): no event.</summary>
        public static bool IsCompoundHead(string word) =>
            word is "strategy" or "strategies" or "process" or "table" or "team" or "teams" or "tactics" or "position" or "skills" or "plan" or "framework"
                or "channel" or "channels" or "track" or "style" or "approach" or "partner" or "partners" or "power" or "leverage" or "deadline" or "agenda"
                or "venue" or "room" or "record" or "results" or "outcome" or "campaign" or "season" or "cycle" or "law" or "laws" or "official" or "officials"
                or "commission" or "day" or "date" or "toll" or "penalty" or "department" or "fighters" or "suppression" or "alarm" or "crews" or "brigade" or "station" or "safety" or "truck" or "engine" or "warrant" or "rate" or "count" or "rules" or "system" or "fraud" or "risk" or "threat" or "capability" or "capabilities"
                or "speech" or "speeches" or "letter" or "announcement" or "party" or "parties" or "coalition" or "elite" or "class" or "junta" or "extinguisher" or "extinguishers" or "service" or "services" or "exit" or "exits" or "hydrant" or "escape" or "defences" or "defenses" or "barrier" or "drain" or "insurance" or "zone";

        public static bool IsIntentNoun(string word) => System.Array.IndexOf(IntentNouns, word) >= 0;

        /// <summary>Nouns of a stated intent: "his intention to", "a desire to".</summary>
        public static readonly string[] IntentNouns = { "intention", "intentions", "intent", "plan", "plans", "readiness", "willingness", "desire", "wish", "offer", "invitation" };

        public static bool IsMeetingVerb(string word) =>
            word is "meet" or "negotiate" or "engage" or "talk" or "visit" or "discuss" or "hold" or "open" or "host" or "start" or "begin" or "resume";

        public static EventTrigger? Find(string word) => TriggerWords.MayContain(word) && Triggers.TryGetValue(word, out var t) ? t : null;

        // Asked of nearly every word of an article: most are turned away without hashing.
        private static readonly Helpers.WordFilter TriggerWords = new(Triggers.Keys);

        private static readonly HashSet<string> SpeculativeWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "could", "might", "may", "should", "must", "ought", "if", "whether", "potentially", "speculate", "speculated",
            "possibly", "perhaps", "potential", "possible", "hypothetical", "consider", "considering",
        };

        private static readonly HashSet<string> PlannedWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "will", "would", "plans", "planned", "plan", "scheduled", "expected", "upcoming", "prepares", "preparing", "underway",
            "likely", "set", "intends", "aims", "going", "shall", "proposed", "future",
        };

        /// <summary>Modal and hedging words that make a clause speculation, which is no event (any case: no lower-cased copy).</summary>
        public static bool IsSpeculative(string word) => SpeculativeWords.Contains(word);

        /// <summary>Words that make an event announced rather than happened (any case).</summary>
        public static bool IsPlanned(string word) => PlannedWords.Contains(word);
    }
}
