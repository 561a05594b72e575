using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// The CAMEO event codes and their descriptions, cameo-codes.tsv (the code and description columns of
    /// tools/cameo/cameo.tsv, GDELT's table): code → description, each code once.
    /// </summary>
    internal sealed class CameoCodeLexicon
    {
        private static readonly Lazy<CameoCodeLexicon> Shared = new Lazy<CameoCodeLexicon>(
            () => Parse(LexiconData.Read(LexiconData.CameoCodes)), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, string> _descriptions;

        private CameoCodeLexicon(Dictionary<string, string> descriptions, LexiconConflicts conflicts)
        {
            _descriptions = descriptions;
            Conflicts = conflicts;
        }

        /// <summary>The codes of this compiler process, parsed on first use.</summary>
        public static CameoCodeLexicon Instance => Shared.Value;

        public LexiconConflicts Conflicts { get; }

        public int CodeCount => _descriptions.Count;

        /// <summary>Every code and its description, in file order.</summary>
        public IEnumerable<KeyValuePair<string, string>> Codes => _descriptions;

        /// <summary>The description of a code, or null for codes outside CAMEO (such as "000").</summary>
        public string? DescriptionOf(string code) => _descriptions.TryGetValue(code, out var description) ? description : null;

        /// <summary>Parses cameo-codes.tsv (no cache: <see cref="Instance"/> is the cached one).</summary>
        public static CameoCodeLexicon Parse(string text)
        {
            var conflicts = new LexiconConflicts();
            var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                var code = reader.Field(0);
                if (reader.FieldCount != 2 || !IsCode(code) || reader.FieldIsEmpty(1))
                    conflicts.Unreadable(LexiconData.CameoCodes, reader.LineNumber, "expected a code of 2 to 4 digits and its description");
                else if (descriptions.ContainsKey(code))
                    conflicts.Duplicate(LexiconData.CameoCodes, reader.LineNumber, code);
                else
                    descriptions.Add(code, reader.Field(1));
            }
            return new CameoCodeLexicon(descriptions, conflicts);
        }

        private static bool IsCode(string code)
        {
            if (code.Length < 2 || code.Length > 4) return false;
            foreach (var c in code)
                if (c < '0' || c > '9') return false;
            return true;
        }
    }
}
