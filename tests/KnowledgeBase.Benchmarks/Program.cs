using System;
using BenchmarkDotNet.Running;
using KnowledgeBase.Benchmarks;

// `-- scale` prints the build-time / size / first-query / memory table; anything else goes to BenchmarkDotNet.
// `-- profile N`: N passes of extraction over the 295 articles and nothing else, for a sampling trace of one process
// (docs/performance.md says how to collect and read it).
if (args.Length > 1 && args[0] == "profile") return ProfileRun.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
if (args.Length > 0 && args[0] == "scale") return ScaleReport.Run(args[1..]);
// In process: the benchmarks need no second build of this project (which compiles 295 articles in);
// `dotnet run` has built it, and the cold-start programs, once.
if (Array.IndexOf(args, "--inProcess") < 0 && Array.IndexOf(args, "-i") < 0) args = [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(Corpora).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
