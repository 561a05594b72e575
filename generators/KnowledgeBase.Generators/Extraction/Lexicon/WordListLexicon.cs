using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// One word-list file of the project (a word and the list it belongs to on each line) and how the code asks each
    /// of its lists: with the word as written, or in any case.
    /// </summary>
    internal sealed class WordListFile
    {
        private readonly Lazy<WordListLexicon> _shared;

        public WordListFile(string fileName, string[] exactCaseLists, string[] anyCaseLists)
        {
            FileName = fileName;
            ExactCaseLists = exactCaseLists;
            AnyCaseLists = anyCaseLists;
            _shared = new Lazy<WordListLexicon>(() => WordListLexicon.Parse(LexiconData.Read(fileName), this), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public string FileName { get; }

        /// <summary>Lists compared ordinally: "WHO" is not "who", "Inc." not "inc.".</summary>
        public string[] ExactCaseLists { get; }

        /// <summary>Lists compared ordinally ignoring case.</summary>
        public string[] AnyCaseLists { get; }

        /// <summary>The file's lists of this compiler process, parsed on first use.</summary>
        public WordListLexicon Lists => _shared.Value;
    }

    /// <summary>
    /// The project's hand-written word lists (gazetteer-words.tsv, titles.tsv, common-words.tsv, event-words.tsv): each
    /// list a set of single words. A word may stand in several lists of a file (the lists answer different questions),
    /// once in each: a word listed twice in one list is reported.
    /// </summary>
    internal sealed class WordListLexicon
    {
        public static readonly WordListFile GazetteerWords = new WordListFile(
            LexiconData.GazetteerWords, new[] { "place-suffix", "place-prefix", "organization-head", "non-entity-adjective", "possessive-name-word", "back-reference-head", "party-name-word", "party-head", "droppable-head", "campus-system" }, Array.Empty<string>());

        public static readonly WordListFile TitleWords = new WordListFile(
            LexiconData.TitleWords, Array.Empty<string>(), new[] { "title", "title-qualifier", "role-noun" });

        public static readonly WordListFile CommonWords = new WordListFile(
            LexiconData.CommonWords,
            new[] { "newspaper-head", "newspaper-word", "name-connector", "surname-particle", "surname-prefix", "document-noun", "common-acronym" },
            new[] { "function", "non-name", "personal-pronoun", "group-noun", "people-noun", "organization-descriptor", "occupation-descriptor", "organization-chain-noun", "product-noun", "occurrence-head", "concept-head", "town-noun", "division-noun", "no-place-in-head", "judged-noun", "unnamed-person-noun", "issuing-verb", "issued-text-noun", "cited-record-noun", "bare-research-noun" });

        public static readonly WordListFile EventWords = new WordListFile(
            LexiconData.EventWords, new[] { "compound-head" }, new[] { "speculative", "planned", "occurrence", "harm-verb", "stance", "verbal-attack", "disapproval", "decision", "candidacy-noun", "candidacy-modifier", "state-party-noun", "military-means", "fired-weapon", "team-noun", "team-modifier", "making-participle", "author-rank", "author-noun", "study-noun", "told-study", "crowd-count", "crowd-noun", "span-hedge", "stopping-verb", "lifting-verb", "preventing-verb", "framing-word", "calling-off", "claim-verb", "legal-word", "realm-noun", "medical-modifier", "seeking-word", "fired-projectile", "asking-for-verb", "face-verb", "faced-modifier", "faced-charge", "warning-word", "foreseeing-word", "honour-noun", "law-noun", "election-word", "hosted-thing", "withdrawn-thing", "harmed-word", "plan-noun", "animal-noun", "aerial-weapon", "undertaking-noun", "leaving-verb", "freed-people-noun", "event-keeping-head", "disease-word", "natural-force", "plea-word", "hearing-verb", "wishing-verb", "done-act-noun", "violent-act-noun", "premises-noun", "news-item", "growing-amount", "frequency-adjective", "occasion-of-words", "words-given", "network-part", "court-bench", "court-writing", "court-opinion", "same-day-span", "toll-participle", "toll-verb", "suit-aim", "suit-effort", "letter-word" });

        /// <summary>Every word-list file, for tests and the full parse.</summary>
        public static readonly WordListFile[] Files = { GazetteerWords, TitleWords, CommonWords, EventWords };

        private readonly Dictionary<string, HashSet<string>> _lists;

        private WordListLexicon(Dictionary<string, HashSet<string>> lists, int wordCount, LexiconConflicts conflicts)
        {
            _lists = lists;
            WordCount = wordCount;
            Conflicts = conflicts;
        }

        public LexiconConflicts Conflicts { get; }

        public int WordCount { get; }

        /// <summary>The words of one of the file's lists, in file order, compared as <see cref="WordListFile"/> says.</summary>
        public HashSet<string> Words(string list) => _lists[list];

        /// <summary>Parses one word-list file (no cache: <see cref="WordListFile.Lists"/> is the cached one).</summary>
        public static WordListLexicon Parse(string text, WordListFile file)
        {
            var conflicts = new LexiconConflicts();
            var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var name in file.ExactCaseLists) lists.Add(name, new HashSet<string>(StringComparer.Ordinal));
            foreach (var name in file.AnyCaseLists) lists.Add(name, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            var wordCount = 0;
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                var word = reader.Field(0);
                if (reader.FieldCount != 2 || word.Length == 0 || word.IndexOf(' ') >= 0 || !lists.TryGetValue(reader.Field(1), out var words))
                {
                    conflicts.Unreadable(file.FileName, reader.LineNumber, "expected one word and a list: " + string.Join(", ", lists.Keys));
                    continue;
                }
                if (words.Add(word)) wordCount++;
                else conflicts.Duplicate(file.FileName, reader.LineNumber, word + "' in '" + reader.Field(1));
            }
            return new WordListLexicon(lists, wordCount, conflicts);
        }
    }
}
