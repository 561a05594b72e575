using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>
    /// The generator as the compiler runs it (CSharpGeneratorDriver): a first, full run over a corpus,
    /// and the re-run after an edit to an unrelated .cs file, which must cost next to nothing.
    /// </summary>
    public class GeneratorBenchmarks
    {
        private ImmutableArray<AdditionalText> _articles;
        private CSharpCompilation _compilation = null!;
        private CSharpCompilation _edited = null!;
        private GeneratorDriver _warm = null!;
        private bool _flip;

        [Params(Corpora.Seeds, Corpora.Wikinews, Corpora.WikinewsTimesTen)]
        public string Corpus { get; set; } = Corpora.Seeds;

        [GlobalSetup]
        public void Setup()
        {
            _articles = GeneratorInputs.Articles(Corpora.Get(Corpus));
            _compilation = GeneratorInputs.Compilation("class Program { static int X => 1; }", "class Other { }");
            var tree = _compilation.SyntaxTrees[0];
            _edited = _compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("class Program { static int X => 2; }")));
            _warm = GeneratorInputs.Driver(_articles).RunGenerators(_compilation);
        }

        /// <summary>Everything: read, extract, link, emit, and parse the generated sources.</summary>
        [Benchmark, ReadsCorpus]
        public GeneratorDriver FullRun() => GeneratorInputs.Driver(_articles).RunGenerators(_compilation);

        /// <summary>A keystroke in a .cs file: every step's inputs are unchanged, so everything is cached.</summary>
        [Benchmark]
        public GeneratorDriver RerunAfterCsEdit()
        {
            _flip = !_flip;
            _warm = _warm.RunGenerators(_flip ? _edited : _compilation);
            return _warm;
        }
    }
}
