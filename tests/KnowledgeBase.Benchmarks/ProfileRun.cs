using System;
using System.Diagnostics;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>
    /// Extraction over the 295 Wikinews articles, <c>passes</c> times, with no harness around it: the process to trace with
    /// EventPipe's sample profiler when looking for where extraction spends its time.
    /// </summary>
    internal static class ProfileRun
    {
        public static int Run(int passes)
        {
            var benchmark = new ExtractionBenchmarks { Corpus = Corpora.Wikinews };
            benchmark.Setup();
            var facts = 0;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < passes; i++) facts += benchmark.ReadAndExtract();
            Console.WriteLine($"{passes} passes, {clock.ElapsedMilliseconds} ms, {facts} facts");
            return 0;
        }
    }
}
