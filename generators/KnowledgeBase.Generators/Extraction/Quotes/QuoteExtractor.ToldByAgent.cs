using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // The subject of a passive cue is told, not telling: the agent after "by" speaks.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "At the quay he was told by Harbour Minister Tomas Vell of "twelve boats lost"": an actor right before "was"/"were" and a
        /// passive cue with "by" after it heard the words; whom "by" names (up to a comma, "of", "that" or a quotation mark) said
        /// them. Default when the actor is no such subject or "by" names nobody.
        /// </summary>
        private Speaker AgentOfToldSubject(SentenceInfo s, int after)
        {
            var tokens = s.Tokens;
            if (after + 3 >= tokens.Count || !(tokens[after].Is("was") || tokens[after].Is("were"))) return default;
            var cue = after + 1;
            if (CueVerbs.Lemma(tokens[cue]) is null || !tokens[cue + 1].Is("by") || !IsPassiveCue(s, cue)) return default;
            var end = cue + 2;
            while (end < tokens.Count && end < cue + 10 && !tokens[end].IsPunct(',') && !tokens[end].Is("of") && !tokens[end].Is("that")
                && !IsSentenceEnd(tokens[end]) && !(tokens[end].Kind == TokenKind.Punctuation && tokens[end].Text is "\"" or "\u201C")) end++;
            return end > cue + 2 ? NounPhraseSpeaker(s, cue + 2, end) : default;
        }
    }
}
