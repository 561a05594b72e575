using Xunit;

namespace KnowledgeBase.Tests.Robustness;

/// <summary>
/// Tests that compare two runs of the same work (a cancelled run against an uncancelled one) run
/// alone, after the parallel ones: a neighbour's load falling on one run and not the other would
/// make the comparison say nothing about the code.
/// </summary>
[CollectionDefinition(nameof(AloneCollection), DisableParallelization = true)]
public sealed class AloneCollection;
