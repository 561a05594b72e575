using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>A word of a closed class, with its lemma and (for auxiliaries and modals) its form.</summary>
    internal sealed class ClosedWord
    {
        public ClosedWord(Tag tag, string lemma, VerbForm form, bool negated)
        {
            Tag = tag;
            Lemma = lemma;
            Form = form;
            Negated = negated;
            Ambiguity = lemma switch
            {
                "that" => AmbiguousWord.That,
                "to" => AmbiguousWord.To,
                "there" => AmbiguousWord.There,
                "no" => AmbiguousWord.No,
                "one" => AmbiguousWord.One,
                "yet" => AmbiguousWord.Yet,
                _ => AmbiguousWord.None,
            };
        }

        public Tag Tag { get; }
        public string Lemma { get; }
        public VerbForm Form { get; }

        /// <summary>"didn't", "won't": the negation is inside the word.</summary>
        public bool Negated { get; }

        /// <summary>Which word of several classes the lemma is (<see cref="ClosedWordRules"/> settles it): told once per word, not per token.</summary>
        public AmbiguousWord Ambiguity { get; }
    }

    /// <summary>The closed words whose class their neighbours settle, beside the classes of their rows.</summary>
    internal enum AmbiguousWord : byte
    {
        None,
        That,
        To,
        There,
        No,
        One,
        Yet,
    }

    /// <summary>
    /// The closed word classes as data rows: one row a tag (and for verbs a lemma and form) with the words that have
    /// it. A word's first row wins; the tagger's context rules settle the ambiguous ones ("that", "to", "her").
    /// </summary>
    internal static class ClosedClassWords
    {
        private sealed class Row
        {
            public Row(Tag tag, string lemma, VerbForm form, string words)
            {
                Tag = tag;
                Lemma = lemma;
                Form = form;
                Words = words;
            }

            public Tag Tag { get; }
            public string Lemma { get; }
            public VerbForm Form { get; }
            public string Words { get; }
        }

        // An empty lemma: each word is its own lemma.
        private static readonly Row[] Rows =
        {
            new(Tag.Auxiliary, "be", VerbForm.Base, "be"),
            new(Tag.Auxiliary, "be", VerbForm.ThirdSingular, "is isn't 's"),
            new(Tag.Auxiliary, "be", VerbForm.Base, "am are aren't 're 'm"),
            new(Tag.Auxiliary, "be", VerbForm.Past, "was were wasn't weren't"),
            new(Tag.Auxiliary, "be", VerbForm.Participle, "been"),
            new(Tag.Auxiliary, "be", VerbForm.Gerund, "being"),
            new(Tag.Auxiliary, "have", VerbForm.Base, "have haven't 've"),
            new(Tag.Auxiliary, "have", VerbForm.ThirdSingular, "has hasn't"),
            new(Tag.Auxiliary, "have", VerbForm.Past, "had hadn't 'd"),
            new(Tag.Auxiliary, "have", VerbForm.Gerund, "having"),
            new(Tag.Auxiliary, "do", VerbForm.Base, "do don't"),
            new(Tag.Auxiliary, "do", VerbForm.ThirdSingular, "does doesn't"),
            new(Tag.Auxiliary, "do", VerbForm.Past, "did didn't"),
            new(Tag.Modal, "will", VerbForm.Base, "will won't 'll shall shan't"),
            new(Tag.Modal, "", VerbForm.Base, "would wouldn't could couldn't might mightn't may should shouldn't must mustn't can can't cannot ought"),
            new(Tag.Particle, "", VerbForm.None, "up out off down away back"),
            new(Tag.Determiner, "", VerbForm.None,
                "a an the this these those each every either neither another some any no all both several many much few " +
                "such what whatever my your our their its"),
            new(Tag.Pronoun, "", VerbForm.None,
                "i me you he him she her it we us they them his hers ours yours theirs mine myself yourself himself herself " +
                "itself ourselves themselves one someone somebody anyone anybody everyone everybody no-one nobody something " +
                "anything everything nothing there"),
            new(Tag.WhWord, "", VerbForm.None, "who whom whose which where why how"),
            new(Tag.Subordinator, "", VerbForm.None,
                "that because although though whereas while whilst if unless whether when whenever once"),
            new(Tag.Conjunction, "", VerbForm.None, "and or but nor yet &"),
            new(Tag.Preposition, "", VerbForm.None,
                "to of in on at by for from with without within into onto over under about above below after before during " +
                "since until till amid amidst among amongst against along around behind beside besides between beyond near " +
                "off through throughout toward towards upon via per despite like unlike across as than including regarding " +
                "concerning following according except inside outside"),
            new(Tag.Particle, "", VerbForm.None, "not n't"),
            new(Tag.Adverb, "", VerbForm.None,
                "never also still even just only already again then thus therefore hence instead perhaps indeed however " +
                "meanwhile moreover furthermore nevertheless nonetheless here now today yesterday tomorrow very too so ago " +
                "longer later earlier soon often always"),
            new(Tag.Number, "", VerbForm.None,
                "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen " +
                "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion " +
                "trillion dozen dozens hundreds thousands millions billions"),
        };

        private static readonly Dictionary<string, ClosedWord> Words = Build();

        private static Dictionary<string, ClosedWord> Build()
        {
            var words = new Dictionary<string, ClosedWord>(StringComparer.Ordinal);
            foreach (var row in Rows)
            {
                foreach (var word in row.Words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (words.ContainsKey(word)) continue;
                    var negated = word.EndsWith("n't", StringComparison.Ordinal) || word == "cannot";
                    var lemma = row.Lemma.Length > 0 ? row.Lemma : negated ? NegatedLemma(word) : word;
                    words.Add(word, new ClosedWord(row.Tag, lemma, row.Form, negated));
                }
            }
            return words;
        }

        // "couldn't" → could, "won't" → will, "can't"/"cannot" → can.
        private static string NegatedLemma(string word) => word switch
        {
            "won't" => "will",
            "shan't" => "shall",
            "can't" or "cannot" => "can",
            _ => word.Substring(0, word.Length - 3),
        };

        /// <summary>Every closed-class word, lower case.</summary>
        public static ICollection<string> All => Words.Keys;

        /// <summary>The closed-class reading of a lower-case word (straight apostrophes), or null.</summary>
        public static ClosedWord? Find(string lower) => Words.TryGetValue(lower, out var word) ? word : null;
    }
}
