using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>An event trigger: the CAMEO code and plain kind word a verb or noun signals.</summary>
    internal sealed class EventTrigger
    {
        public EventTrigger(string cameo, string kind, bool isNoun, string name)
        {
            Cameo = cameo;
            Kind = kind;
            IsNoun = isNoun;
            Name = name;
        }

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
            void Nouns(string cameo, string kind, string name, string words)
            {
                foreach (var w in words.Split(' ')) map[w] = new EventTrigger(cameo, kind, true, name);
            }
            void Verbs(string cameo, string kind, string name, string words)
            {
                foreach (var w in words.Split(' ')) map[w] = new EventTrigger(cameo, kind, false, name);
            }

            Nouns("041", "call", "Discuss by telephone", "call calls phone-call phonecall");
            Nouns("040", "discussion", "Consult, not specified below", "talks discussions discussion communication consultations dialogue");
            Nouns("040", "meeting", "Consult, not specified below", "meeting meetings summit");
            Nouns("042", "visit", "Make a visit", "visit trip");
            Nouns("046", "negotiation", "Engage in negotiation", "negotiations negotiation");
            Nouns("036", "invitation", "Express intent to meet or negotiate", "invitation");
            Nouns("0841", "release", "Return, release person(s)", "release");
            Nouns("190", "offensive", "Use conventional military force, not specified below", "offensive advances advance counteroffensive incursion assault");
            Nouns("190", "invasion", "Use conventional military force, not specified below", "invasion");
            Nouns("195", "strike", "Employ aerial weapons, not specified below", "strikes airstrikes airstrike bombardment bombing shelling");
            Nouns("190", "attack", "Use conventional military force, not specified below", "attack attacks");
            Nouns("100", "demand", "Demand, not specified below", "demands demand");
            Nouns("140", "protest", "Engage in political dissent, not specified below", "protest protests demonstration demonstrations rally rallies");
            Nouns("163", "sanction", "Impose embargo, boycott, or sanctions", "sanctions embargo");
            Nouns("000", "election", "election", "election elections re-election reelection");
            Nouns("000", "inauguration", "inauguration", "inauguration");
            Nouns("000", "death", "death", "death");
            Nouns("000", "accident", "accident", "crash collision explosion derailment fire blaze collapse accident");
            Nouns("000", "disaster", "disaster", "earthquake flood floods flooding hurricane typhoon cyclone storm wildfire wildfires tsunami landslide eruption drought");
            Nouns("000", "funeral", "funeral", "funeral");
            Nouns("000", "award", "award", "award prize");
            Nouns("057", "agreement", "Sign formal agreement", "treaty");

            Verbs("040", "meeting", "Consult, not specified below", "met meets");
            Verbs("040", "discussion", "Consult, not specified below", "spoke discussed talked");
            Verbs("041", "call", "Discuss by telephone", "phoned telephoned called");
            Verbs("042", "visit", "Make a visit", "visited visits");
            Verbs("043", "visit", "Host a visit", "hosted hosts");
            Verbs("046", "negotiation", "Engage in negotiation", "negotiated negotiate");
            Verbs("036", "agreement", "Express intent to meet or negotiate", "agreed");
            Verbs("057", "agreement", "Sign formal agreement", "signed");
            Verbs("0841", "release", "Return, release person(s)", "released freed");
            Verbs("173", "arrest", "Arrest, detain, or charge with legal action", "arrested detained");
            Verbs("190", "invasion", "Use conventional military force, not specified below", "invaded");
            Verbs("190", "attack", "Use conventional military force, not specified below", "attacked");
            Verbs("195", "strike", "Employ aerial weapons, not specified below", "bombed shelled");
            Verbs("111", "criticism", "Criticize or denounce", "criticized criticised condemned denounced");
            Verbs("112", "accusation", "Accuse, not specified below", "accused");
            Verbs("120", "rejection", "Reject, not specified below", "rejected");
            Verbs("130", "threat", "Threaten, not specified below", "threatened");
            Verbs("020", "appeal", "Make an appeal or request, not specified below", "urged appealed");
            Verbs("000", "death", "death", "died");
            Verbs("000", "election", "election", "elected re-elected reelected");
            Verbs("000", "resignation", "resignation", "resigned");
            Verbs("190", "killing", "Use conventional military force, not specified below", "killed");
            return map;
        }

        /// <summary>CAMEO 036, for "intention to meet/negotiate" phrases.</summary>
        public static readonly EventTrigger IntentToMeet = new("036", "intent", true, "Express intent to meet or negotiate");

        /// <summary>Nouns a trigger word modifies in a compound ("negotiation strategy", "visit schedule"): no event.</summary>
        public static bool IsCompoundHead(string word) =>
            word is "strategy" or "strategies" or "process" or "table" or "team" or "teams" or "tactics" or "position" or "skills" or "plan" or "framework"
                or "channel" or "channels" or "track" or "style" or "approach" or "partner" or "partners" or "power" or "leverage" or "deadline" or "agenda"
                or "venue" or "room" or "record" or "results" or "outcome" or "campaign" or "season" or "cycle" or "law" or "laws" or "official" or "officials"
                or "commission" or "day" or "date" or "rules" or "system" or "fraud" or "risk" or "threat" or "capability" or "capabilities";

        public static bool IsIntentNoun(string word) =>
            word is "intention" or "intentions" or "intent" or "plan" or "plans" or "readiness" or "willingness" or "desire" or "wish" or "offer" or "invitation";

        public static bool IsMeetingVerb(string word) =>
            word is "meet" or "negotiate" or "engage" or "talk" or "visit" or "discuss" or "hold" or "open" or "host" or "start" or "begin" or "resume";

        public static EventTrigger? Find(string word) => Triggers.TryGetValue(word, out var t) ? t : null;

        /// <summary>Modal and hedging words that make a clause speculation, which is no event.</summary>
        public static bool IsSpeculative(string word) =>
            word is "could" or "might" or "may" or "should" or "must" or "ought" or "if" or "whether" or "potentially" or "speculate" or "speculated" or "possibly" or "perhaps" or "potential" or "possible" or "hypothetical" or "consider" or "considering";

        /// <summary>Words that make an event announced rather than happened.</summary>
        public static bool IsPlanned(string word) =>
            word is "will" or "would" or "plans" or "planned" or "plan" or "scheduled" or "expected" or "upcoming" or "prepares" or "preparing" or "underway" or "likely" or "set" or "intends" or "aims" or "going" or "shall" or "proposed" or "future";
    }
}
