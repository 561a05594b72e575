using System.Collections.Generic;
using System.Threading;
using BenchmarkDotNet.Attributes;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>
    /// The shared sentence analysis (parts of speech, noun chunks, verb groups, clauses) over every sentence of the
    /// corpus, on one core; reading and tokenizing are done once in the setup, so MB/s is the analysis alone
    /// (budget: at least 40 MB/s, so that extraction reading it stays above 15 MB/s).
    /// </summary>
    public class AnalysisBenchmarks
    {
        private List<List<Token>> _sentences = [];

        [Params(Corpora.Wikinews)]
        public string Corpus { get; set; } = Corpora.Wikinews;

        [GlobalSetup]
        public void Setup()
        {
            _sentences = [];
            foreach (var a in Corpora.Get(Corpus).Articles)
            {
                var document = DocumentReader.Parse(a.File, "/kb/" + a.File, a.Text, 0, CancellationToken.None);
                foreach (var block in document.Blocks)
                {
                    if (block.Kind == BlockKind.Dateline) continue;
                    foreach (var sentence in block.Sentences) _sentences.Add(Tokenizer.Tokenize(document.Text, sentence.Start, sentence.Length));
                }
            }
        }

        [Benchmark, ReadsCorpus]
        public int SentenceAnalysisOfAllSentences()
        {
            var clauses = 0;
            foreach (var tokens in _sentences) clauses += SentenceAnalysis.Analyze(tokens).Clauses.Length;
            return clauses;
        }

        // The parts, to see where the time goes: tagging alone, then tagging with noun chunks and verb groups.
        [Benchmark, ReadsCorpus]
        public int TaggingOnly()
        {
            var tags = 0;
            foreach (var tokens in _sentences) tags += PartOfSpeechTagger.Tag(tokens).Count;
            return tags;
        }

        [Benchmark, ReadsCorpus]
        public int WordEntriesOnly()
        {
            var count = 0;
            foreach (var tokens in _sentences)
                foreach (var t in tokens)
                    if (t.IsWord && WordEntry.Of(t.Text).Closed is not null) count++;
            return count;
        }

        [Benchmark, ReadsCorpus]
        public int TaggingChunksAndVerbGroups()
        {
            var count = 0;
            foreach (var tokens in _sentences)
            {
                var tags = PartOfSpeechTagger.Tag(tokens);
                count += NounChunker.Chunk(tokens, tags).Length + VerbGroupFinder.Find(tokens, tags).Length;
            }
            return count;
        }
    }
}
