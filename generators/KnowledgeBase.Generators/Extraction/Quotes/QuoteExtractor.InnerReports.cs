namespace KnowledgeBase.Generators.Extraction
{
    // A cue inside the words another cue reports has the subject of its own clause.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "Ana Ruiz said the officers claimed they were attacked", "Residents told reporters the officers claimed ...": a
        /// finite speech verb between <paramref name="start"/> and the cue's subject at <paramref name="subjectEnd"/>, with no
        /// comma after it, opens the clause the cue stands in; when a subject stands between them (past the one told), the scan
        /// starts after it, so the officers speak, not Ana Ruiz. "Mira Holt said and repeated that ..." has no subject between: the start stays.
        /// </summary>
        private int PastReportingVerb(SentenceInfo s, int start, int subjectEnd)
        {
            var tokens = s.Tokens;
            for (var i = subjectEnd - 1; i >= start; i--)
            {
                var t = tokens[i];
                if (t.IsPunct(',')) return start;
                if (!t.IsWord || t.CannotCue || Lexicons.CueVerbs.Lemma(t) is not { } lemma || Lexicons.CueVerbs.IsParticiple(t.Text) || !HasVerbGroup(s, i, i + 1, finite: true)) continue;
                // "told reporters the officers claimed": the one told is no subject.
                var from = PastNamedAddressee(s, i, lemma, ContentStart(tokens, i, lemma));
                if (from <= i || from >= subjectEnd) return start;
                var blocked = _blocked;
                var inner = NearestSubject(s, from, subjectEnd);
                _blocked = blocked;
                return inner.IsFound || UnlistedNameSubject(s, from, subjectEnd).IsFound ? from : start;
            }
            return start;
        }

        /// <summary>
        /// "Ana Ruiz said Drovenia had promised that ...": one to three capitalized words no entity was made of, right after a
        /// speech verb (or its "that") and right before the verb group of the cue at <paramref name="cue"/>, are that cue's
        /// subject: they speak unlinked; the one who reports them does not.
        /// </summary>
        private static Speaker UnlistedNameSubject(SentenceInfo s, int start, int cue)
        {
            var tokens = s.Tokens;
            if (start < 1 || start >= tokens.Count || !(tokens[start - 1].Is("that") || tokens[start - 1].IsWord && Lexicons.CueVerbs.Lemma(tokens[start - 1]) is not null)) return default;
            var end = s.Analysis.VerbGroupStartAt(cue);
            if (end <= start || end - start > 3) return default;
            for (var i = start; i < end; i++)
                if (!tokens[i].IsWord || !tokens[i].IsCapitalized || Lexicons.CommonWords.IsFunctionWord(tokens[i]) || s.MentionAt(i) is not null || Lexicons.Titles.IsTitleWord(tokens[i])
                    || tokens[i].Is("I") || tokens[i].Text.IndexOf('\'') >= 0 || tokens[i].Text.IndexOf('\u2019') >= 0) return default; // "I think I've said": the speaker
            return new Speaker(null, Join(tokens, start, end));
        }
    }
}
