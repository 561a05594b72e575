namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>Regular English inflection, undone: WordNet's detachment rules (suffix → replacement) per class.</summary>
    internal static class SuffixRules
    {
        private static readonly string[] Noun = { "s", "", "ses", "s", "xes", "x", "zes", "z", "ches", "ch", "shes", "sh", "men", "man", "ies", "y" };
        private static readonly string[] Verb = { "s", "", "ies", "y", "es", "e", "es", "", "ed", "e", "ed", "", "ing", "e", "ing", "" };
        private static readonly string[] Adjective = { "er", "", "est", "", "er", "e", "est", "e" };
        private static readonly string[] None = { };

        /// <summary>Pairs of (suffix, replacement), flattened.</summary>
        public static string[] For(PartOfSpeech pos) => pos switch
        {
            PartOfSpeech.Noun => Noun,
            PartOfSpeech.Verb => Verb,
            PartOfSpeech.Adjective => Adjective,
            _ => None,
        };

        /// <summary>The word with the suffix replaced, or null when it does not end so (or nothing would remain).</summary>
        public static string? Apply(string word, string suffix, string replacement)
        {
            if (word.Length <= suffix.Length + 1 || !word.EndsWith(suffix, System.StringComparison.Ordinal)) return null;
            return word.Substring(0, word.Length - suffix.Length) + replacement;
        }

        /// <summary>"stopp" → "stop" (the doubled consonant of "stopped", "bigger"), or null.</summary>
        public static string? Undouble(string stem)
        {
            var n = stem.Length;
            if (n < 3 || stem[n - 1] != stem[n - 2] || IsVowel(stem[n - 1])) return null;
            return stem.Substring(0, n - 1);
        }

        private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
