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

        // The wordless patterns that code (not "---"), which alone may make a verb code, grouped by what their steps after the
        // verb need (a party, a synonym set's member: the pre-test passes over a group whose need the words after it do not meet).
        private readonly List<ParsedPattern>[] _wordlessCoding = { new(), new(), new(), new() };
        private readonly List<ParsedPattern>[] _wordlessCodingNamingObject = { new(), new(), new(), new() };

        /// <summary>The bits of a need of <see cref="WordlessCoding"/>'s groups: a named party after the verb, a synonym set's member.</summary>
        public const int NeedsParty = 1, NeedsSynsetMember = 2, Needs = 4;

        // The WordBit of every word the patterns are indexed under, in 128 bits: a word whose bit is not set is under none of
        // them, known without hashing it into the block's dictionary (whose buckets are mostly not in the cache).
        private ulong _wordBitsLow, _wordBitsHigh;

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
                    var needs = (parsed.NamesTarget ? NeedsParty : 0) | (parsed.HasSynsetAfter ? NeedsSynsetMember : 0);
                    if (parsed.Codes) _wordlessCoding[needs].Add(parsed);
                    if (parsed.Codes && parsed.NamesItsObject) _wordlessCodingNamingObject[needs].Add(parsed);
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
                if (Under(tokens[i]) is not { } list) continue;
                foreach (var p in list)
                    if (!into.Contains(p)) into.Add(p);
            }
        }

        /// <summary>The patterns that name no word after the verb (only those naming its object, for a verb of many uses).</summary>
        public List<ParsedPattern> Wordless(bool namingObjectOnly) => namingObjectOnly ? _wordlessNamingObject : _wordless;

        /// <summary>The <see cref="Wordless"/> patterns that code (not "---"; the others never make a verb code) and need <paramref name="needs"/> (<see cref="NeedsParty"/>, <see cref="NeedsSynsetMember"/>).</summary>
        public List<ParsedPattern> WordlessCoding(bool namingObjectOnly, int needs) => (namingObjectOnly ? _wordlessCodingNamingObject : _wordlessCoding)[needs];

        /// <summary>
        /// The patterns whose first word after the verb is the token's word (any case), or null. A word under no block's
        /// patterns (its form's mark), or whose bit this block's words lack, is not hashed into the block's dictionary.
        /// </summary>
        public List<ParsedPattern>? Under(in Token w) =>
            !w.IsWord || w.Form is { StartsCameoPatternWords: false } || w.Form is { } form && !MayBeUnder(form.CameoPatternWordBit) ? null
            : _byWord.TryGetValue(w.Text, out var list) ? list : null;

        /// <summary>
        /// A bit of 128 for <paramref name="word"/>, the same for every spelling of it in any case (ASCII letters folded),
        /// or -1 for a word with a character beyond ASCII (whose case-insensitive equals are not worked out here).
        /// </summary>
        internal static int WordBit(string word)
        {
            var hash = 0;
            foreach (var c in word)
            {
                if (c >= 128) return -1;
                hash = unchecked(hash * 31 + (c is >= 'A' and <= 'Z' ? c | 0x20 : c));
            }
            return hash & 127;
        }

        /// <summary>Whether a word of <paramref name="wordBit"/> (<see cref="WordBit"/>) may be one patterns are indexed under: when not, <see cref="Under"/> finds nothing.</summary>
        private bool MayBeUnder(int wordBit) =>
            wordBit < 0 || ((wordBit < 64 ? _wordBitsLow >> wordBit : _wordBitsHigh >> (wordBit - 64)) & 1) != 0;

        private void AddUnder(string word, ParsedPattern parsed)
        {
            var bit = WordBit(word);
            if (bit < 0) _wordBitsLow = _wordBitsHigh = ulong.MaxValue;
            else if (bit < 64) _wordBitsLow |= 1UL << bit;
            else _wordBitsHigh |= 1UL << (bit - 64);
            if (!_byWord.TryGetValue(word, out var list)) _byWord.Add(word, list = new List<ParsedPattern>(2));
            if (!list.Contains(parsed)) list.Add(parsed);
        }
    }
}
