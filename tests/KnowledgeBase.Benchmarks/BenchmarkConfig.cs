using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>Every benchmark reports allocations and, where it reads text, MB/s on one core.</summary>
    internal static class BenchmarkConfig
    {
        public static IConfig Create() => DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new ThroughputColumn())
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.JoinSummary)
            .HideColumns(Column.Error, Column.StdDev);
    }
}
