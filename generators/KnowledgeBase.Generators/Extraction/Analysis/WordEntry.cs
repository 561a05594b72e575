using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// What the lexicons say about one written form, before context: its closed-class reading, the open classes
    /// WordNet gives it (with priors and lemmas), the verb forms it may be. Made once per form and process.
    /// </summary>
    internal sealed class WordEntry
    {
        private WordEntry(string written, string lower)
        {
            _written = written;
            Lower = lower;
        }

        // The form as written that the entry was made for: the thread's recent entries are told apart by it.
        private readonly string _written;

        /// <summary>Lower case, curly apostrophes straightened.</summary>
        public string Lower { get; }
        public ClosedWord? Closed { get; private set; }
        public OpenClass Open { get; private set; }
        public PartOfSpeechPriors Priors { get; private set; }

        /// <summary>The verb forms the word may be (bits of 1 &lt;&lt; VerbForm).</summary>
        public int VerbForms { get; private set; }
        public string NounLemma { get; private set; } = string.Empty;
        public string VerbLemma { get; private set; } = string.Empty;

        /// <summary>"talks", "mice": a plural noun form.</summary>
        public bool IsPluralNoun { get; private set; }

        /// <summary>WordNet does not know the word: its classes come from its ending.</summary>
        public bool IsGuessed { get; private set; }

        public bool Can(OpenClass open) => (Open & open) != 0;

        public bool CanBeForm(VerbForm form) => (VerbForms & (1 << (int)form)) != 0;

        // Forms seen across the process's articles; bounded so that an unusual corpus cannot grow it without end.
        private static readonly ConcurrentDictionary<string, WordEntry> Cache = new(StringComparer.Ordinal);
        private const int CacheLimit = 200_000;

        // How many entries Cache holds (it only grows): ConcurrentDictionary.Count takes all its locks, and was asked for
        // every word new to the process, which in a compiler's first, cold pass is most words.
        private static int _cached;

        /// <summary>
        /// Each thread's copy of the forms it has met (asked of every word, it answers without the shared table's cost),
        /// and in front of it the last entry met for each slot of a small table: "the", "of", "said" are found there
        /// without hashing the word or reaching into the large table.
        /// </summary>
        internal sealed class ThreadTables
        {
            public const int RecentMask = 1023;
            public readonly Dictionary<string, WordEntry> Local = new(StringComparer.Ordinal);
            public readonly WordEntry?[] Recent = new WordEntry?[RecentMask + 1];
        }

        [ThreadStatic] private static ThreadTables? _tables;

        /// <summary>This thread's tables of entries: fetched once per sentence, not once per word.</summary>
        public static ThreadTables ThreadCache() => _tables ??= new ThreadTables();

        /// <summary>The entry of a word as written (any case).</summary>
        public static WordEntry Of(string word) => Of(word, ThreadCache());

        /// <summary>The entry of a word as written, looked up first in <paramref name="tables"/> (from <see cref="ThreadCache"/>).</summary>
        public static WordEntry Of(string word, ThreadTables tables)
        {
            var slot = word.Length == 0 ? 0 : ((word.Length * 31 + word[0]) * 31 + word[word.Length - 1]) & ThreadTables.RecentMask;
            if (tables.Recent[slot] is { } recent && recent._written == word) return recent;
            var local = tables.Local;
            if (!local.TryGetValue(word, out var entry))
            {
                if (!Cache.TryGetValue(word, out entry))
                {
                    entry = Make(word);
                    if (Volatile.Read(ref _cached) < CacheLimit)
                    {
                        var made = entry;
                        entry = Cache.GetOrAdd(word, made);
                        if (ReferenceEquals(entry, made)) Interlocked.Increment(ref _cached);
                    }
                }
                if (local.Count < CacheLimit) local[word] = entry;
            }
            tables.Recent[slot] = entry;
            return entry;
        }

        private static WordEntry Make(string word)
        {
            var lower = word.ToLowerInvariant().Replace('\u2019', '\'');
            var entry = new WordEntry(word, lower) { Closed = ClosedClassWords.Find(lower) };
            var lexicon = WordClassLexicon.Instance;
            var priors = lexicon.Priors(lower);
            var nounLemma = lexicon.Lemmatize(lower, PartOfSpeech.Noun);
            var verbLemma = lexicon.Lemmatize(lower, PartOfSpeech.Verb);
            var nounPrior = priors.Noun > 0 ? priors.Noun : nounLemma != lower ? lexicon.Priors(nounLemma).Noun : 0;
            var verbPrior = priors.Verb > 0 ? priors.Verb : verbLemma != lower ? lexicon.Priors(verbLemma).Verb : 0;
            var adjectivePrior = priors.Adjective > 0 ? priors.Adjective : ComparativePrior(lexicon, lower);
            entry.Priors = new PartOfSpeechPriors(nounPrior, verbPrior, adjectivePrior, priors.Adverb);
            entry.NounLemma = nounLemma;
            entry.VerbLemma = verbLemma;
            entry.IsPluralNoun = nounPrior > 0 && nounLemma != lower;
            var open = OpenClass.None;
            if (nounPrior > 0) open |= OpenClass.Noun;
            if (verbPrior > 0) open |= OpenClass.Verb;
            if (adjectivePrior > 0) open |= OpenClass.Adjective;
            if (priors.Adverb > 0) open |= OpenClass.Adverb;
            if (open == OpenClass.None) Guess(entry, lower);
            else entry.Open = open;
            if (entry.Can(OpenClass.Verb) && entry.VerbForms == 0) entry.VerbForms = FormsOf(lower, entry.VerbLemma, lexicon);
            return entry;
        }

        private static int ComparativePrior(WordClassLexicon lexicon, string lower)
        {
            var lemma = lexicon.Lemmatize(lower, PartOfSpeech.Adjective);
            return lemma != lower ? lexicon.Priors(lemma).Adjective : 0;
        }

        private static void Guess(WordEntry entry, string lower)
        {
            entry.IsGuessed = true;
            var row = UnknownWordRules.Find(lower);
            if (row is null)
            {
                entry.Open = OpenClass.Noun;
                entry.IsPluralNoun = lower.Length > 3 && lower[lower.Length - 1] == 's' && lower[lower.Length - 2] != 's';
                return;
            }
            entry.Open = row.Open;
            if (row.Form == VerbForm.Past) entry.VerbForms = Bit(VerbForm.Past) | Bit(VerbForm.Participle);
            else if (row.Form != VerbForm.None) entry.VerbForms = Bit(row.Form);
            entry.VerbLemma = row.Form switch
            {
                VerbForm.Gerund => lower.Substring(0, lower.Length - 3),
                VerbForm.Past => lower.Substring(0, lower.Length - 2),
                VerbForm.ThirdSingular => lower.Substring(0, lower.Length - 1),
                _ => lower,
            };
        }

        private static int FormsOf(string lower, string lemma, WordClassLexicon lexicon)
        {
            if (lower == lemma) return Bit(VerbForm.Base);
            if (lower.EndsWith("ing", StringComparison.Ordinal)) return Bit(VerbForm.Gerund);
            if (lower.EndsWith("ed", StringComparison.Ordinal)) return Bit(VerbForm.Past) | Bit(VerbForm.Participle);
            if (lexicon.IrregularLemmas(lower, PartOfSpeech.Verb).Count > 0)
            {
                // "taken", "shown", "done": only participles end so; "went", "began": past or participle.
                var participleOnly = lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("wn", StringComparison.Ordinal) || lower.EndsWith("ne", StringComparison.Ordinal);
                return participleOnly ? Bit(VerbForm.Participle) : Bit(VerbForm.Past) | Bit(VerbForm.Participle);
            }
            return lower.EndsWith("s", StringComparison.Ordinal) ? Bit(VerbForm.ThirdSingular) : Bit(VerbForm.Base);
        }

        private static int Bit(VerbForm form) => 1 << (int)form;
    }
}
