using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "Mayor Jon Varga said the pilot was in a "stable" condition", "the ferry sailed at "a crawling pace", according to
        /// the Velden Herald": words quoted inside reported content stay inside its indirect quote, no direct quote of their
        /// own, unless the quotations make up more than half of it, its object quoted whole ("the judge said the pair had
        /// "owned their crimes from the first day"") — the shared gold's convention (../shared/gold/README.md). Marks each
        /// direct quote of <paramref name="quotes"/> inside a shorter-quoted report of its sentence <see cref="QuoteDraft.InsideReport"/>.
        /// </summary>
        private static void MarkPhrasesQuotedInReports(List<QuoteDraft> quotes)
        {
            foreach (var report in quotes)
            {
                if (report.Kind != QuoteKind.Indirect) continue;
                var quoted = 0;
                foreach (var q in quotes)
                    if (IsQuotedInside(q, report)) quoted += q.End - q.Start;
                if (quoted == 0 || 2 * quoted > report.End - report.Start) continue;
                foreach (var q in quotes)
                    if (IsQuotedInside(q, report)) q.InsideReport = true;
            }
        }

        private static bool IsQuotedInside(QuoteDraft q, QuoteDraft report) =>
            q.Kind == QuoteKind.Direct && q.Sentence == report.Sentence && q.Start >= report.Start && q.End <= report.End;
    }
}
