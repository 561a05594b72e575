using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// PETRARCH2's CAMEO verb dictionary: verb form → lemma → blocks, each block with its patterns and codes
    /// ("negotiated" → negotiate → block "compromise" → "* (with +)" ...), and the synonym sets patterns use.
    /// </summary>
    internal sealed class CameoVerbLexicon
    {
        public const string NullCode = "---";

        private static readonly Lazy<CameoVerbLexicon> Shared = new Lazy<CameoVerbLexicon>(
            () => Parse(LexiconData.Read(LexiconData.Verbs), LexiconData.Read(LexiconData.VerbPatterns), LexiconData.Read(LexiconData.Synsets)),
            LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, List<CameoVerb>> _verbsByForm = new Dictionary<string, List<CameoVerb>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<CameoVerb>> _verbsByBlock = new Dictionary<string, List<CameoVerb>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<CameoPattern>> _patternsByBlock = new Dictionary<string, List<CameoPattern>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        private CameoVerbLexicon()
        {
        }

        /// <summary>The lexicon of this compiler process, parsed on first use.</summary>
        public static CameoVerbLexicon Instance => Shared.Value;

        public LexiconConflicts Conflicts { get; } = new LexiconConflicts();

        public int FormCount => _verbsByForm.Count;

        /// <summary>Every form of the dictionary's verbs (lower case, words joined by a space).</summary>
        public IEnumerable<string> Forms => _verbsByForm.Keys;

        /// <summary>Names of the blocks that have patterns.</summary>
        public IEnumerable<string> PatternBlocks => _patternsByBlock.Keys;

        /// <summary>Names of the synonym sets ("&amp;CURRENCY").</summary>
        public IEnumerable<string> SynsetNames => _synsets.Keys;

        /// <summary>The verbs a form belongs to ("went" → go in "go somewhere"); lower case, words joined by a space.</summary>
        public IReadOnlyList<CameoVerb> VerbsOfForm(string form) =>
            _verbsByForm.TryGetValue(PhraseKey.Normalize(form), out var verbs) ? verbs : (IReadOnlyList<CameoVerb>)Array.Empty<CameoVerb>();

        public IReadOnlyList<CameoVerb> VerbsOfBlock(string block) =>
            _verbsByBlock.TryGetValue(block, out var verbs) ? verbs : (IReadOnlyList<CameoVerb>)Array.Empty<CameoVerb>();

        public IReadOnlyList<CameoPattern> PatternsOfBlock(string block) =>
            _patternsByBlock.TryGetValue(block, out var patterns) ? patterns : (IReadOnlyList<CameoPattern>)Array.Empty<CameoPattern>();

        /// <summary>Member phrases of a synonym set ("&amp;CURRENCY" → "dollars", "euro", ...).</summary>
        public IReadOnlyList<string> SynsetMembers(string name) =>
            _synsets.TryGetValue(name, out var members) ? members : (IReadOnlyList<string>)Array.Empty<string>();

        /// <summary>Parses verbs.tsv, verb-patterns.tsv and synsets.tsv (no cache: <see cref="Instance"/> is the cached one).</summary>
        public static CameoVerbLexicon Parse(string verbsText, string patternsText, string synsetsText)
        {
            var lexicon = new CameoVerbLexicon();
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            lexicon.ParseVerbs(verbsText, strings);
            lexicon.ParsePatterns(patternsText, strings);
            lexicon.ParseSynsets(synsetsText, strings);
            return lexicon;
        }

        private void ParseVerbs(string text, Dictionary<string, string> strings)
        {
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                var lemma = ActorLexicon.Intern(strings, reader.Field(0));
                var block = ActorLexicon.Intern(strings, reader.Field(1));
                var forms = reader.FieldIsEmpty(3) ? Array.Empty<string>() : reader.Field(3).Split(',');
                var verb = new CameoVerb(lemma, block, ActorLexicon.Intern(strings, reader.Field(2)), forms);
                var inBlock = Bucket(_verbsByBlock, block);
                if (IndexOfLemma(inBlock, lemma) >= 0)
                {
                    Conflicts.Duplicate(LexiconData.Verbs, reader.LineNumber, lemma + " in " + block);
                    continue;
                }
                inBlock.Add(verb);
                AddForm(lemma, verb, reader.LineNumber);
                foreach (var form in forms) AddForm(ActorLexicon.Intern(strings, form), verb, reader.LineNumber);
            }
        }

        private void AddForm(string form, CameoVerb verb, int line)
        {
            var verbs = Bucket(_verbsByForm, form);
            foreach (var other in verbs)
                if (ReferenceEquals(other, verb) || (other.Lemma == verb.Lemma && other.Block == verb.Block))
                {
                    Conflicts.Duplicate(LexiconData.Verbs, line, form + " → " + verb.Lemma);
                    return;
                }
            verbs.Add(verb);
        }

        private void ParsePatterns(string text, Dictionary<string, string> strings)
        {
            var reader = new TsvReader(text);
            string? previousBlock = null, previousText = null;
            while (reader.MoveNext())
            {
                var block = ActorLexicon.Intern(strings, reader.Field(0));
                var pattern = reader.Field(1);
                if (block == previousBlock && pattern == previousText)
                {
                    Conflicts.Duplicate(LexiconData.VerbPatterns, reader.LineNumber, block + " " + pattern);
                    continue;
                }
                previousBlock = block;
                previousText = pattern;
                var codes = reader.Field(2).Split('|');
                for (var i = 0; i < codes.Length; i++) codes[i] = ActorLexicon.Intern(strings, codes[i]);
                Bucket(_patternsByBlock, block).Add(new CameoPattern(block, pattern, codes));
            }
        }

        private void ParseSynsets(string text, Dictionary<string, string> strings)
        {
            var reader = new TsvReader(text);
            string? previousName = null, previousMember = null;
            while (reader.MoveNext())
            {
                var name = ActorLexicon.Intern(strings, reader.Field(0));
                var member = reader.Field(1);
                if (name == previousName && member == previousMember)
                {
                    Conflicts.Duplicate(LexiconData.Synsets, reader.LineNumber, name + " " + member);
                    continue;
                }
                previousName = name;
                previousMember = member;
                Bucket(_synsets, name).Add(member);
            }
        }

        private static List<T> Bucket<T>(Dictionary<string, List<T>> map, string key)
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = new List<T>(1);
                map.Add(key, list);
            }
            return list;
        }

        private static int IndexOfLemma(List<CameoVerb> verbs, string lemma)
        {
            for (var i = 0; i < verbs.Count; i++)
                if (verbs[i].Lemma == lemma) return i;
            return -1;
        }
    }
}
