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
            if (!ClauseReader.IsSetOff(tokens, relative) || s.Analysis.RelativeClauseAround(t) == relative) return -1;
            return relative.Introducer - 1;
        }
    }
}
