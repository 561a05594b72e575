using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>What one cold process reported: its answer, time from Main to the answer, peak memory, and wall time.</summary>
    internal sealed record ColdRun(string Answer, double AnswerMilliseconds, long PeakRssKb, double WallMilliseconds);

    /// <summary>
    /// The two small programs of tests/KnowledgeBase.Benchmarks.Cold: one with the knowledge base compiled
    /// in, one that loads `kb export` JSON at start-up. Started as processes, so each run is truly cold.
    /// </summary>
    internal static partial class ColdPrograms
    {
        private static string ColdFolder => Path.Combine(Corpora.Repository, "tests", "KnowledgeBase.Benchmarks.Cold");

        public static string CompiledProject => Path.Combine(ColdFolder, "Compiled", "KnowledgeBase.Benchmarks.Cold.Compiled.csproj");

        public static string JsonProject => Path.Combine(ColdFolder, "Json", "KnowledgeBase.Benchmarks.Cold.Json.csproj");

        /// <summary>The built program (its app host) of a project, built in Release first if it is missing.</summary>
        public static string Executable(string project, string? outputFolder = null)
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var folder = outputFolder ?? Path.Combine(Path.GetDirectoryName(project)!, "bin", "Release", "net10.0");
            var exe = Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);
            if (!File.Exists(exe)) Dotnet($"build \"{project}\" -c Release -v:q -nologo");
            return exe;
        }

        /// <summary>The compiled program's `kb export` JSON, written once beside the other artifacts.</summary>
        public static string Export(string compiledExe, string name)
        {
            Directory.CreateDirectory(Corpora.Artifacts);
            var path = Path.Combine(Corpora.Artifacts, name + ".export.json");
            if (File.Exists(path) && File.GetLastWriteTimeUtc(path) > File.GetLastWriteTimeUtc(compiledExe + ".dll")) return path;
            var (code, output, error) = Start(compiledExe, "export");
            if (code != 0) throw new InvalidOperationException("export failed: " + error);
            File.WriteAllText(path, output);
            return path;
        }

        public static ColdRun Run(string exe, params string[] args)
        {
            var watch = Stopwatch.StartNew();
            var (code, output, error) = Start(exe, args);
            var wall = watch.Elapsed.TotalMilliseconds;
            if (code != 0) throw new InvalidOperationException($"{Path.GetFileName(exe)} {string.Join(' ', args)} exited {code}: {error}");
            var lines = output.TrimEnd().Split('\n');
            var report = ReportLine().Match(lines[^1]);
            if (!report.Success) throw new InvalidOperationException("no report line in: " + output);
            return new ColdRun(lines[0].Trim(),
                long.Parse(report.Groups[1].Value, CultureInfo.InvariantCulture) / 1000.0,
                long.Parse(report.Groups[2].Value, CultureInfo.InvariantCulture),
                wall);
        }

        public static (int Code, string Output, string Error) Start(string exe, params string[] args)
        {
            var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }

        public static void Dotnet(string arguments)
        {
            var info = new ProcessStartInfo("dotnet", arguments) { UseShellExecute = false };
            using var process = Process.Start(info)!;
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("dotnet " + arguments + " failed");
        }

        [GeneratedRegex(@"answer-us=(\d+) peak-rss-kb=(-?\d+)")]
        private static partial Regex ReportLine();
    }
}
