using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// The parsed patterns of each CAMEO verb block, indexed by the first word they name after the verb ("grant * pardon"
    /// under "pardon"), so that a verb's hundred patterns are not all tried against every sentence: only those whose word
    /// is among the words after the verb, and those that name no word (a synonym set, a party).
    /// </summary>
    internal sealed class PatternIndex
    {
        // Every block's index, built together on first use (a few milliseconds) and read without locking afterwards.
        private static readonly Lazy<Dictionary<string, PatternIndex>> Blocks = new(BuildAll, LazyThreadSafetyMode.ExecutionAndPublication);

        private static readonly PatternIndex Empty = new(null);

        private readonly Dictionary<string, List<ParsedPattern>> _byWord = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<ParsedPattern> _wordless = new();
        private readonly List<ParsedPattern> _wordlessNamingObject = new();

        private PatternIndex(string? block)
        {
            if (block is null) return;
            foreach (var pattern in CameoVerbLexicon.Instance.PatternsOfBlock(block))
            {
                var parsed = ParsedPattern.Parse(pattern);
                NamesAnObject |= parsed.NamesItsObject && parsed.Code != CameoVerbLexicon.NullCode;
                if (parsed.WordsAfter.Length == 0)
                {
                    _wordless.Add(parsed);
                    if (parsed.NamesItsObject) _wordlessNamingObject.Add(parsed);
                    continue;
                }
                // The last word of a phrase matches in the plural too ("sanctions" for "sanction"): indexed under both.
                var word = parsed.WordsAfter[0];
                AddUnder(word, parsed);
                AddUnder(word + "s", parsed);
                AddUnder(word + "es", parsed);
            }
        }

        /// <summary>Whether a pattern of the block names what the verb acts on ("give * aid").</summary>
        public bool NamesAnObject { get; private set; }

        // The words any block's patterns are indexed under: a word that is none of them is under no block's (kept per word form).
        private static readonly Lazy<HashSet<string>> FirstWords = new(AllFirstWords, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>Whether some block indexes patterns under <paramref name="word"/> (any case): <see cref="Under"/> finds nothing for any other word.</summary>
        public static bool IsAnyFirstWord(string word) => FirstWords.Value.Contains(word);

        private static HashSet<string> AllFirstWords()
        {
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var index in Blocks.Value.Values) words.UnionWith(index._byWord.Keys);
            return words;
        }

        /// <summary>The index of one block's patterns (empty for a block without patterns).</summary>
        public static PatternIndex Of(string block) => Blocks.Value.TryGetValue(block, out var index) ? index : Empty;

        private static Dictionary<string, PatternIndex> BuildAll()
        {
            var blocks = new Dictionary<string, PatternIndex>(StringComparer.Ordinal);
            foreach (var block in CameoVerbLexicon.Instance.PatternBlocks) blocks.Add(block, new PatternIndex(block));
            return blocks;
        }

        /// <summary>Adds to <paramref name="into"/> the patterns that may match after the verb: their first word is among the tokens.</summary>
        public void Candidates(List<Token> tokens, int from, int to, List<ParsedPattern> into, bool namingObjectOnly = false)
        {
            // A verb of many uses reads only patterns that name what it acts on: the others need not be tried.
            into.AddRange(namingObjectOnly ? _wordlessNamingObject : _wordless);
            for (var i = from; i < to; i++)
            {
                var w = tokens[i];
                if (!w.IsWord || w.Form is { StartsCameoPatternWords: false }) continue; // under no block's patterns: not hashed
                if (!_byWord.TryGetValue(w.Text, out var list)) continue;
                foreach (var p in list)
                    if (!into.Contains(p)) into.Add(p);
            }
        }

        /// <summary>The patterns that name no word after the verb (only those naming its object, for a verb of many uses).</summary>
        public List<ParsedPattern> Wordless(bool namingObjectOnly) => namingObjectOnly ? _wordlessNamingObject : _wordless;

        /// <summary>The patterns whose first word after the verb is <paramref name="word"/> (any case), or null.</summary>
        public List<ParsedPattern>? Under(string word) => _byWord.TryGetValue(word, out var list) ? list : null;

        private void AddUnder(string word, ParsedPattern parsed)
        {
            if (!_byWord.TryGetValue(word, out var list)) _byWord.Add(word, list = new List<ParsedPattern>(2));
            if (!list.Contains(parsed)) list.Add(parsed);
        }
    }
}
