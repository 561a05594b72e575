using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// WordNet 3.0 word classes: for each lemma the parts of speech it has with a SemCor prior, the irregular
    /// inflections (*.exc: "went" → go, "mice" → mouse) and multiword lemmas ("prime_minister").
    /// </summary>
    internal sealed class WordClassLexicon
    {
        private static readonly Lazy<WordClassLexicon> Shared = new Lazy<WordClassLexicon>(
            () => Parse(
                LexiconData.Read(LexiconData.WordNetPartsOfSpeech),
                LexiconData.Read(LexiconData.WordNetExceptions),
                LexiconData.Read(LexiconData.WordNetMultiwords)),
            LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly SortedTsv _priors;
        private readonly Dictionary<string, string[]>[] _irregular;
        private readonly SortedTsv _multiwords;

        private WordClassLexicon(SortedTsv priors, Dictionary<string, string[]>[] irregular, SortedTsv multiwords, LexiconConflicts conflicts)
        {
            _priors = priors;
            _irregular = irregular;
            _multiwords = multiwords;
            Conflicts = conflicts;
        }

        /// <summary>The lexicon of this compiler process, parsed on first use.</summary>
        public static WordClassLexicon Instance => Shared.Value;

        public LexiconConflicts Conflicts { get; }

        public int LemmaCount => _priors.LineCount;

        public int MultiwordCount => _multiwords.LineCount;

        /// <summary>Priors of a lower-case lemma; all zero when WordNet does not know it.</summary>
        public PartOfSpeechPriors Priors(string lemma)
        {
            var line = _priors.Find(lemma);
            if (line < 0) return default;
            return new PartOfSpeechPriors(_priors.Number(line, 1), _priors.Number(line, 2), _priors.Number(line, 3), _priors.Number(line, 4));
        }

        public bool Has(string lemma, PartOfSpeech pos) => Priors(lemma).Of(pos) > 0;

        /// <summary>Lemmas of an irregular form ("went" → go), or an empty list.</summary>
        public IReadOnlyList<string> IrregularLemmas(string form, PartOfSpeech pos) =>
            _irregular[(int)pos].TryGetValue(form, out var lemmas) ? lemmas : Array.Empty<string>();

        /// <summary>Whether WordNet has this multiword lemma (words joined by '_' or ' '), and as which classes ("nv").</summary>
        public bool TryGetMultiword(string lemma, out string partsOfSpeech)
        {
            var line = _multiwords.Find(lemma.Replace(' ', '_'));
            partsOfSpeech = line < 0 ? string.Empty : _multiwords.Field(line, 1);
            return line >= 0;
        }

        /// <summary>
        /// The lemma of a word as the given part of speech: the exception tables first, then WordNet's regular
        /// suffix rules (the first candidate WordNet lists as that class), else the lower-cased word itself.
        /// </summary>
        public string Lemmatize(string word, PartOfSpeech pos)
        {
            var lower = word.ToLowerInvariant();
            var irregular = IrregularLemmas(lower, pos);
            if (irregular.Count > 0) return irregular[0];
            if (Has(lower, pos)) return lower;
            var rules = SuffixRules.For(pos);
            for (var i = 0; i < rules.Length; i += 2)
            {
                var candidate = SuffixRules.Apply(lower, rules[i], rules[i + 1]);
                if (candidate is null) continue;
                if (Has(candidate, pos)) return candidate;
                var undoubled = SuffixRules.Undouble(candidate);
                if (undoubled is not null && Has(undoubled, pos)) return undoubled;
            }
            return lower;
        }

        /// <summary>Parses the three WordNet data files (no cache: <see cref="Instance"/> is the cached one).</summary>
        public static WordClassLexicon Parse(string partsOfSpeech, string exceptions, string multiwords)
        {
            var conflicts = new LexiconConflicts();
            return new WordClassLexicon(
                new SortedTsv(partsOfSpeech, LexiconData.WordNetPartsOfSpeech, 1, conflicts),
                ParseExceptions(exceptions, conflicts),
                new SortedTsv(multiwords, LexiconData.WordNetMultiwords, 1, conflicts),
                conflicts);
        }

        private static Dictionary<string, string[]>[] ParseExceptions(string text, LexiconConflicts conflicts)
        {
            var tables = new Dictionary<string, string[]>[4];
            for (var i = 0; i < tables.Length; i++) tables[i] = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                var pos = PosFromLetter(reader.Field(1));
                if (pos is null)
                {
                    conflicts.Unreadable(LexiconData.WordNetExceptions, reader.LineNumber, "unknown part of speech");
                    continue;
                }
                var table = tables[(int)pos.Value];
                var form = reader.Field(0);
                var lemma = reader.Field(2);
                if (!table.TryGetValue(form, out var lemmas)) table.Add(form, new[] { lemma });
                else if (Array.IndexOf(lemmas, lemma) >= 0) conflicts.Duplicate(LexiconData.WordNetExceptions, reader.LineNumber, form + " " + lemma);
                else table[form] = Append(lemmas, lemma);
            }
            return tables;
        }

        internal static PartOfSpeech? PosFromLetter(string letter) => letter switch
        {
            "n" => PartOfSpeech.Noun,
            "v" => PartOfSpeech.Verb,
            "a" => PartOfSpeech.Adjective,
            "r" => PartOfSpeech.Adverb,
            _ => null,
        };

        private static string[] Append(string[] values, string value)
        {
            var longer = new string[values.Length + 1];
            Array.Copy(values, longer, values.Length);
            longer[values.Length] = value;
            return longer;
        }
    }
}
