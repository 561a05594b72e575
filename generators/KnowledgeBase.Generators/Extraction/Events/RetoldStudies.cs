using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "In findings published on Wednesday in the Velden Journal, researchers from Ostrel University reported ... The research
    /// was led by Tomas Vell": a study told again as "the study/research was conducted/led by" is the publication the article
    /// told before, not a second one; who it names joins that one (the gold's discovery group: the named lead researchers
    /// and/or institutions). A study first told so ("The study was conducted by the Velden Institute") stays its own.
    /// </summary>
    internal static class RetoldStudies
    {
        /// <summary>True when the publication at <paramref name="t"/> retells one already told, its parties now joined to that one.</summary>
        internal static bool JoinedEarlier(EventDraft draft, int t, List<EventDraft> events)
        {
            if (draft.Trigger.Kind != "publication" || draft.Trigger.Cameo != "000" || !IsDefinitePassive(draft.Sentence.Tokens, t)) return false;
            var earlier = events.FindLast(static e => e.Trigger.Kind == "publication" && e.Trigger.Cameo == "000");
            if (earlier is null) return false;
            foreach (var p in draft.Participants)
                if (!earlier.Participants.Contains(p)) earlier.Participants.Add(p);
            return true;
        }

        // "The study was conducted", "the research was led": a study noun after "the" or "this", then "was"/"were".
        private static bool IsDefinitePassive(List<Token> tokens, int t) =>
            t >= 3 && (tokens[t - 1].Is("was") || tokens[t - 1].Is("were")) && tokens[t - 2].IsWord && EventLexicon.IsStudyNoun(tokens[t - 2].Text)
            && (tokens[t - 3].Is("the") || tokens[t - 3].Is("this"));
    }
}
