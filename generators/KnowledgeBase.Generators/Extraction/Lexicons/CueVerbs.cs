using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>
    /// Speech and cognition cues that introduce reported speech ("said", "emphasized",
    /// "voiced concern", "according to"), every inflection mapped to its lemma.
    /// </summary>
    internal static class CueVerbs
    {
        private static readonly Dictionary<string, string> Forms = Build();

        // Verbs whose first object is the addressee, not the content ("told reporters that ...").
        private static readonly HashSet<string> AddresseeFirst = new(StringComparer.Ordinal)
        {
            "tell", "remind", "warn", "urge", "caution", "inform", "assure", "ask", "advise", "promise",
        };

        // Verbs whose participle tells what a fact shows, not what someone said ("..., signaling a shift").
        private static readonly HashSet<string> EvidenceOnly = new(StringComparer.Ordinal) { "signal", "show", "indicate", "mark" };

        /// <summary>A cue whose participle reports evidence, never speech ("signaling", "showing").</summary>
        public static bool IsEvidenceOnly(string lemma) => EvidenceOnly.Contains(lemma);

        // Regular lemmas; inflections are made by rule.
        private const string Regular =
            "state announce claim emphasize emphasise stress reiterate suggest warn caution clarify describe express voice " +
            "note observe mention acknowledge assert insist argue add explain confirm deny reveal indicate highlight underscore " +
            "convey maintain advocate portray view frame commend praise criticize criticise accuse urge remind speculate " +
            "anticipate believe fear expect predict signal reference articulate tout vow pledge promise respond reply ask " +
            "question stress recall complain admit allege contend declare estimate hint imply inform assure concede caution " +
            "characterize characterise dismiss lament welcome celebrate condemn slam blast insist suggest propose recommend " +
            "tweet post report affirm oppose discuss denounce reject announce testify remark worry hope identify blame cite " +
            "rule order conclude determine";

        private static Dictionary<string, string> Build()
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var lemma in Regular.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                map[lemma] = lemma;
                if (lemma.EndsWith("e", StringComparison.Ordinal))
                {
                    map[lemma + "s"] = lemma;
                    map[lemma + "d"] = lemma;
                    map[lemma.Substring(0, lemma.Length - 1) + "ing"] = lemma;
                }
                else if (lemma.EndsWith("y", StringComparison.Ordinal) && !lemma.EndsWith("ey", StringComparison.Ordinal) && !lemma.EndsWith("ay", StringComparison.Ordinal))
                {
                    var stem = lemma.Substring(0, lemma.Length - 1);
                    map[stem + "ies"] = lemma;
                    map[stem + "ied"] = lemma;
                    map[lemma + "ing"] = lemma;
                }
                else
                {
                    map[lemma + (lemma.EndsWith("s", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) ? "es" : "s")] = lemma;
                    map[lemma + "ed"] = lemma;
                    map[lemma + "ing"] = lemma;
                }
            }
            void Irregular(string lemma, params string[] forms)
            {
                map[lemma] = lemma;
                foreach (var f in forms) map[f] = lemma;
            }
            Irregular("say", "says", "said", "saying");
            Irregular("tell", "tells", "told", "telling");
            Irregular("write", "writes", "wrote", "writing", "written");
            Irregular("think", "thinks", "thought", "thinking");
            Irregular("show", "shows", "showed", "shown", "showing");
            Irregular("call", "calls", "called", "calling");
            Irregular("signal", "signals", "signalled", "signaled", "signalling", "signaling");
            Irregular("reference", "references", "referenced", "referencing");
            Irregular("admit", "admits", "admitted", "admitting");
            Irregular("regret", "regrets", "regretted", "regretting");
            Irregular("reply", "replies", "replied", "replying");
            Irregular("deny", "denies", "denied", "denying");
            Irregular("clarify", "clarifies", "clarified", "clarifying");
            Irregular("testify", "testifies", "testified", "testifying");
            Irregular("worry", "worries", "worried", "worrying");
            Irregular("spoke", "speaks", "speak", "speaking", "spoken");
            // Nouns far more often than verbs in news prose.
            foreach (var noun in new[] { "post", "posts", "report", "reports", "promise", "remark", "remarks", "call", "calls" }) map.Remove(noun);
            map.Remove("speak");
            map.Remove("speaks");
            map.Remove("spoke");
            map.Remove("speaking");
            map.Remove("spoken");
            return map;
        }

        /// <summary>The lemma of a cue form ("emphasized" → "emphasize"), or null.</summary>
        public static string? Lemma(string word) => FormWords.MayContain(word) && Forms.TryGetValue(word, out var lemma) ? lemma : null;

        // Asked of nearly every word of an article: most are turned away without hashing.
        private static readonly Helpers.WordFilter FormWords = new(Forms.Keys);

        public static bool TakesAddressee(string lemma) => AddresseeFirst.Contains(lemma);

        // Verbs that report only a finding or decision introduced by "that" ("ruled that", "ordered that"); "ordered a review" is no statement.
        private static readonly HashSet<string> ThatOnly = new(StringComparer.Ordinal) { "maintain", "rule", "order", "conclude", "determine" };

        /// <summary>A cue that reports only with "that" after it ("the court ruled that ...").</summary>
        public static bool NeedsThat(string lemma) => ThatOnly.Contains(lemma);

        /// <summary>Past or present participle ("describing", "highlighted").</summary>
        public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

        /// <summary>Base or third-person form ("warn", "warns"): a noun as often as a verb.</summary>
        public static bool IsPresent(string word, string lemma) =>
            word.Equals(lemma, StringComparison.OrdinalIgnoreCase) || (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase));
    }
}
