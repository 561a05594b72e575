using System;
using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Queries;

/// <summary>
/// The everyday lookups allocate nothing once their records exist: keys are normalized on the
/// stack, lists are cached, enumerators are structs. (Counted bytes, not time.) The seeds are laid
/// out by the generator's own stages into arrays: a knowledge base compiled into an assembly built
/// without optimizations (this test assembly in a Debug build) pays 72 bytes per table access in the
/// JIT's unoptimized path for RuntimeHelpers.CreateSpan, which optimized code does not have.
/// </summary>
public sealed class AllocationTests
{
    private static readonly PartialDate From = new(2024, 11, 1);
    private static readonly PartialDate To = new(2025, 3, 31);
    private static readonly Knowledge Kb = CompiledKnowledge.From(TestPaths.SeedFiles()
        .Select(f => (System.IO.Path.GetFileName(f), System.IO.File.ReadAllText(f))).ToArray()).Knowledge;

    private static readonly string EventId = Kb.Events[Kb.Events.Count / 2].Id;
    private static readonly Entity Trump = Kb.Find("Donald Trump")!;

    public static TheoryData<string> Lookups => new() { "find by name", "find by id", "event by id", "quotes of a person", "events in a date range", "search one word" };

    private static int Lookup(string name)
    {
        var total = 0;
        switch (name)
        {
            case "find by name":
                total += Kb.Find("Vladimir Putin")!.Index + 1;
                break;
            case "find by id":
                total += Kb.Find("donald-trump")!.Index + 1;
                break;
            case "event by id":
                total += Kb.FindEvent(EventId)!.Index + 1;
                break;
            case "quotes of a person":
                foreach (var q in Trump.Quotes) total += q.Index + 1;
                break;
            case "events in a date range":
                foreach (var e in Kb.Events.Between(From, To)) total += e.Index + 1;
                break;
            case "search one word":
                foreach (var hit in Kb.Search("ceasefire")) total += hit.Sentence.Start + 1;
                break;
        }
        return total;
    }

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Lookup_allocates_nothing_once_warm(string name)
    {
        var expected = Lookup(name);
        Assert.True(expected > 0, "the lookup found nothing");
        Lookup(name);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = Lookup(name);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(expected, total);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void The_allocation_check_sees_an_allocating_lookup()
    {
        Lookup("quotes of a person");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = 0;
        foreach (var q in (System.Collections.Generic.IEnumerable<Quote>)Trump.Quotes) count++;
        Assert.True(count > 0);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 0, "enumerating through the interface boxes an iterator");
    }
}
