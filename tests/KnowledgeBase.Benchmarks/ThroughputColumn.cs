using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>MB/s: the corpus's UTF-8 bytes over the mean time of one operation (benchmarks that read a corpus).</summary>
    internal sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);
        public string ColumnName => "MB/s";
        public bool AlwaysShow => false;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Corpus megabytes (UTF-8, 10^6 bytes) read per second, on one core";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttributes(typeof(ReadsCorpusAttribute), false).Length == 0) return "-";
            var corpus = benchmarkCase.Parameters["Corpus"] as string;
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (corpus is null || mean is null or 0) return "-";
            var megabytes = Corpora.Get(corpus).Utf8Bytes / 1e6;
            return (megabytes / (mean.Value / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Marks a benchmark that reads its whole <c>Corpus</c> once per operation.</summary>
    [System.AttributeUsage(System.AttributeTargets.Method)]
    internal sealed class ReadsCorpusAttribute : System.Attribute;
}
