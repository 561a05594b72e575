using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// A set of lexicon keys asked about nearly every token: the word filter turns most words away before they are hashed,
    /// and a word is compared in its key form (lower case).
    /// </summary>
    internal sealed class FilteredWordSet
    {
        private readonly HashSet<string> _keys;
        private readonly WordFilter _filter;

        public FilteredWordSet(IEnumerable<string> keys)
        {
            _keys = new HashSet<string>(keys, StringComparer.Ordinal);
            _filter = new WordFilter(_keys);
        }

        public int Count => _keys.Count;

        public bool Contains(string word) => _filter.MayContain(word) && _keys.Contains(PhraseKey.Normalize(word));
    }
}
