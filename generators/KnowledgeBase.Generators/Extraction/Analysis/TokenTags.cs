using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>Tags, verb forms, lemmas and word entries of one sentence's tokens, index for index.</summary>
    /// <remarks>
    /// Two arrays behind the columns: each token's tag and form side by side, and its lemma in a struct (stored without the
    /// type check a store into a reference array costs, which reads the stored object's header: a cache miss per word).
    /// A word's entry is not copied: it is kept on the token's form (<see cref="WordForm.Entry"/>), read from there.
    /// </remarks>
    internal sealed class TokenTags
    {
        private readonly TagAndForm[] _tags;
        private readonly LemmaSlot[] _lemmas;
        private readonly List<Token> _tokens;

        public TokenTags(List<Token> tokens)
        {
            _tokens = tokens;
            _tags = new TagAndForm[tokens.Count];
            _lemmas = new LemmaSlot[tokens.Count];
        }

        public TagColumn Tags => new(_tags);
        public FormColumn Forms => new(_tags);
        public LemmaColumn Lemmas => new(_lemmas);
        public EntryColumn Entries => new(_tokens);
        public int Count => _tags.Length;

        public bool IsNominal(int i) => (uint)i < (uint)_tags.Length && _tags[i].Tag is Tag.Noun or Tag.ProperNoun or Tag.Pronoun or Tag.Number;

        internal struct TagAndForm
        {
            public Tag Tag;
            public VerbForm Form;
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
            private readonly List<Token> _tokens;

            public EntryColumn(List<Token> tokens) => _tokens = tokens;

            public WordEntry? this[int i] => _tokens[i] is { IsWord: true } token ? token.Form?.Entry ?? WordEntry.Of(token.Text) : null;
        }
    }
}
