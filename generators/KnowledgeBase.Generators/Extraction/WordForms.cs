using KnowledgeBase.Generators.Extraction.Analysis;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// One distinct written word ("said", "Said", "Norvale"), shared by every token that spells it: what the lexicons say
    /// of it is a function of the spelling alone, so each answer is worked out once, on first asking, and kept here.
    /// Extractors ask the same questions of the same few thousand words over and over; a look-up in a large lexicon table
    /// costs a cache miss or three, a kept answer does not. Forms belong to one thread's table, so their answers are
    /// written without locks.
    /// </summary>
    internal sealed class WordForm
    {
        public WordForm(string text, int hash)
        {
            Text = text;
            Hash = hash;
        }

        public string Text { get; }

        /// <summary>The hash the thread's table files the form under.</summary>
        public int Hash { get; }

        private WordEntry? _entry;

        /// <summary>The tagger's entry for the form (<see cref="WordEntry.Of(string)"/>), looked up on first asking.</summary>
        public WordEntry Entry => _entry ??= WordEntry.Of(Text);

        // Which traits have been asked, and which of those hold: one bit of each per trait.
        private uint _asked;
        private uint _holds;

        /// <summary>Whether the lexicon of <paramref name="trait"/> says so of this spelling (asked of it once).</summary>
        public bool Has(WordTrait trait)
        {
            var bit = 1u << (int)trait;
            if ((_asked & bit) == 0)
            {
                if (WordTraits.Holds(trait, Text)) _holds |= bit;
                _asked |= bit;
            }
            return (_holds & bit) != 0;
        }

        private bool _triggerAsked;
        private Lexicons.EventTrigger? _trigger;

        /// <summary>The trigger row of the word (<see cref="Lexicons.EventLexicon.Find(string)"/>), or null.</summary>
        public Lexicons.EventTrigger? Trigger
        {
            get
            {
                if (!_triggerAsked)
                {
                    _trigger = Lexicons.EventLexicon.Find(Text);
                    _triggerAsked = true;
                }
                return _trigger;
            }
        }

        private bool _phrasesAsked;
        private (Lexicon.PhraseRow Row, Lexicons.EventTrigger Trigger)[]? _phrases;

        /// <summary>The phrase rows the word is one of (<see cref="Events.PhraseTriggers.RulesOf"/>), or null.</summary>
        public (Lexicon.PhraseRow Row, Lexicons.EventTrigger Trigger)[]? PhraseRules
        {
            get
            {
                if (!_phrasesAsked)
                {
                    _phrases = Events.PhraseTriggers.RulesOf(Text);
                    _phrasesAsked = true;
                }
                return _phrases;
            }
        }
    }

    /// <summary>
    /// Each thread's table of the word forms its tokens spell (open addressing, the hash taken from the text in place): the
    /// tokenizer finds a word's form without cutting a new string out of the sentence, and the tokens of one spelling share
    /// one string and one form. Bounded: when it is half full it starts again empty, which forgets answers, never changes them.
    /// </summary>
    internal sealed class WordForms
    {
        private const int SlotBits = 16;
        private const int Mask = (1 << SlotBits) - 1;
        private const int MaxForms = 1 << (SlotBits - 1);

        // The hash of each slot's form beside the forms: a probe passes other words' slots without reading their forms.
        private int[] _hashes = new int[1 << SlotBits];
        private WordForm?[] _forms = new WordForm?[1 << SlotBits];
        private int _count;

        [System.ThreadStatic] private static WordForms? t_forms;

        /// <summary>This thread's table: fetched once per sentence, not once per word.</summary>
        public static WordForms OfThread() => t_forms ??= new WordForms();

        /// <summary>The form that spells <paramref name="text"/>[start, end), made on first meeting.</summary>
        public WordForm Find(string text, int start, int end)
        {
            var length = end - start;
            var hash = Hash(text, start, end) | 1; // never 0, the hash of an empty slot
            var slot = hash & Mask;
            for (int seen; (seen = _hashes[slot]) != 0; slot = (slot + 1) & Mask)
            {
                if (seen != hash) continue;
                var form = _forms[slot]!;
                if (form.Text.Length == length && string.CompareOrdinal(form.Text, 0, text, start, length) == 0) return form;
            }
            if (_count >= MaxForms)
            {
                _hashes = new int[1 << SlotBits];
                _forms = new WordForm?[1 << SlotBits];
                _count = 0;
                slot = hash & Mask;
            }
            var made = new WordForm(SharedWords.Find(text, start, end) ?? text.Substring(start, length), hash);
            _hashes[slot] = hash;
            _forms[slot] = made;
            _count++;
            return made;
        }

        private static int Hash(string text, int start, int end)
        {
            var hash = 2166136261u;
            for (var i = start; i < end; i++) hash = (hash ^ text[i]) * 16777619u;
            return (int)(hash ^ (hash >> 15));
        }
    }
}
