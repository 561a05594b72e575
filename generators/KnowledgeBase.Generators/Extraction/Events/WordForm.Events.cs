namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// The event recognizer's answers about a spelling, worked out together on first asking: the CAMEO pattern matcher asks
    /// them of every word after a verb that may code (most start no pattern's words nor any synonym set's member), the
    /// lead's dating asks whether each word of an undated event's sentence places it at another time, the search for a
    /// trigger's subject whether each word before it may refer to a party, and the clause reading whether each word of the
    /// sentence may introduce a clause.
    /// </summary>
    internal sealed partial class WordForm
    {
        private const byte EventWordsAsked = 1;
        private const byte StartsPatternWords = 2;
        private const byte StartsSynsetMember = 4;
        private const byte OtherTimeWord = 8;
        private const byte ReferringWord = 16;
        private const byte ClauseIntroducer = 32;

        private byte _eventWords;

        // PatternIndex.WordBit of the text, worked out with the other answers (-1: beyond ASCII).
        private sbyte _cameoPatternWordBit;

        /// <summary><see cref="Events.PatternIndex.WordBit"/> of the text: a block's index tells from it alone that most words are under none of its patterns.</summary>
        public int CameoPatternWordBit => EventWords != 0 ? _cameoPatternWordBit : 0; // EventWords is never 0: asking it works the bit out

        /// <summary>Whether some CAMEO verb pattern's words after the verb begin with this word (<see cref="Events.PatternIndex.IsAnyFirstWord"/>).</summary>
        public bool StartsCameoPatternWords => (EventWords & StartsPatternWords) != 0;

        /// <summary>Whether some synonym set's member begins with this word (<see cref="Events.SynsetWords.IsAnyFirstWord"/>).</summary>
        public bool StartsCameoSynsetMember => (EventWords & StartsSynsetMember) != 0;

        /// <summary>Whether the word places an act at another time than the story's day (<see cref="Events.EventAnchors.IsOtherTimeWord"/>).</summary>
        public bool IsOtherTimeWord => (EventWords & OtherTimeWord) != 0;

        /// <summary>Whether the word may stand for parties named elsewhere (<see cref="Events.EventRoles.MayReferToParties"/>).</summary>
        public bool MayReferToParties => (EventWords & ReferringWord) != 0;

        /// <summary>
        /// <see cref="Analysis.WordBounds.MayIntroduceClause"/> of the word: whether the analysis may take it to introduce a
        /// clause, which depends on its entry alone (a closed word, read through two more objects for every word asked).
        /// </summary>
        public bool MayIntroduceClause => (EventWords & ClauseIntroducer) != 0;

        private byte EventWords
        {
            // The kept answer is read where the scans ask it (inlined); working it out, once per form, is a call of its own.
            get => (_eventWords & EventWordsAsked) != 0 ? _eventWords : AskEventWords();
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private byte AskEventWords()
        {
            // Written before the flags that say it is known (a thread that reads them set reads it too; a race writes the same values).
            _cameoPatternWordBit = (sbyte)Events.PatternIndex.WordBit(Text);
            return _eventWords = (byte)(EventWordsAsked | (Events.PatternIndex.IsAnyFirstWord(Text) ? StartsPatternWords : 0) | (Events.SynsetWords.IsAnyFirstWord(Text) ? StartsSynsetMember : 0)
                | (Events.EventAnchors.IsOtherTimeWord(Lower) ? OtherTimeWord : 0) | (Events.EventRoles.MayReferToParties(Text, Lower) ? ReferringWord : 0)
                | (Analysis.WordBounds.MayIntroduceClause(new System.Collections.Generic.List<Token> { new(0, this, TokenKind.Word) }, 0) ? ClauseIntroducer : 0));
        }
    }
}
