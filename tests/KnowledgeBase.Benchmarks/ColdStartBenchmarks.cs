using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>
    /// A cold process answering its first query: the 295 Wikinews articles compiled in, against a program
    /// that loads the same knowledge base from `kb export` JSON (System.Text.Json, source-generated).
    /// Both times include starting .NET; `-- scale` also reports the time from Main to the answer.
    /// </summary>
    public class ColdStartBenchmarks
    {
        private string _compiled = string.Empty;
        private string _json = string.Empty;
        private string _export = string.Empty;
        private string[] _query = [];

        /// <summary>Quotes of the most quoted person: find the person, walk the quotes (add "search" here for a longer run).</summary>
        [Params("quotes")]
        public string Query { get; set; } = "quotes";

        [GlobalSetup]
        public void Setup()
        {
            _compiled = ColdPrograms.Executable(ColdPrograms.CompiledProject);
            _json = ColdPrograms.Executable(ColdPrograms.JsonProject);
            _export = ColdPrograms.Export(_compiled, Corpora.Wikinews);
            var person = Wikinews.People.All.OrderByDescending(p => p.Quotes.Count).ThenBy(p => p.Id, StringComparer.Ordinal).First();
            _query = Query == "quotes" ? ["quotes", person.Id] : ["search", "election"];
            // Same answer from both, or the comparison means nothing.
            var compiled = ColdPrograms.Run(_compiled, _query).Answer.Split(' ')[0];
            var json = ColdPrograms.Run(_json, [_export, .. _query]).Answer.Split(' ')[0];
            if (Query == "quotes" && compiled != json) throw new InvalidOperationException($"answers differ: {compiled} vs {json}");
        }

        [Benchmark(Baseline = true)]
        public double JsonBaseline() => ColdPrograms.Run(_json, [_export, .. _query]).WallMilliseconds;

        [Benchmark]
        public double Compiled() => ColdPrograms.Run(_compiled, _query).WallMilliseconds;
    }
}
