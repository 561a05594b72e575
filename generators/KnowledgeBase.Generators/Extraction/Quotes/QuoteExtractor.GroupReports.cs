namespace KnowledgeBase.Generators.Extraction
{
    // "report" as a present verb after a group that speaks: "Scientists report horned shells evolved nine times".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "scientists report horned shells evolved ...", "sources report she is ...", "they report that ...", "... and report
        /// they are considering ...": the cue lexicon lists "report" as a noun form (no cue), yet right after a plural group
        /// that speaks, "they" or "and", and before "that" or a finite clause, it is the present verb. Before a noun phrase
        /// ("authorities report no casualties") or a preposition ("to report to Cabinet") it stays a noun or reports no words.
        /// </summary>
        private static string? ReportAfterGroup(SentenceInfo s, int c)
        {
            var tokens = s.Tokens;
            if (!tokens[c].Is("report") || c == 0 || c + 2 >= tokens.Count) return null;
            var previous = tokens[c - 1];
            if (!(IsA(previous, QuoteWords.SpeakingGroup) && previous.Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase)
                || previous.Is("they") || previous.Is("and") && c >= 3)) return null;
            var at = tokens[c + 1].Is("that") ? c + 2 : c + 1;
            return OpensFiniteClauseAt(s, at) ? "report" : null;
        }
    }
}
