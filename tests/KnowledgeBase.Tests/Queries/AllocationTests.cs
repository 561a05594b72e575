using System;
using Xunit;

namespace KnowledgeBase.Tests.Queries;

/// <summary>
/// The everyday lookups allocate nothing once their records exist: keys are normalized on the
/// stack, lists are cached, enumerators are structs. (Counted bytes, not time.)
/// </summary>
public sealed class AllocationTests
{
    private static readonly PartialDate From = new(2024, 11, 1);
    private static readonly PartialDate To = new(2025, 3, 31);

    public static TheoryData<string> Lookups => new() { "find by name", "find by id", "event by id", "quotes of a person", "events in a date range", "search one word" };

    private static int Lookup(string name)
    {
        var total = 0;
        switch (name)
        {
            case "find by name":
                total += Seeds.Find("Vladimir Putin")!.Index + 1;
                break;
            case "find by id":
                total += Seeds.Find("donald-trump")!.Index + 1;
                break;
            case "event by id":
                total += Seeds.Knowledge.FindEvent(Seeds.Events[0].Id)!.Index + 1;
                break;
            case "quotes of a person":
                foreach (var q in Seeds.People.DonaldTrump.Quotes) total += q.Index + 1;
                break;
            case "events in a date range":
                foreach (var e in Seeds.Events.Between(From, To)) total += e.Index + 1;
                break;
            case "search one word":
                foreach (var hit in Seeds.Search("ceasefire")) total += hit.Sentence.Start + 1;
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
        foreach (var q in (System.Collections.Generic.IEnumerable<Quote>)Seeds.People.DonaldTrump.Quotes) count++;
        Assert.True(count > 0);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 0, "enumerating through the interface boxes an iterator");
    }
}
