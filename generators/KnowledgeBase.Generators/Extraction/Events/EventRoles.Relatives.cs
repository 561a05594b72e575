using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Names inside a relative clause set off by commas: parties of that clause, not of the verb after it.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "The group, which Iran backs, attacked the port": a name inside a relative clause set off by commas before the verb
        /// at <paramref name="t"/> is no subject of that verb. The comma that opens the relative clause; -1 when the name stands in none.
        /// </summary>
        internal static int SetOffRelativeOpening(SentenceInfo s, Mention m, int t)
        {
            var tokens = s.Tokens;
            // The clause closes with a comma between the name and the verb: without one the analysis is not asked.
            var closed = false;
            for (var k = m.TokenEnd; k < t && !closed; k++) closed = tokens[k].IsPunct(',');
            if (!closed || s.Analysis.RelativeClauseAround(m.TokenStart) is not { Introducer: > 0 } relative || relative.Introducer >= m.TokenStart) return -1;
            if (s.Analysis.RelativeClauseAround(t) == relative) return -1;
            if (ClauseReader.IsSetOff(tokens, relative)) return relative.Introducer - 1;
            return ClosesBefore(tokens, m, t) ? SetOffOpeningBefore(tokens, relative.Introducer) : -1;
        }

        /// <summary>
        /// "Dana Prell is the sister of Tomas Prell, who was arrested in 2011": the act of a relative clause set off by a comma
        /// has the noun it describes as its party, not a name of the clause it hangs on told before that noun with a verb between
        /// ("Norland's army, which shelled the port" has no verb between, and keeps Norland).
        /// </summary>
        internal static bool BeforeAntecedentOfOwnRelative(SentenceInfo s, Mention m, int t)
        {
            var tokens = s.Tokens;
            if (m.TokenStart >= t || !Analysis.WordBounds.MayIntroduceClauseIn(tokens, m.TokenEnd, t + 1)) return false;
            if (s.Analysis.RelativeClauseAround(t) is not { Introducer: > 0 } relative || relative.Introducer > t || !ClauseReader.IsSetOff(tokens, relative)) return false;
            var bound = relative.Antecedent is { } antecedent && antecedent.Start < relative.Introducer ? antecedent.Start : relative.Introducer - 1;
            if (m.TokenEnd > bound) return false;
            // "her son Ivo, who was detained in June, and vowed ...": a verb past the clause's closing comma is the main clause's.
            for (var k = relative.Introducer + 1; k < t; k++)
                if (tokens[k].IsPunct(',')) return false;
            foreach (var group in s.Analysis.VerbGroups)
                if (group.Start >= m.TokenEnd && group.End <= bound) return true;
            return false;
        }

        /// <summary>
        /// "The minister, who met the envoy that Norland sent, resigned": a restrictive relative clause ("that Norland sent")
        /// stands inside a set-off one when ", who" (", which", ", whom", ", whose") opens shortly before it with no other
        /// punctuation between; that one's comma, else -1.
        /// </summary>
        private static int SetOffOpeningBefore(List<Token> tokens, int introducer)
        {
            for (var k = introducer - 1; k > 0 && k >= introducer - MostWordsBeforeRestrictive; k--)
            {
                if (tokens[k].Kind != TokenKind.Punctuation) continue;
                return tokens[k].IsPunct(',') && IsRelativeWord(tokens[k + 1]) ? k : -1;
            }
            return -1;
        }

        /// <summary>
        /// "The minister, who met the envoy of Norland, resigned": a name after ", who" (", which", ...) with no other punctuation
        /// between, and a comma after it before the verb at <paramref name="t"/>, stands in a set-off relative clause that
        /// closes before the verb, however the analysis reads the clause's span.
        /// </summary>
        internal static bool InSetOffRelativeBefore(List<Token> tokens, Mention m, int t)
        {
            return SetOffOpeningBefore(tokens, m.TokenStart) >= 0 && ClosesBefore(tokens, m, t);
        }

        // The first comma after the name, before the verb, closes its clause: it opens no other relative clause (", who was
        // arrested and banned" holds the verb).
        private static bool ClosesBefore(List<Token> tokens, Mention m, int t)
        {
            for (var k = m.TokenEnd; k < t; k++)
                if (tokens[k].IsPunct(',')) return !IsRelativeWord(tokens[k + 1]);
            return false;
        }

        /// <summary>"X, who met Y on Monday, resigned": a name that a relative clause holds (its object or phrase), which the act at <paramref name="t"/> stands outside.</summary>
        internal static bool InAnotherRelativeClause(SentenceInfo s, Mention m, int t)
        {
            var tokens = s.Tokens;
            var relativeWord = false; // the analysis is asked only when a relative word comes before the name
            for (var k = m.TokenStart - 1; k >= 0 && !relativeWord; k--) relativeWord = tokens[k].Is("who") || tokens[k].Is("which") || tokens[k].Is("whom") || tokens[k].Is("that");
            if (!relativeWord || s.Analysis.RelativeClauseHolding(m.TokenStart) is not { } clause) return false;
            return t < clause.Start || t >= Analysis.SentenceAnalysis.EndOf(clause);
        }

        private static bool IsRelativeWord(Token w) => w.Is("who") || w.Is("which") || w.Is("whom") || w.Is("whose");

        // The words a set-off relative clause may run before the restrictive one inside it opens.
        private const int MostWordsBeforeRestrictive = 12;
    }
}
