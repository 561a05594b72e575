using System.Collections.Generic;
using System.Threading;
using BenchmarkDotNet.Attributes;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>
    /// The per-article work of the generator, on one core: reading (title, dateline, sentences) and
    /// extraction (entities, quotes, events), as the Documents and Articles steps run it.
    /// </summary>
    public class ExtractionBenchmarks
    {
        private IReadOnlyList<CorpusArticle> _articles = [];

        [Params(Corpora.Seeds, Corpora.Wikinews)]
        public string Corpus { get; set; } = Corpora.Seeds;

        [GlobalSetup]
        public void Setup() => _articles = Corpora.Get(Corpus).Articles;

        [Benchmark, ReadsCorpus]
        public int ReadAndExtract()
        {
            var facts = 0;
            foreach (var a in _articles)
            {
                var document = DocumentReader.Parse(a.File, "/kb/" + a.File, a.Text, 0, CancellationToken.None);
                var article = ArticleExtractor.Extract(document, CancellationToken.None);
                facts += article.Entities.Count + article.Quotes.Count + article.Events.Count;
            }
            return facts;
        }

        [Benchmark, ReadsCorpus]
        public int ReadOnly()
        {
            var blocks = 0;
            foreach (var a in _articles)
                blocks += DocumentReader.Parse(a.File, "/kb/" + a.File, a.Text, 0, CancellationToken.None).Blocks.Count;
            return blocks;
        }

        [Benchmark, ReadsCorpus]
        public int SearchTerms()
        {
            var rows = 0;
            foreach (var a in _articles)
            {
                var document = DocumentReader.Parse(a.File, "/kb/" + a.File, a.Text, 0, CancellationToken.None);
                rows += Generators.Linking.ArticleTermCollector.Collect(document, CancellationToken.None).Sentences.Count;
            }
            return rows;
        }
    }
}
