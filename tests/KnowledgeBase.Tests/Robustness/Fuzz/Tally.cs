using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace KnowledgeBase.Tests.Robustness.Fuzz;

/// <summary>What the checked corpora held (corpora, records, diagnostics by id), so a run can show and assert what it covered.</summary>
internal sealed class Tally
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string what, int n = 1)
    {
        if (n > 0) _counts.AddOrUpdate(what, n, (_, v) => v + n);
    }

    public int this[string what] => _counts.GetValueOrDefault(what);
}
