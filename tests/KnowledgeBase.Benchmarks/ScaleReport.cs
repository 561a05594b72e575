using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>
    /// `-- scale [--synthetic N] [--runs R] [--only NAME] [--aot]`: builds a copy of the cold program over each
    /// corpus (5 seeds, 295 Wikinews articles, N synthetic articles: 7,700 give about 100,000 records) and reports
    /// build time, the generator's own time, DLL size, records, and the first answer of a cold process
    /// (from Main and wall) with its peak memory, beside the JSON baseline loading the same knowledge base.
    /// </summary>
    internal static partial class ScaleReport
    {
        private sealed record Row(string Name, string Records, double BuildSeconds, double GeneratorSeconds, long DllBytes, long JsonBytes,
            double AnswerMs, double WallMs, long RssKb, double JsonAnswerMs, double JsonWallMs, long JsonRssKb, ColdRun? Aot, ColdRun? JsonAot);

        public static int Run(string[] args)
        {
            var synthetic = Option(args, "--synthetic", 7700);
            var runs = Option(args, "--runs", 7);
            var aot = Array.IndexOf(args, "--aot") >= 0;
            var only = OptionText(args, "--only");
            var root = Path.Combine(Corpora.Artifacts, "scale");
            Directory.CreateDirectory(root);
            var json = ColdPrograms.Executable(ColdPrograms.JsonProject);
            var jsonAot = aot ? PublishAot(ColdPrograms.JsonProject, Path.Combine(root, "json-aot")) : null;

            var corpora = new List<(string Name, Func<string> Folder)>
            {
                ("seeds (5 articles)", () => Corpora.SeedsFolder),
                ("wikinews (295 articles)", () => Corpora.WikinewsFolder),
                ($"synthetic ({synthetic} articles)", () =>
                {
                    var folder = Path.Combine(root, "synthetic-corpus-" + synthetic.ToString(CultureInfo.InvariantCulture));
                    if (!Directory.Exists(folder)) SyntheticCorpus.Write(folder, synthetic);
                    return folder;
                }),
            };

            var rows = new List<Row>();
            foreach (var (name, folder) in corpora)
            {
                if (only is not null && !name.StartsWith(only, StringComparison.Ordinal)) continue;
                Console.Error.WriteLine($"scale: {name}");
                rows.Add(Measure(name, folder(), root, json, jsonAot, runs));
            }

            var table = Table(rows, runs);
            Console.WriteLine(table);
            File.WriteAllText(Path.Combine(root, "report.md"), table);
            return 0;
        }

        private static Row Measure(string name, string seeds, string root, string jsonExe, string? jsonAotExe, int runs)
        {
            var slug = new string(name.TakeWhile(c => c != ' ').ToArray());
            var project = Path.Combine(root, slug);
            if (Directory.Exists(project)) Directory.Delete(project, recursive: true);
            Directory.CreateDirectory(project);
            // A copy of the cold program's project; this folder's Directory.Build.props points it at the corpus.
            var csproj = Path.Combine(project, Path.GetFileName(ColdPrograms.CompiledProject));
            File.Copy(ColdPrograms.CompiledProject, csproj);
            File.WriteAllText(Path.Combine(project, "Directory.Build.props"), $"""
                <Project>
                  <Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))" />
                  <PropertyGroup>
                    <KnowledgeBaseSeeds>{seeds}/</KnowledgeBaseSeeds>
                    <KnowledgeBaseRepo>{Corpora.Repository}/</KnowledgeBaseRepo>
                  </PropertyGroup>
                </Project>
                """);

            ColdPrograms.Dotnet($"restore \"{csproj}\" -v:q -nologo");
            var log = Path.Combine(project, "build.log");
            var watch = Stopwatch.StartNew();
            ColdPrograms.Dotnet($"build \"{csproj}\" -c Release --no-restore -nologo -v:d -p:ReportAnalyzer=true -flp:logfile={log};verbosity=detailed -clp:NoSummary;ErrorsOnly");
            var buildSeconds = watch.Elapsed.TotalSeconds;
            var generator = GeneratorTime().Match(File.ReadAllText(log));
            var generatorSeconds = generator.Success ? double.Parse(generator.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;

            var output = Path.Combine(project, "bin", "Release", "net10.0");
            var exe = ColdPrograms.Executable(csproj, output);
            var dll = new FileInfo(exe + ".dll").Length;
            var records = ColdPrograms.Run(exe, "stats").Answer;
            var export = Path.Combine(project, "export.json");
            var (code, exported, error) = ColdPrograms.Start(exe, "export");
            if (code != 0) throw new InvalidOperationException("export failed: " + error);
            File.WriteAllText(export, exported);

            // The most quoted person's id, from the export, so both programs answer the same question.
            var person = MostQuoted(exported);
            var (compiled, baseline) = Medians(runs, () => ColdPrograms.Run(exe, "quotes", person), () => ColdPrograms.Run(jsonExe, export, "quotes", person));
            if (compiled.Answer.Split(' ')[0] != baseline.Answer.Split(' ')[0])
                throw new InvalidOperationException($"answers differ: {compiled.Answer} / {baseline.Answer}");
            // The same two programs compiled ahead of time: no JIT on either side, so what is left is the work itself.
            ColdRun? aot = null, jsonAot = null;
            if (jsonAotExe is not null)
            {
                var aotExe = PublishAot(csproj, Path.Combine(project, "aot"));
                (aot, jsonAot) = Medians(runs, () => ColdPrograms.Run(aotExe, "quotes", person), () => ColdPrograms.Run(jsonAotExe, export, "quotes", person));
            }
            return new Row(name, records.Split(':')[0], buildSeconds, generatorSeconds, dll, new FileInfo(export).Length,
                compiled.AnswerMilliseconds, compiled.WallMilliseconds, compiled.PeakRssKb,
                baseline.AnswerMilliseconds, baseline.WallMilliseconds, baseline.PeakRssKb, aot, jsonAot);
        }

        private static string PublishAot(string project, string output)
        {
            ColdPrograms.Dotnet($"publish \"{project}\" -c Release -r {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier} -p:ColdAot=true -o \"{output}\" -v:q -nologo");
            return Path.Combine(output, Path.GetFileNameWithoutExtension(project));
        }

        /// <summary>Both programs started in turn, one start each per round, so that the machine's load falls on both alike.</summary>
        private static (ColdRun A, ColdRun B) Medians(int runs, Func<ColdRun> a, Func<ColdRun> b)
        {
            a(); // the first start pays for the disk cache; every later one is as cold as a user's second
            b();
            var resultsA = new List<ColdRun>();
            var resultsB = new List<ColdRun>();
            for (var i = 0; i < runs; i++)
            {
                resultsA.Add(a());
                resultsB.Add(b());
            }
            return (Median(resultsA), Median(resultsB));
        }

        private static ColdRun Median(List<ColdRun> results)
        {
            double Mid(Func<ColdRun, double> f) => results.Select(f).OrderBy(x => x).ElementAt(results.Count / 2);
            return new ColdRun(results[0].Answer, Mid(r => r.AnswerMilliseconds), (long)Mid(r => r.PeakRssKb), Mid(r => r.WallMilliseconds));
        }

        private static string MostQuoted(string exportJson)
        {
            using var document = System.Text.Json.JsonDocument.Parse(exportJson);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var q in document.RootElement.GetProperty("quotes").EnumerateArray())
                if (q.GetProperty("speaker").GetString() is { } speaker) counts[speaker] = counts.GetValueOrDefault(speaker) + 1;
            return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        }

        private static string Table(List<Row> rows, int runs)
        {
            var b = new StringBuilder();
            b.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; load average {LoadAverage()}; medians of {runs} cold starts.");
            b.AppendLine();
            b.AppendLine("| corpus | records | build (s) | generator (s) | DLL (MB) | first answer from Main (ms) | process wall (ms) | peak memory (MB) | JSON file (MB) | JSON: first answer from Main (ms) | JSON: process wall (ms) | JSON: peak memory (MB) | speed-up from Main |");
            b.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in rows)
            {
                b.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Name} | {r.Records} | {r.BuildSeconds:0.0} | {r.GeneratorSeconds:0.00} | {r.DllBytes / 1e6:0.0} | {r.AnswerMs:0.0} | {r.WallMs:0} | {r.RssKb / 1024.0:0} | {r.JsonBytes / 1e6:0.0} | {r.JsonAnswerMs:0.0} | {r.JsonWallMs:0} | {r.JsonRssKb / 1024.0:0} | {r.JsonAnswerMs / r.AnswerMs:0}× |"));
            }
            if (rows.Exists(r => r.Aot is not null))
            {
                b.AppendLine();
                b.AppendLine("NativeAOT (`--aot`: both programs published with PublishAot, so neither side JIT-compiles):");
                b.AppendLine();
                b.AppendLine("| corpus | first answer from Main (ms) | process wall (ms) | peak memory (MB) | JSON: first answer from Main (ms) | JSON: process wall (ms) | JSON: peak memory (MB) | speed-up from Main | speed-up, wall |");
                b.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
                foreach (var r in rows)
                {
                    if (r.Aot is not { } a || r.JsonAot is not { } j) continue;
                    b.AppendLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {r.Name} | {a.AnswerMilliseconds:0.000} | {a.WallMilliseconds:0} | {a.PeakRssKb / 1024.0:0} | {j.AnswerMilliseconds:0.0} | {j.WallMilliseconds:0} | {j.PeakRssKb / 1024.0:0} | {j.AnswerMilliseconds / a.AnswerMilliseconds:0}× | {j.WallMilliseconds / a.WallMilliseconds:0.0}× |"));
                }
            }
            return b.ToString();
        }

        private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

        private static int Option(string[] args, string name, int fallback) =>
            OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        private static string? OptionText(string[] args, string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        [GeneratedRegex(@"(\d+(?:\.\d+)?)\s+\S+\s+KnowledgeBase\.Generators\.KnowledgeBaseGenerator")]
        private static partial Regex GeneratorTime();
    }
}
