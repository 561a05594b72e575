using System;
using System.IO;
using System.Text;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// The lexicon files embedded in this assembly (Data/*.tsv, made by tools/lexicons/convert.py from the
    /// PETRARCH2 dictionaries and WordNet 3.0, attribution in Data/README.md; the project's own event trigger
    /// and phrase rules and word lists, edited by hand; the CAMEO codes). Nothing is read from disk.
    /// </summary>
    internal static class LexiconData
    {
        public const string Countries = "countries.tsv";
        public const string Actors = "actors.tsv";
        public const string Agents = "agents.tsv";
        public const string Verbs = "verbs.tsv";
        public const string VerbPatterns = "verb-patterns.tsv";
        public const string Synsets = "synsets.tsv";
        public const string WordNetPartsOfSpeech = "wordnet-pos.tsv";
        public const string WordNetMultiwords = "wordnet-mwe.tsv";
        public const string WordNetExceptions = "wordnet-exc.tsv";
        public const string CueVerbs = "cue-verbs.tsv";
        public const string EventNouns = "event-nouns.tsv";
        public const string EventVerbs = "event-verbs.tsv";
        public const string EventPhrases = "event-phrases.tsv";
        public const string GazetteerNames = "gazetteer.tsv";
        public const string GazetteerWords = "gazetteer-words.tsv";
        public const string GivenNames = "given-names.tsv";
        public const string TitleWords = "titles.tsv";
        public const string CommonWords = "common-words.tsv";
        public const string EventWords = "event-words.tsv";
        public const string CameoCodes = "cameo-codes.tsv";

        private const string ResourcePrefix = "KnowledgeBase.Generators.Lexicon.";

        /// <summary>The whole text of one embedded data file.</summary>
        public static string Read(string fileName)
        {
            var assembly = typeof(LexiconData).Assembly;
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
                ?? throw new InvalidOperationException("lexicon resource missing: " + fileName);
            // Resources of a loaded assembly are mapped memory: decode them in place, without a byte[] copy.
            if (stream is UnmanagedMemoryStream mapped) return DecodeInPlace(mapped);
            var bytes = new byte[stream.Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = stream.Read(bytes, read, bytes.Length - read);
                if (count == 0) throw new InvalidOperationException("lexicon resource truncated: " + fileName);
                read += count;
            }
            return Encoding.UTF8.GetString(bytes);
        }

        private static unsafe string DecodeInPlace(UnmanagedMemoryStream stream) =>
            Encoding.UTF8.GetString(stream.PositionPointer, checked((int)(stream.Length - stream.Position)));

        /// <summary>Parses every data file again, without the per-process caches (for benchmarks and tests).</summary>
        public static int ParseAllUncached()
        {
            var words = WordClassLexicon.Parse(Read(WordNetPartsOfSpeech), Read(WordNetExceptions), Read(WordNetMultiwords));
            var actors = ActorLexicon.Parse(Read(Countries), Read(Actors));
            var agents = AgentLexicon.Parse(Read(Agents));
            var verbs = CameoVerbLexicon.Parse(Read(Verbs), Read(VerbPatterns), Read(Synsets));
            var cues = CueVerbLexicon.Parse(Read(CueVerbs));
            var triggers = TriggerRowLexicon.Parse(Read(EventNouns), Read(EventVerbs));
            var phrases = PhraseRowLexicon.Parse(Read(EventPhrases));
            return words.LemmaCount + actors.PhraseCount + agents.PhraseCount + verbs.FormCount + cues.FormCount + triggers.Rows.Count + phrases.Rows.Count
                + ParseWrittenListsUncached();
        }

        /// <summary>Parses the project's hand-written lists again (gazetteer, given names, word lists, CAMEO codes), without the caches.</summary>
        public static int ParseWrittenListsUncached()
        {
            var count = GazetteerLexicon.Parse(Read(GazetteerNames)).Entries.Count
                + GivenNameLexicon.Parse(Read(GivenNames)).NameCount
                + CameoCodeLexicon.Parse(Read(CameoCodes)).CodeCount;
            foreach (var file in WordListLexicon.Files) count += WordListLexicon.Parse(Read(file.FileName), file).WordCount;
            return count;
        }
    }
}
