using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// The given names of given-names.tsv (written for this project): every name as written, with its accent-free and
    /// typographic-apostrophe forms, and the English lists' male and female names, which tell the pronoun a first name implies.
    /// A name listed twice, or two names with one accent-free form, are reported.
    /// </summary>
    internal sealed class GivenNameLexicon
    {
        private const string EnglishMaleArea = "english-male";
        private const string EnglishFemaleArea = "english-female";
        private const string WordNameArea = "word-name";

        private static readonly Lazy<GivenNameLexicon> Shared = new Lazy<GivenNameLexicon>(
            () => Parse(LexiconData.Read(LexiconData.GivenNames)), LazyThreadSafetyMode.ExecutionAndPublication);

        private GivenNameLexicon(HashSet<string> names, HashSet<string> englishMale, HashSet<string> englishFemale, HashSet<string> wordNames, int nameCount, LexiconConflicts conflicts)
        {
            Names = names;
            WordNames = wordNames;
            EnglishMale = englishMale;
            EnglishFemale = englishFemale;
            NameCount = nameCount;
            Conflicts = conflicts;
        }

        /// <summary>The names of this compiler process, parsed on first use.</summary>
        public static GivenNameLexicon Instance => Shared.Value;

        /// <summary>Every name (composed, ordinal) with its accent-free and typographic-apostrophe forms.</summary>
        public HashSet<string> Names { get; }

        /// <summary>The names of the English male list, as written in the file.</summary>
        public HashSet<string> EnglishMale { get; }

        /// <summary>The names of the English female list, as written in the file.</summary>
        public HashSet<string> EnglishFemale { get; }

        /// <summary>
        /// The first names the file keeps out of <see cref="Names"/> because they are far more often a common word or a place
        /// ("Grace", "Crystal", "Savannah"): rows of the area word-name, a person's given name only where a surname follows.
        /// </summary>
        public HashSet<string> WordNames { get; }

        /// <summary>Rows read (names, not forms).</summary>
        public int NameCount { get; }

        public LexiconConflicts Conflicts { get; }

        /// <summary>Parses given-names.tsv (no cache: <see cref="Instance"/> is the cached one).</summary>
        public static GivenNameLexicon Parse(string text)
        {
            var conflicts = new LexiconConflicts();
            var names = new HashSet<string>(StringComparer.Ordinal);
            var foldedNames = new HashSet<string>(StringComparer.Ordinal);
            var englishMale = new HashSet<string>(StringComparer.Ordinal);
            var englishFemale = new HashSet<string>(StringComparer.Ordinal);
            var wordNames = new HashSet<string>(StringComparer.Ordinal);
            var nameCount = 0;
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                var name = reader.Field(0);
                if (reader.FieldCount != 2 || name.Length == 0 || name.IndexOf(' ') >= 0 || reader.FieldIsEmpty(1))
                {
                    conflicts.Unreadable(LexiconData.GivenNames, reader.LineNumber, "expected one name and its area");
                    continue;
                }
                if (reader.FieldEquals(1, WordNameArea))
                {
                    wordNames.Add(name);
                    continue;
                }
                var composed = TextSanitizer.Normalize(name, NormalizationForm.FormC);
                var folded = AccentFolding.Fold(composed);
                if (!foldedNames.Add(folded))
                {
                    conflicts.Duplicate(LexiconData.GivenNames, reader.LineNumber, folded == name ? name : name + "' as '" + folded);
                    continue;
                }
                nameCount++;
                AddForms(names, composed, folded);
                if (reader.FieldEquals(1, EnglishMaleArea)) englishMale.Add(name);
                else if (reader.FieldEquals(1, EnglishFemaleArea)) englishFemale.Add(name);
            }
            return new GivenNameLexicon(names, englishMale, englishFemale, wordNames, nameCount, conflicts);
        }

        // News writes both apostrophes ("N'Golo", "N’Golo") and drops accents ("Jose" for "José").
        private static void AddForms(HashSet<string> names, string composed, string folded)
        {
            names.Add(composed);
            names.Add(folded);
            if (composed.IndexOf('\'') >= 0)
            {
                names.Add(composed.Replace('\'', '\u2019'));
                names.Add(folded.Replace('\'', '\u2019'));
            }
        }
    }
}
