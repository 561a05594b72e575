using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// One trigger rule as data: the word forms, their part of speech (the file it is in), the CAMEO code (or "000" with a
    /// kind from the gold's closed list), the words one of which must follow within <see cref="Window"/> tokens (none: no
    /// constraint), and an invented example sentence that a test runs through the extractor, expecting the code's root, the
    /// kind and the named participants.
    /// </summary>
    internal sealed class TriggerRow
    {
        /// <summary>How many tokens after the trigger one of <see cref="NeedsAfter"/> may come.</summary>
        public const int Window = 7;

        public TriggerRow(string[] words, PartOfSpeech pos, string cameo, string kind, string[]? needsAfter, string example, string[] participants, string why)
        {
            Words = words;
            Pos = pos;
            Cameo = cameo;
            Kind = kind;
            NeedsAfter = needsAfter;
            Example = example;
            Participants = participants;
            Why = why;
        }

        public string[] Words { get; }

        /// <summary>Noun (event-nouns.tsv: the word names the event) or verb (event-verbs.tsv: it tells it happening); a phrase row's (<see cref="PhraseRow"/>) is its trigger's.</summary>
        public PartOfSpeech Pos { get; }

        public string Cameo { get; }
        public string Kind { get; }

        /// <summary>One of these must come within <see cref="Window"/> tokens after the trigger ("pleaded guilty", "voted to pass the bill").</summary>
        public string[]? NeedsAfter { get; }

        /// <summary>An invented sentence the row codes; empty only for a row whose <see cref="Why"/> says why none can.</summary>
        public string Example { get; }

        /// <summary>The entities the example's event must have, actor first (none for an occurrence no one takes part in).</summary>
        public string[] Participants { get; }

        /// <summary>Why the row codes what it does, where the words alone do not tell.</summary>
        public string Why { get; }
    }

    /// <summary>
    /// The project's event trigger rules, event-nouns.tsv and event-verbs.tsv: one row per group of word forms, each word
    /// form in one row only (a loader conflict otherwise). <see cref="EventLexicon"/> builds its word map from them, and
    /// a phrase row (<see cref="PhraseRowLexicon"/>) may borrow a row's trigger by one of its words.
    /// </summary>
    internal sealed class TriggerRowLexicon
    {
        private const int Columns = 7;

        private static readonly Lazy<TriggerRowLexicon> Shared = new Lazy<TriggerRowLexicon>(
            () => Parse(LexiconData.Read(LexiconData.EventNouns), LexiconData.Read(LexiconData.EventVerbs)), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, TriggerRow> _rowOfWord = new Dictionary<string, TriggerRow>(StringComparer.OrdinalIgnoreCase);

        private TriggerRowLexicon(List<TriggerRow> rows, LexiconConflicts conflicts)
        {
            Rows = rows;
            Conflicts = conflicts;
            foreach (var row in rows)
                foreach (var word in row.Words) _rowOfWord.Add(word, row);
        }

        /// <summary>The rules of this compiler process, parsed on first use.</summary>
        public static TriggerRowLexicon Instance => Shared.Value;

        /// <summary>The noun rows, then the verb rows, each in file order.</summary>
        public IReadOnlyList<TriggerRow> Rows { get; }

        public LexiconConflicts Conflicts { get; }

        /// <summary>The row that lists <paramref name="word"/> (any case), or null.</summary>
        public TriggerRow? RowOf(string word) => _rowOfWord.TryGetValue(word, out var row) ? row : null;

        /// <summary>Parses the two files (no cache: <see cref="Instance"/> is the cached one). A word form listed again is reported and left out.</summary>
        public static TriggerRowLexicon Parse(string nouns, string verbs)
        {
            var conflicts = new LexiconConflicts();
            var rows = new List<TriggerRow>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            Read(nouns, LexiconData.EventNouns, PartOfSpeech.Noun, seen, rows, conflicts);
            Read(verbs, LexiconData.EventVerbs, PartOfSpeech.Verb, seen, rows, conflicts);
            return new TriggerRowLexicon(rows, conflicts);
        }

        // Columns: words, cameo, kind, needs_after, example, participants, why.
        private static void Read(string text, string fileName, PartOfSpeech pos, HashSet<string> seen, List<TriggerRow> rows, LexiconConflicts conflicts)
        {
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                var cameo = reader.Field(1);
                if (reader.FieldCount != Columns || reader.FieldIsEmpty(0) || reader.FieldIsEmpty(2) || (cameo != "000" && CameoNames.Of(cameo) is null))
                {
                    conflicts.Unreadable(fileName, reader.LineNumber, "expected " + Columns + " columns with words, a CAMEO code (or 000) and a kind");
                    continue;
                }
                var words = new List<string>();
                foreach (var word in reader.Field(0).Split(' '))
                {
                    if (seen.Add(word)) words.Add(word);
                    else conflicts.Duplicate(fileName, reader.LineNumber, word);
                }
                rows.Add(new TriggerRow(words.ToArray(), pos, cameo, reader.Field(2), SplitOrNull(reader.Field(3), ' '), reader.Field(4),
                    SplitOrNull(reader.Field(5), '|') ?? Array.Empty<string>(), reader.Field(6)));
            }
        }

        private static string[]? SplitOrNull(string field, char separator) => field.Length == 0 ? null : field.Split(separator);
    }
}
