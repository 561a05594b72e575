namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>Tags, verb forms and lemmas of one sentence's tokens, index for index.</summary>
    /// <remarks>
    /// Two arrays behind four columns: each token's tag and form side by side, its entry and lemma side by side. Fewer
    /// arrays per sentence than one per column, and a reference in a struct is stored without the type check a store
    /// into a reference array costs (which reads the stored object's header: a cache miss per word).
    /// </remarks>
    internal sealed class TokenTags
    {
        private readonly TagAndForm[] _tags;
        private readonly EntryAndLemma[] _words;

        public TokenTags(int count)
        {
            _tags = new TagAndForm[count];
            _words = new EntryAndLemma[count];
        }

        public TagColumn Tags => new(_tags);
        public FormColumn Forms => new(_tags);
        public LemmaColumn Lemmas => new(_words);
        public EntryColumn Entries => new(_words);
        public int Count => _tags.Length;

        public bool IsNominal(int i) => (uint)i < (uint)_tags.Length && _tags[i].Tag is Tag.Noun or Tag.ProperNoun or Tag.Pronoun or Tag.Number;

        internal struct TagAndForm
        {
            public Tag Tag;
            public VerbForm Form;
        }

        internal struct EntryAndLemma
        {
            public WordEntry? Entry;
            public string Lemma;
        }

        internal readonly struct TagColumn
        {
            private readonly TagAndForm[] _tags;

            public TagColumn(TagAndForm[] tags) => _tags = tags;

            public ref Tag this[int i] => ref _tags[i].Tag;
            public int Length => _tags.Length;
        }

        internal readonly struct FormColumn
        {
            private readonly TagAndForm[] _tags;

            public FormColumn(TagAndForm[] tags) => _tags = tags;

            public ref VerbForm this[int i] => ref _tags[i].Form;
        }

        internal readonly struct LemmaColumn
        {
            private readonly EntryAndLemma[] _words;

            public LemmaColumn(EntryAndLemma[] words) => _words = words;

            public ref string this[int i] => ref _words[i].Lemma;
        }

        internal readonly struct EntryColumn
        {
            private readonly EntryAndLemma[] _words;

            public EntryColumn(EntryAndLemma[] words) => _words = words;

            public ref WordEntry? this[int i] => ref _words[i].Entry;
        }
    }
}
