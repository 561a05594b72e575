using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Fixed phrases that signal an event: "take office", "stepped down", "called on X to", "issued a statement".</summary>
    internal static class PhraseTriggers
    {
        private static readonly string[] Offices = { "Congress", "Senate", "president", "President", "presidency", "governor", "mayor", "office", "parliament", "Parliament", "reelection", "re-election", "seat", "House", "Assembly" };

        // The word each phrase below starts with (asked for every token of every sentence: one filter test turns most away).
        // A rule whose word is missing here never fires, and its example test fails.
        private static readonly string[] FirstWords =
        {
            "take", "sworn", "leave", "leaves", "left", "step", "steps", "stepped", "stepping", "gathered", "convened", "banned", "bans",
            "ended", "ends", "suspended", "suspends", "dropped", "abandoned", "withdrew", "withdraws",
            "shuttered", "went", "spoke", "speaks", "spoken", "found", "delivered", "delivers", "gave", "gives", "ran", "runs", "running",
            "emergency", "law", "called", "calls", "call", "demanded", "began", "begins", "replaced", "succeeded",
            "won", "wins", "gained", "gains", "netted", "nets", "secured", "secures", "shut", "conversation", "join", "railed", "rails",
        };

        private static readonly HashSet<string> Starts = AllStarts();

        private static readonly Helpers.WordFilter StartFilter = new(Starts);

        private static HashSet<string> AllStarts()
        {
            var words = new HashSet<string>(FirstWords, System.StringComparer.OrdinalIgnoreCase);
            words.UnionWith(StatementTriggers.Starts);
            words.UnionWith(EventLexicon.IntentNouns);
            return words;
        }

        /// <summary>The event the phrase at <paramref name="t"/> signals, or null.</summary>
        internal static EventTrigger? Find(SentenceInfo s, int t)
        {
            var word = s.Tokens[t].Text;
            if (!StartFilter.MayContain(word) || !Starts.Contains(word)) return null;
            return OfficeAndRace(s, t) ?? Acts(s, t);
        }

        /// <summary>Taking and leaving office, meetings, bans and races.</summary>
        private static EventTrigger? OfficeAndRace(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var token = tokens[t];
            if (token.Is("take") && t + 1 < tokens.Count && tokens[t + 1].Is("office") || token.Is("sworn") && t + 1 < tokens.Count && tokens[t + 1].Is("in"))
                return EventLexicon.Find("inauguration");
            // "to leave office on August 2", "stepped down as governor": a resignation (CAMEO 0831).
            if ((token.Is("leave") || token.Is("leaves") || token.Is("left")) && t + 1 < tokens.Count && tokens[t + 1].Is("office")
                || (token.Is("step") || token.Is("steps") || token.Is("stepped") || token.Is("stepping")) && t + 1 < tokens.Count && tokens[t + 1].Is("down"))
                return EventLexicon.Find("resigned");
            // "ministers gathered in Cairo", "the council convened on Monday": a meeting (CAMEO 040), not "gathered evidence".
            if ((token.Is("gathered") || token.Is("convened")) && t + 1 < tokens.Count && (!tokens[t + 1].IsWord || CommonWords.IsFunctionWord(tokens[t + 1].Text) || tokens[t + 1].Is("to")))
                return EventLexicon.Find("met");
            // "banned Ostrel Air from flying": banning a company is an embargo on it (CAMEO 163), not an administrative rule (172).
            if ((token.Is("banned") || token.Is("bans")) && BannedOrganization(s, t)) return EventLexicon.Embargo;
            // "ended his bid", "suspended her campaign", "withdrew from the race": leaving a race (the gold's resignation group).
            if ((token.Is("ended") || token.Is("ends") || token.Is("suspended") || token.Is("suspends") || token.Is("dropped") || token.Is("abandoned")) && ClauseReader.HasWordAfter(tokens, t, 3, "bid", "campaign", "campaigns", "candidacy")
                || (token.Is("withdrew") || token.Is("withdraws")) && ClauseReader.HasWordAfter(tokens, t, 4, "race", "primary", "primaries", "contest", "nomination"))
                return EventLexicon.LeavingARace;
            return null;
        }

        /// <summary>Statements, closures, criticism, verdicts, appeals, successions and intents.</summary>
        private static EventTrigger? Acts(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var token = tokens[t];
            if (StatementTriggers.Find(tokens, t) is { } statement) return statement;
            // "the station was shuttered", "went off the air": a closure ("000").
            if (token.Is("shuttered") || token.Is("went") && t + 1 < tokens.Count && (tokens[t + 1].Is("off-air") || tokens[t + 1].Is("off") && t + 3 < tokens.Count && tokens[t + 3].Is("air")))
                return EventLexicon.Find("closed");
            // "spoke out against the ban": a criticism (CAMEO 111), not talks.
            if ((token.Is("spoke") || token.Is("speaks") || token.Is("spoken")) && t + 2 < tokens.Count && tokens[t + 1].Is("out") && tokens[t + 2].Is("against"))
                return EventLexicon.Find("criticized");
            // "railed against the rioters": a criticism (CAMEO 111).
            if ((token.Is("railed") || token.Is("rails")) && t + 1 < tokens.Count && tokens[t + 1].Is("against")) return EventLexicon.Find("criticized");
            // "was found guilty of fraud": a conviction (CAMEO 116).
            if (token.Is("found") && t + 1 < tokens.Count && tokens[t + 1].Is("guilty")) return EventLexicon.Find("convicted");
            // "delivered her annual policy speech", "gave an address": a statement (CAMEO 010).
            if ((token.Is("delivered") || token.Is("delivers") || token.Is("gave") || token.Is("gives")) && ClauseReader.HasWordAfter(tokens, t, 4, "speech", "address", "remarks"))
                return EventLexicon.Statement;
            // "ran for Congress in 2018": standing in an election.
            if ((token.Is("ran") || token.Is("runs") || token.Is("running")) && t + 1 < tokens.Count && tokens[t + 1].Is("for") && ClauseReader.HasWordAfter(tokens, t, 5, Offices))
                return EventLexicon.ElectionResult;
            // "the state of emergency ended", "martial law imposed by X": the measure named, when no verb row before it tells it.
            if (StateOfEmergency(tokens, t) is { } measure) return measure;
            // "called on Turkey to halt": an appeal (CAMEO 020).
            if ((token.Is("called") || token.Is("calls") || token.Is("call")) && t + 2 < tokens.Count && tokens[t + 1].Is("on") && tokens[t + 2].IsCapitalized)
                return EventLexicon.Find("urged");
            // "Norland called for a regional cooperation": an appeal too, made by someone named just before.
            if ((token.Is("called") || token.Is("calls")) && t > 0 && t + 1 < tokens.Count && tokens[t + 1].Is("for") && s.MentionAt(t - 1) is { } caller && caller.Entity.Kind != DataLayout.KindPlace)
                return EventLexicon.Find("urged");
            // "began serving as governor on January 2": a taking of office.
            if ((token.Is("began") || token.Is("begins")) && t + 2 < tokens.Count && tokens[t + 1].Is("serving") && tokens[t + 2].Is("as"))
                return EventLexicon.Find("inauguration");
            // "is to be replaced by X", "was succeeded by X": a succession in office.
            if ((token.Is("replaced") || token.Is("succeeded")) && t + 2 < tokens.Count && tokens[t + 1].Is("by") && s.MentionAt(t + 2) is { Entity.Kind: DataLayout.KindPerson })
                return EventLexicon.Succession;
            // "the Harbour Party netted an additional 40 seats": the party's result in an election.
            if ((token.Is("won") || token.Is("wins") || token.Is("gained") || token.Is("gains") || token.Is("netted") || token.Is("nets") || token.Is("secured") || token.Is("secures"))
                && ClauseReader.HasWordAfter(tokens, t, 4, "seats") && !ClauseReader.HasWordAfter(tokens, t, 6, "since"))
                return EventLexicon.ElectionResult;
            // "Protesters called for X's resignation": a demonstration for a change of leadership (CAMEO 1411).
            if ((token.Is("called") || token.Is("calls") || token.Is("demanded")) && t > 0 && CommonWords.IsProtesterNoun(tokens[t - 1].Text))
                return EventLexicon.ProtestForChange;
            // "the port was shut down", but not "ordered it to shut down" (the order is the act).
            if (token.Is("shut") && t + 1 < tokens.Count && tokens[t + 1].Is("down") && !(t > 0 && tokens[t - 1].Is("to")))
                return EventLexicon.Find("shutdown");
            // "a telephone conversation with X" is a call.
            if (token.Is("conversation") && t > 0 && (tokens[t - 1].Is("phone") || tokens[t - 1].Is("telephone")))
                return EventLexicon.Find("phone-call");
            // CAMEO 036: "announced his intention to negotiate with X", "expressed a desire to meet".
            if (t + 2 < tokens.Count && tokens[t + 1].Is("to") && EventLexicon.IsIntentNoun(token.Text) && EventLexicon.IsMeetingVerb(tokens[t + 2].Text))
                return EventLexicon.IntentToMeet;
            // "it planned to join the bloc", "intends to join NATO": an intent to cooperate (CAMEO 030).
            if (token.Is("join") && t >= 2 && tokens[t - 1].Is("to") && EventLexicon.IsIntentVerb(tokens[t - 2].Text))
                return EventLexicon.IntentToJoin;
            return null;
        }

        private static EventTrigger? StateOfEmergency(List<Token> tokens, int t)
        {
            var named = tokens[t].Is("emergency") && t >= 2 && tokens[t - 1].Is("of") && tokens[t - 2].Is("state") || tokens[t].Is("law") && t >= 1 && tokens[t - 1].Is("martial");
            if (!named || ClauseReader.HasWordBefore(tokens, t, 6, "declare", "declared", "declares", "impose", "imposed", "imposes", "extend", "extended", "extends", "lift", "lifted", "lifts", "end", "ended", "ends")) return null;
            return ClauseReader.HasWordAfter(tokens, t, 8, "ended", "ends", "lifted", "lifts", "expired")
                ? new EventTrigger("0814", "end of state of emergency", true, CameoNames.Of("0814") ?? "end of state of emergency")
                : new EventTrigger("1724", "state of emergency", true, CameoNames.Of("1724") ?? "state of emergency");
        }

        private static bool BannedOrganization(SentenceInfo s, int t)
        {
            for (var i = t + 1; i < s.Tokens.Count && i <= t + 3; i++)
                if (s.MentionAt(i) is { } m && !m.IsDemonym) return m.Entity.Kind == DataLayout.KindOrganization && !m.Entity.IsMedia;
            return false;
        }
    }
}
