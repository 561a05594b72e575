using BenchmarkDotNet.Attributes;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>
    /// The one-time cost of the lexicons in a compiler process: every embedded data file read and parsed,
    /// without the lazy cache (budget: under 100 ms). The parts show where the time goes.
    /// </summary>
    public class LexiconBenchmarks
    {
        [Benchmark]
        public int ParseAll() => LexiconData.ParseAllUncached();

        [Benchmark]
        public int WordClasses() => WordClassLexicon.Parse(
            LexiconData.Read(LexiconData.WordNetPartsOfSpeech),
            LexiconData.Read(LexiconData.WordNetExceptions),
            LexiconData.Read(LexiconData.WordNetMultiwords)).LemmaCount;

        [Benchmark]
        public int Actors() => ActorLexicon.Parse(LexiconData.Read(LexiconData.Countries), LexiconData.Read(LexiconData.Actors)).PhraseCount;

        [Benchmark]
        public int CameoVerbs() => CameoVerbLexicon.Parse(
            LexiconData.Read(LexiconData.Verbs),
            LexiconData.Read(LexiconData.VerbPatterns),
            LexiconData.Read(LexiconData.Synsets)).FormCount;

        [Benchmark]
        public int WrittenLists() => LexiconData.ParseWrittenListsUncached();
    }
}
