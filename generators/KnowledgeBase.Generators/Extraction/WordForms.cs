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
    /// one string and one form. Bounded: when full it starts again empty, which forgets answers, never changes them.
    /// </summary>
    internal sealed class WordForms
    {
        private const int SlotBits = 16;
        private const int Mask = (1 << SlotBits) - 1;

        // At most half the slots are used, so that probe runs stay short; a news corpus of a few hundred articles spells
        // some 23,000 distinct words, which fit without a restart.
        private const int MaxForms = 1 << (SlotBits - 1);

        // A slot holds the top bits of its spelling's hash and 1 + the index of its entry (0: empty). The slots are four
        // bytes, sixteen to a cache line, and nearly every probe that is not the word is told so by them alone; the entries
        // are in the order the words were first met, so the commonest words' entries lie together at the start.
        private const int IndexMask = 0xFFFF;

        // Up to this many characters below U+0100 are kept in the entry, one byte each: such a word (nearly every word) is
        // told from the others by the entry alone. Reading the form's string instead cost a cache miss per rare word.
        private const int PackedChars = 16;

        // Marks an unpacked spelling's length: its entry's bytes are only a filter, the string decides.
        private const int Unpacked = 1 << 16;

        private struct Entry
        {
            public ulong Low;
            public ulong High;
            public int Shape;

            // A word token's shape of the spelling (Token.WordShape and the form's traits): worked out once per form, not
            // once per token, and read without reading the form.
            public byte TokenShape;
            public WordForm Form;
        }

        private readonly int[] _slots = new int[1 << SlotBits];

        // Grown as words are met, up to MaxForms: a thread that reads little keeps a small table.
        private Entry[] _entries = new Entry[1024];
        private int _count;

        /// <summary>
        /// How often the table has started again empty. While it has not, one spelling has one form: the tokens of an article
        /// tokenized without a restart share a form exactly when they share a text, so a mark on the form marks the text.
        /// </summary>
        public int Restarts { get; private set; }

        // Marks and other one-character ASCII tokens, a sixth of all tokens: found by their character, not hashed.
        private readonly WordForm?[] _ascii = new WordForm?[128];
        private readonly byte[] _asciiShapes = new byte[128];

        [System.ThreadStatic] private static WordForms? t_forms;

        /// <summary>This thread's table: fetched once per sentence, not once per word.</summary>
        public static WordForms OfThread() => t_forms ??= new WordForms();

        /// <summary>
        /// The form that spells <paramref name="text"/>[start, end), made on first meeting, and the shape a word token of it
        /// has (<see cref="Token.WordShape"/> with the form's <see cref="WordForm.Traits"/>), kept in the entry too: the
        /// token gets it without reading the form or working it out again.
        /// </summary>
        public WordForm Find(string text, int start, int end, out byte tokenShape)
        {
            var length = end - start;
            if (length == 1 && text[start] < 128)
            {
                var c = text[start];
                if (_ascii[c] is not { } one)
                {
                    _ascii[c] = one = new WordForm(text.Substring(start, 1)).WithTraits();
                    _asciiShapes[c] = (byte)(Token.WordShape(text, start, 1) | one.Traits);
                }
                tokenShape = _asciiShapes[c];
                return one;
            }
            var key = Key.Of(text, start, end);
            var tag = key.Hash & ~IndexMask;
            var slots = _slots;
            var entries = _entries;
            var slot = key.Hash & Mask;
            for (int held; (held = slots[slot]) != 0; slot = (slot + 1) & Mask)
            {
                if ((held & ~IndexMask) != tag) continue;
                ref var seen = ref entries[(held & IndexMask) - 1];
                if (seen.Shape == key.Shape && seen.Low == key.Low && seen.High == key.High
                    && (key.Shape < Unpacked || Spells(seen.Form.Text, text, start, length)))
                {
                    tokenShape = seen.TokenShape;
                    return seen.Form;
                }
            }
            return Add(key, slot, text, start, end, out tokenShape);
        }

        /// <summary>Makes the form of a spelling not in the table, and puts it in <paramref name="slot"/> (the empty slot its probe ended at).</summary>
        private WordForm Add(Key key, int slot, string text, int start, int end, out byte tokenShape)
        {
            if (_count >= MaxForms)
            {
                System.Array.Clear(_slots, 0, _slots.Length);
                System.Array.Clear(_entries, 0, _entries.Length);
                _count = 0;
                Restarts++;
                slot = key.Hash & Mask;
            }
            if (_count == _entries.Length) System.Array.Resize(ref _entries, _entries.Length * 2);
            var made = new WordForm(SharedWords.Find(text, start, end) ?? text.Substring(start, end - start)).WithTraits();
            tokenShape = (byte)(Token.WordShape(text, start, end - start) | made.Traits);
            _entries[_count] = new Entry { Low = key.Low, High = key.High, Shape = key.Shape, TokenShape = tokenShape, Form = made };
            _slots[slot] = (key.Hash & ~IndexMask) | ++_count;
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
