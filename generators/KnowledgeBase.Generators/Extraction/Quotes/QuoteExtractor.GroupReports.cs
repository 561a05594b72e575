namespace KnowledgeBase.Generators.Extraction
{
    // "report(s)" as a present verb after a group that speaks ("Scientists report horned shells evolved nine times") or a document.
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

        /// <summary>
        /// "The study reports that ...", "the paper reports "..."": after a document noun in the singular, "reports" before "that"
        /// and a finite clause, or before a quotation, is the verb ("the study reports were sent" is the noun, and so is "read
        /// the study reports that were sent").
        /// </summary>
        private static string? ReportsAfterDocument(SentenceInfo s, int c)
        {
            var tokens = s.Tokens;
            if (!tokens[c].Is("reports") || c == 0 || c + 2 >= tokens.Count) return null;
            var previous = tokens[c - 1];
            if (previous.IsCapitalized || !IsA(previous, QuoteWords.DocumentNoun) || previous.Text.EndsWith("s", System.StringComparison.Ordinal)) return null;
            if (tokens[c + 1].IsOpeningQuote) return "report";
            return tokens[c + 1].Is("that") && OpensFiniteClauseAt(s, c + 2) ? "report" : null;
        }
    }
}
