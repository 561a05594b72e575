using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using KnowledgeBase.Tests.Helpers;
using KnowledgeBase.Tests.Robustness.Fuzz;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Robustness;

/// <summary>
/// The IDE cancels a generator run at every keystroke: a cancelled run must stop at once, not
/// finish the corpus first.
/// </summary>
[Collection(nameof(AloneCollection))]
public sealed class CancellationTests(ITestOutputHelper output)
{
    /// <summary>An article that tells when the generator reads it, and can cancel the run at the n-th read.</summary>
    private sealed class WatchedText(string path, string text, Action onRead) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            onRead();
            return SourceText.From(text, Encoding.UTF8);
        }
    }

    private const int Copies = 20;

    /// <summary>The Wikinews sample <see cref="Copies"/> times over, each copy in its own folder: 600 articles.</summary>
    private static List<AdditionalText> LargeCorpus(Action onRead)
    {
        var files = RealText.WikinewsFiles().Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();
        var texts = new List<AdditionalText>();
        for (var copy = 0; copy < Copies; copy++)
            foreach (var (name, text) in files) texts.Add(new WatchedText($"{GeneratorHarness.SeedsRoot}copy{copy}/{name}", text, onRead));
        return texts;
    }

    private static GeneratorDriver Driver(List<AdditionalText> texts) => GeneratorHarness.Driver(texts);

    [Fact]
    public void Cancelled_while_reading_it_reads_no_further_file()
    {
        using var cancel = new CancellationTokenSource();
        var reads = 0;
        const int cancelAt = 40;
        var texts = LargeCorpus(() =>
        {
            if (++reads == cancelAt) cancel.Cancel();
        });
        var driver = Driver(texts);

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.Compilation("class A { }"), cancel.Token));
        Assert.Equal(cancelAt, reads);
        Assert.True(texts.Count > 10 * cancelAt);
    }

    [Fact]
    public void Cancelled_after_reading_it_stops_long_before_an_uncancelled_run_would_end()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");

        // A first run compiles the generator's code: timed cold, the reference run would be several times a warm one, and a
        // tenth of it could outlast the warm cancelled run's whole extraction, which then ends before any cancel comes.
        Driver(LargeCorpus(static () => { })).RunGenerators(compilation);

        // The uncancelled run: how long the whole corpus takes here, now.
        var reads = 0;
        var full = Stopwatch.StartNew();
        var uncancelled = Driver(LargeCorpus(() => reads++)).RunGenerators(compilation);
        full.Stop();
        Assert.Equal(2, uncancelled.GetRunResult().Results.Single().GeneratedSources.Length);
        var total = reads;

        // The same corpus, cancelled a tenth of that time after the last file was read, when the
        // run is extracting, linking or emitting (reading is a small part of the work).
        using var cancel = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        TimeSpan? cancelledAt = null;
        reads = 0;
        var texts = LargeCorpus(() =>
        {
            if (++reads < total) return;
            _ = Task.Delay(full.Elapsed / 10).ContinueWith(_ =>
            {
                cancelledAt = clock.Elapsed;
                cancel.Cancel();
            }, TaskScheduler.Default);
        });
        Assert.ThrowsAny<OperationCanceledException>(() => Driver(texts).RunGenerators(compilation, cancel.Token));
        var stoppedAt = clock.Elapsed;

        Assert.NotNull(cancelledAt);
        var latency = stoppedAt - cancelledAt!.Value;
        output.WriteLine($"uncancelled run: {full.Elapsed.TotalMilliseconds:F0} ms for {total} articles; cancelled run stopped {latency.TotalMilliseconds:F0} ms after the cancel, {stoppedAt.TotalMilliseconds:F0} ms after its start");
        // Generous: the work left when the cancel came was most of the run; stopping takes a few milliseconds.
        Assert.True(latency < full.Elapsed / 4, $"stopped {latency.TotalMilliseconds:F0} ms after the cancel; the whole run takes {full.Elapsed.TotalMilliseconds:F0} ms");
    }
}
