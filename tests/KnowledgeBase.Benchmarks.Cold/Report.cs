using System;
using System.Globalization;
using System.IO;

namespace KnowledgeBase.Benchmarks.Cold
{
    /// <summary>The last line both cold programs print: time from Main to the answer in hand, and peak memory.</summary>
    internal static class Report
    {
        public static void Print(TimeSpan elapsed)
        {
            var micros = elapsed.Ticks / 10;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answer-us={micros} peak-rss-kb={PeakRssKb()}"));
        }

        // VmHWM: the resident set's high-water mark (Linux); -1 elsewhere.
        private static long PeakRssKb()
        {
            const string status = "/proc/self/status";
            if (!File.Exists(status)) return -1;
            foreach (var line in File.ReadLines(status))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            return -1;
        }
    }
}
