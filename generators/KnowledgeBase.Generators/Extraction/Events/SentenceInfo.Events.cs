namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// The event recognizer's answers about a whole sentence, worked out on first asking: its steps ask them once per trigger,
    /// and a scan of the sentence per trigger cost more than the rest of the step.
    /// </summary>
    internal sealed partial class SentenceInfo
    {
        // Back to "not yet asked" for each answer below (Reuse).
        private void ForgetEventAnswers()
        {
            _firstClaimVerb = -2;
            _timeClauses = null;
            _dates = null;
            _datesPublished = 0;
            _speaksOfUpcoming = 0;
        }

        // -2: not yet asked; -1: none.
        private int _firstClaimVerb = -2;

        /// <summary>The first of the sentence's claim verbs ("claimed", "alleges": <see cref="Lexicons.EventLexicon.ClaimVerbs"/>), -1 when it has none.</summary>
        internal int FirstClaimVerb
        {
            get
            {
                if (_firstClaimVerb == -2) _firstClaimVerb = Events.TriggerFinder.FirstClaimVerb(Tokens);
                return _firstClaimVerb;
            }
        }

        private (int Start, int End)[]? _timeClauses;

        /// <summary>The spans of the sentence's "after" and "before" clauses (<see cref="Events.EventDating.FindTimeClauses"/>), worked out on first asking.</summary>
        internal (int Start, int End)[] TimeClauses => _timeClauses ??= Events.EventDating.FindTimeClauses(this);

        private System.Collections.Generic.List<Events.DateMention>? _dates;
        private int _datesPublished;

        /// <summary>
        /// The dates the sentence names in an article published on <paramref name="published"/> (<see cref="Events.DateResolver.Find"/>),
        /// worked out on first asking: anchoring, recognizing and dating statements asked it up to seven times a sentence. The list
        /// is shared; a caller that adds to it copies it first.
        /// </summary>
        internal System.Collections.Generic.List<Events.DateMention> Dates(int published)
        {
            if (_dates is null || _datesPublished != published)
            {
                _dates = Events.DateResolver.Find(Tokens, published);
                _datesPublished = published;
            }
            return _dates;
        }

        // 0: not yet asked; 1: no; 2: yes.
        private byte _speaksOfUpcoming;

        /// <summary>Whether the sentence says something is upcoming, underway, scheduled or likely to happen (<see cref="Events.EventModality.SaysUpcoming"/>).</summary>
        internal bool SpeaksOfUpcoming
        {
            get
            {
                if (_speaksOfUpcoming == 0) _speaksOfUpcoming = Events.EventModality.SaysUpcoming(Tokens) ? (byte)2 : (byte)1;
                return _speaksOfUpcoming == 2;
            }
        }
    }
}
