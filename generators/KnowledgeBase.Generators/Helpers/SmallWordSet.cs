using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>
    /// A small list of words, exact case (ordinal), looked up by length and first letter: a word is compared only with
    /// the listed words that share both (most often none or one), without hashing it. For the lists that were compiled
    /// switches over string constants ("of", "van", "Herald") and are asked of many tokens: about as cheap as the switch.
    /// </summary>
    internal sealed class SmallWordSet
    {
        private const int FirstLetters = 128; // a first letter outside ASCII shares a slot; the comparison decides

        private readonly string[]?[] _slots;
        private readonly int _maxLength;

        public SmallWordSet(IEnumerable<string> words)
        {
            var lists = new Dictionary<int, List<string>>();
            foreach (var word in words)
            {
                if (word.Length == 0) continue;
                if (word.Length > _maxLength) _maxLength = word.Length;
                var slot = Slot(word);
                if (!lists.TryGetValue(slot, out var list)) lists.Add(slot, list = new List<string>());
                list.Add(word);
            }
            _slots = new string[]?[(_maxLength + 1) * FirstLetters];
            foreach (var pair in lists) _slots[pair.Key] = pair.Value.ToArray();
        }

        public bool Contains(string word)
        {
            if (word is null || word.Length == 0 || word.Length > _maxLength) return false;
            var candidates = _slots[Slot(word)];
            if (candidates is null) return false;
            foreach (var candidate in candidates)
                if (string.Equals(candidate, word, StringComparison.Ordinal)) return true;
            return false;
        }

        private static int Slot(string word) => word.Length * FirstLetters + (word[0] & (FirstLetters - 1));
    }
}
