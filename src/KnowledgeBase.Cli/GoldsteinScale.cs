using System;
using System.Collections.Generic;
using System.IO;

namespace KnowledgeBase.Cli
{
    /// <summary>
    /// The Goldstein conflict–cooperation score (−10 to +10) of each CAMEO code, as GDELT assigns it:
    /// tools/cameo/cameo.tsv (from the GDELT Project's lookup tables CAMEO.eventcodes.txt and
    /// CAMEO.goldsteinscale.txt; see tools/cameo/README.md), embedded in kb when it is built.
    /// </summary>
    internal static class GoldsteinScale
    {
        private static Dictionary<string, string>? s_scores;

        /// <summary>The score as the table writes it ("-0.1", "3.4"); a code the table lacks takes its base code's, then its root's; null for none.</summary>
        public static string? Of(string code)
        {
            var scores = s_scores ??= Load();
            for (var length = code.Length; length >= 2; length--)
                if (scores.TryGetValue(code.Substring(0, length), out var score)) return score;
            return null;
        }

        private static Dictionary<string, string> Load()
        {
            var scores = new Dictionary<string, string>(StringComparer.Ordinal);
            using var stream = typeof(GoldsteinScale).Assembly.GetManifestResourceStream("cameo.tsv")
                ?? throw new InvalidOperationException("kb was built without its CAMEO table (cameo.tsv).");
            using var reader = new StreamReader(stream);
            reader.ReadLine(); // code, root, goldstein, description
            while (reader.ReadLine() is { } line)
            {
                var fields = line.Split('\t');
                if (fields.Length >= 3) scores[fields[0]] = fields[2];
            }
            return scores;
        }
    }
}
