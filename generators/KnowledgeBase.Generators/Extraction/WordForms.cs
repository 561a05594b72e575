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
    internal sealed partial class WordForm
    {
        public WordForm(string text) => Text = text;

        public string Text { get; }

        /// <summary>What the extractors' per-token scans may skip for this spelling (<see cref="TokenTraits"/>), set when the table makes the form.</summary>
        public byte Traits { get; private set; }

        /// <summary>Works out <see cref="Traits"/> (asks several lexicons: once per form the table makes).</summary>
        internal WordForm WithTraits()
        {
            Traits = TokenTraits.Of(this);
            return this;
        }

        private int _gazetteerWords = -1;

        /// <summary>The most words of a gazetteer name this word begins (<see cref="Lexicons.Gazetteer.MostWordsAfter(string)"/>), worked out on first asking.</summary>
        public int GazetteerWords => _gazetteerWords >= 0 ? _gazetteerWords : _gazetteerWords = Lexicons.Gazetteer.MostWordsAfter(Text);

        /// <summary>
        /// The entity recognizer's mark: the run (<see cref="EntityRecognizer"/>) that last put this form's text in its set of
        /// capitalized words, so that it is not hashed again for every mention of a name.
        /// </summary>
        public long CapitalizedInRun { get; set; }

        // Bits of _asked past the traits': whether the gazetteer's answers below have been looked up.
        private const uint PlaceAsked = 1u << 30;
        private const uint DemonymAsked = 1u << 31;
        private const uint EvidenceAsked = 1u << 29;
        private int _evidenceRules;

        /// <summary>Which of <see cref="TypeEvidence.Rules"/> list the word (bit r: rule r), worked out on first asking.</summary>
        public int EvidenceRules
        {
            get
            {
                if ((_asked & EvidenceAsked) == 0)
                {
                    _evidenceRules = TypeEvidence.RulesListing(Text);
                    _asked |= EvidenceAsked;
                }
                return _evidenceRules;
            }
        }

        private Lexicons.GazetteerEntry? _place;
        private Lexicons.GazetteerEntry? _demonym;

        /// <summary>The place or organization the word alone names (<see cref="Lexicons.Gazetteer.TryGetPlaceOrOrganization"/>), or null; looked up on first asking.</summary>
        public Lexicons.GazetteerEntry? PlaceOrOrganization => GazetteerAnswer(PlaceAsked, ref _place);

        /// <summary>The place or organization the word alone is the demonym of (<see cref="Lexicons.Gazetteer.TryGetByDemonym"/>), or null; looked up on first asking.</summary>
        public Lexicons.GazetteerEntry? DemonymOf => GazetteerAnswer(DemonymAsked, ref _demonym);

        private Lexicons.GazetteerEntry? GazetteerAnswer(uint asked, ref Lexicons.GazetteerEntry? kept)
        {
            if ((_asked & asked) == 0)
            {
                var found = asked == PlaceAsked ? Lexicons.Gazetteer.TryGetPlaceOrOrganization(Text, out var entry) : Lexicons.Gazetteer.TryGetByDemonym(Text, out entry);
                kept = found ? entry : null;
                _asked |= asked;
            }
            return kept;
        }

        private string? _lower;

        /// <summary>The spelling in lower case (ToLowerInvariant), made on first asking: a capitalized word's would be a new string each time.</summary>
        public string Lower => _lower ??= Text.ToLowerInvariant();

        private string? _nameKey;

        /// <summary>The spelling's variant key (<see cref="NameVariants.Key(string)"/>), worked out on first asking.</summary>
        public string NameKey => _nameKey ??= NameVariants.Key(Text);

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

        private bool _cueAsked;
        private string? _cueLemma;

        /// <summary>The lemma of the word as a speech cue (<see cref="Lexicons.CueVerbs.Lemma(string)"/>), or null.</summary>
        public string? CueLemma
        {
            get
            {
                if (!_cueAsked)
                {
                    _cueLemma = Lexicons.CueVerbs.Lemma(Text);
                    _cueAsked = true;
                }
                return _cueLemma;
            }
        }

        private System.Collections.Generic.IReadOnlyList<Lexicon.CameoVerb>? _cameoVerbs;

        /// <summary>The CAMEO verbs the spelling is a form of (<see cref="Lexicon.CameoVerbLexicon.VerbsOfForm"/>), looked up on first asking.</summary>
        public System.Collections.Generic.IReadOnlyList<Lexicon.CameoVerb> CameoVerbs => _cameoVerbs ??= Lexicon.CameoVerbLexicon.Instance.VerbsOfForm(Text);

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
    /// one string and one form. Bounded: when three quarters full it starts again empty, which forgets answers, never changes them.
    /// </summary>
    internal sealed class WordForms
    {
        private const int SlotBits = 15;
        private const int Mask = (1 << SlotBits) - 1;
        private const int MaxForms = (1 << SlotBits) / 4 * 3;

        // Up to this many characters below U+0100 are kept in the slot, one byte each: such a word (nearly every word) is
        // told from the others by the slot alone. Reading the form's string instead cost a cache miss per rare word.
        private const int PackedChars = 16;

        // Marks an unpacked spelling's length: its slot's bytes are only a filter, the string decides.
        private const int Unpacked = 1 << 16;

        // A slot's Shape keeps the form's traits in its top byte.
        private const int TraitsShift = 24;
        private const int ShapeMask = (1 << TraitsShift) - 1;

        private struct Slot
        {
            public ulong Low;
            public ulong High;
            public int Hash;
            public int Shape;
            public WordForm? Form;
        }

        private Slot[] _slots = new Slot[1 << SlotBits];
        private int _count;

        /// <summary>
        /// How often the table has started again empty. While it has not, one spelling has one form: the tokens of an article
        /// tokenized without a restart share a form exactly when they share a text, so a mark on the form marks the text.
        /// </summary>
        public int Restarts { get; private set; }

        // Marks and other one-character ASCII tokens, a sixth of all tokens: found by their character, not hashed.
        private readonly WordForm?[] _ascii = new WordForm?[128];

        [System.ThreadStatic] private static WordForms? t_forms;

        /// <summary>This thread's table: fetched once per sentence, not once per word.</summary>
        public static WordForms OfThread() => t_forms ??= new WordForms();

        /// <summary>
        /// The form that spells <paramref name="text"/>[start, end), made on first meeting, and its <see cref="WordForm.Traits"/>,
        /// kept in the slot too: the token gets them without reading the form.
        /// </summary>
        public WordForm Find(string text, int start, int end, out byte traits)
        {
            var length = end - start;
            if (length == 1 && text[start] < 128)
            {
                var one = _ascii[text[start]] ??= new WordForm(text.Substring(start, 1)).WithTraits();
                traits = one.Traits;
                return one;
            }
            var key = Key.Of(text, start, end);
            var slots = _slots;
            var slot = key.Hash & Mask;
            for (; slots[slot].Form is { } form; slot = (slot + 1) & Mask)
            {
                ref var seen = ref slots[slot];
                if (seen.Hash == key.Hash && (seen.Shape & ShapeMask) == key.Shape && seen.Low == key.Low && seen.High == key.High
                    && (key.Shape < Unpacked || Spells(form.Text, text, start, length)))
                {
                    traits = (byte)((uint)seen.Shape >> TraitsShift);
                    return form;
                }
            }
            if (_count >= MaxForms)
            {
                _slots = slots = new Slot[1 << SlotBits];
                _count = 0;
                Restarts++;
                slot = key.Hash & Mask;
            }
            var made = new WordForm(SharedWords.Find(text, start, end) ?? text.Substring(start, length)).WithTraits();
            slots[slot] = new Slot { Low = key.Low, High = key.High, Hash = key.Hash, Shape = key.Shape | made.Traits << TraitsShift, Form = made };
            _count++;
            traits = made.Traits;
            return made;
        }

        // Words are short: a plain loop, without string.CompareOrdinal's argument checks.
        private static bool Spells(string word, string text, int start, int length)
        {
            if (word.Length != length) return false;
            for (var i = 0; i < length; i++)
                if (word[i] != text[start + i]) return false;
            return true;
        }

        /// <summary>A spelling's hash, its length (and whether it is packed) and its first characters, one byte each.</summary>
        private struct Key
        {
            public ulong Low;
            public ulong High;
            public int Hash;
            public int Shape;

            // A multiplication per character would make one long chain of them: shifts and adds per character, mixed at the end.
            public static Key Of(string text, int start, int end)
            {
                var hash = (uint)(end - start);
                ulong low = 0, high = 0;
                var wide = 0;
                var i = start;
                for (var split = end - start > 8 ? start + 8 : end; i < split; i++)
                {
                    var c = text[i];
                    hash = (hash << 5) - hash + c;
                    wide |= c;
                    low = (low << 8) | (byte)c;
                }
                for (; i < end; i++)
                {
                    var c = text[i];
                    hash = (hash << 5) - hash + c;
                    wide |= c;
                    high = (high << 8) | (byte)c;
                }
                hash ^= hash >> 15;
                hash *= 0x2C1B3C6Du;
                var packed = end - start <= PackedChars && wide < 256;
                // An unpacked spelling's length is only a filter (the string decides): its low bits do.
                return new Key { Low = low, High = high, Hash = (int)(hash ^ (hash >> 12)), Shape = packed ? end - start : (end - start) & 0xFFFF | Unpacked };
            }
        }
    }
}
