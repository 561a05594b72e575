using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>Tags, verb forms, lemmas and word entries of one sentence's tokens, index for index.</summary>
    /// <remarks>
    /// Two arrays behind the columns: each token's tag and form side by side, and its lemma in a struct (stored without the
    /// type check a store into a reference array costs, which reads the stored object's header: a cache miss per word).
    /// A word's entry is kept on the token's form (<see cref="WordForm.Entry"/>); while the sentence is analysed
    /// (<see cref="LendEntries"/> .. <see cref="ReturnEntries"/>) the entries are copied into the thread's scratch array,
    /// which the tagger reads several times a word without going through the forms, and which no sentence keeps.
    /// </remarks>
    internal sealed class TokenTags
    {
        private readonly TagAndForm[] _tags;
        private readonly LemmaSlot[] _lemmas;
        private List<Token> _tokens;
        private EntrySlot[]? _entries;

        [System.ThreadStatic] private static EntrySlot[]? _scratch;

        public TokenTags(List<Token> tokens)
        {
            _tokens = tokens;
            _tags = new TagAndForm[tokens.Count];
            _lemmas = new LemmaSlot[tokens.Count];
        }

        // The thread's tags given back by articles done with them, by their count (below PooledCounts): an article's
        // sentences take them again instead of new arrays, each of its own exact count as a new one would be.
        [System.ThreadStatic] private static List<TokenTags>?[]? t_free;
        private const int PooledCounts = 128;
        private const int PooledPerCount = 64;

        /// <summary>Empty tags for <paramref name="tokens"/>: given back ones of the same count (<see cref="GiveBack"/>), else new.</summary>
        public static TokenTags For(List<Token> tokens)
        {
            var count = tokens.Count;
            if (count < PooledCounts && t_free?[count] is { Count: > 0 } free)
            {
                var tags = free[free.Count - 1];
                free.RemoveAt(free.Count - 1);
                tags._tokens = tokens;
                return tags;
            }
            return new TokenTags(tokens);
        }

        /// <summary>Gives the tags back emptied, for a later sentence of as many tokens: no one reads them afterwards.</summary>
        public void GiveBack()
        {
            var count = _tags.Length;
            if (count >= PooledCounts || _entries is not null) return;
            var free = (t_free ??= new List<TokenTags>?[PooledCounts])[count] ??= new List<TokenTags>();
            if (free.Count >= PooledPerCount) return;
            System.Array.Clear(_tags, 0, count);
            System.Array.Clear(_lemmas, 0, count);
            _tokens = null!;
            free.Add(this);
        }

        public TagColumn Tags => new(_tags);
        public FormColumn Forms => new(_tags);
        public LemmaColumn Lemmas => new(_lemmas);
        public EntryColumn Entries => new(_entries, _tokens);
        public int Count => _tags.Length;

        public bool IsNominal(int i) => (uint)i < (uint)_tags.Length && _tags[i].Tag is Tag.Noun or Tag.ProperNoun or Tag.Pronoun or Tag.Number;

        internal struct TagAndForm
        {
            public Tag Tag;
            public VerbForm Form;
        }

        /// <summary>Copies the words' entries into the thread's scratch array, read there until <see cref="ReturnEntries"/>.</summary>
        internal void LendEntries()
        {
            var slots = _scratch;
            _scratch = null; // lent: a sentence analysed meanwhile on this thread makes its own
            if (slots is null || slots.Length < _tokens.Count) slots = new EntrySlot[System.Math.Max(_tokens.Count, 64)];
            var cache = WordEntry.ThreadCache();
            for (var i = 0; i < _tokens.Count; i++)
                slots[i].Entry = _tokens[i] is { IsWord: true } token ? token.Form?.Entry ?? WordEntry.Of(token.Text, cache) : null;
            _entries = slots;
        }

        /// <summary>Empties the scratch array and gives it back to the thread; the entries are read from the forms again.</summary>
        internal void ReturnEntries()
        {
            if (_entries is not { } slots) return;
            System.Array.Clear(slots, 0, _tokens.Count);
            _entries = null;
            _scratch = slots;
        }

        internal struct EntrySlot
        {
            public WordEntry? Entry;
        }

        internal struct LemmaSlot
        {
            public string Lemma;
        }

        internal readonly struct TagColumn
        {
            private readonly TagAndForm[] _tags;

            public TagColumn(TagAndForm[] tags) => _tags = tags;

            public ref Tag this[int i] => ref _tags[i].Tag;
        }

        internal readonly struct FormColumn
        {
            private readonly TagAndForm[] _tags;

            public FormColumn(TagAndForm[] tags) => _tags = tags;

            public ref VerbForm this[int i] => ref _tags[i].Form;
        }

        internal readonly struct LemmaColumn
        {
            private readonly LemmaSlot[] _lemmas;

            public LemmaColumn(LemmaSlot[] lemmas) => _lemmas = lemmas;

            public ref string this[int i] => ref _lemmas[i].Lemma;
        }

        /// <summary>The lexicon's entry of each word token (null for numbers, possessives and punctuation).</summary>
        internal readonly struct EntryColumn
        {
            private readonly EntrySlot[]? _entries;
            private readonly List<Token> _tokens;

            public EntryColumn(EntrySlot[]? entries, List<Token> tokens)
            {
                _entries = entries;
                _tokens = tokens;
            }

            public WordEntry? this[int i] => _entries is { } entries && i < _tokens.Count ? entries[i].Entry : FromForm(_tokens[i]);

            private static WordEntry? FromForm(Token token) => token.IsWord ? token.Form?.Entry ?? WordEntry.Of(token.Text) : null;
        }
    }
}
