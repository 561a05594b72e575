using System;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// What a spelling is certainly not, kept in each of its tokens: the extractors scan every token of a sentence for
    /// cues, triggers, codable verbs and dates, and nearly every token is none of them. A token that knows so is skipped
    /// without reading its form, which is elsewhere in memory. A token made without them (bits clear) is asked as before.
    /// </summary>
    internal static class TokenTraits
    {
        /// <summary>No speech cue (<see cref="WordForm.CueLemma"/>), nor a word read as one beyond the lexicon (<see cref="QuoteExtractor.CueWordsBeyondLexicon"/>).</summary>
        public const byte NoCue = 8;

        /// <summary>No trigger word (<see cref="WordForm.Trigger"/>), the first word of no trigger phrase (<see cref="WordForm.PhraseRules"/>), nor the base form of a trigger row's verb.</summary>
        public const byte NoTrigger = 16;

        /// <summary>Not a form the CAMEO verb dictionary may code (<see cref="WordTrait.CodableVerbForm"/>).</summary>
        public const byte NoCodableVerb = 32;

        /// <summary>Neither a month's nor a weekday's name (<see cref="WordTrait.MonthWord"/>, <see cref="WordTrait.WeekdayWord"/>).</summary>
        public const byte NoDayWord = 64;

        /// <summary>None of the words a relative date is read from (<see cref="Events.DateResolver.RelativeDateWords"/>).</summary>
        public const byte NoRelativeDateWord = 128;

        public static byte Of(WordForm form)
        {
            var traits = 0;
            if (form.CueLemma is null && !IsAny(form.Text, QuoteExtractor.CueWordsBeyondLexicon)) traits |= NoCue;
            // "expel" has no row, but "voted to expel" is coded as "expelled" is (TriggerFinder.DecidedInfinitive).
            if (form.Trigger is null && form.PhraseRules is null && Events.TriggerFinder.BaseFormTrigger(form.Text) is null && !Lexicons.EventLexicon.IsVerbalAttack(form.Text)) traits |= NoTrigger;
            if (!form.Has(WordTrait.CodableVerbForm)) traits |= NoCodableVerb;
            if (!form.Has(WordTrait.MonthWord) && !form.Has(WordTrait.WeekdayWord)) traits |= NoDayWord;
            if (!IsAny(form.Text, Events.DateResolver.RelativeDateWords)) traits |= NoRelativeDateWord;
            return (byte)traits;
        }

        // As Token.Is compares: ordinal, ignoring case.
        private static bool IsAny(string text, string[] words)
        {
            foreach (var word in words)
                if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }
}
