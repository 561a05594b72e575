using System.Globalization;
using System.IO;
using System.Text;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>
    /// Made-up news articles for scale tests: each names three new people, an organization and a
    /// region, quotes two or three of them and reports a meeting and a criticism, so about ten
    /// records come out of each article and nothing merges across articles. Names are built from
    /// consonant-vowel syllables, unique per article (no doubled letters, so spelling folds never join two).
    /// </summary>
    internal static class SyntheticCorpus
    {
        private const string Consonants = "bdfgklmnprstvz";
        private const string Vowels = "aeou";
        private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        private static readonly string[] Topics = ["water", "roads", "schools", "fishing", "trade", "energy", "housing", "forests"];

        public static void Write(string folder, int articles)
        {
            Directory.CreateDirectory(folder);
            for (var i = 0; i < articles; i++)
                File.WriteAllText(Path.Combine(folder, $"synthetic-{i:D6}.txt"), Article(i), new UTF8Encoding(false));
        }

        public static string Article(int i)
        {
            string first1 = Name(3 * i, 2), last1 = Name(3 * i, 3) + "ov";
            string first2 = Name(3 * i + 1, 2), last2 = Name(3 * i + 1, 3) + "ek";
            string first3 = Name(3 * i + 2, 2), last3 = Name(3 * i + 2, 3) + "in";
            var organization = Name(i, 3) + "al";
            var region = Name(i + 7919, 3) + "ia";
            var topic = Topics[i % Topics.Length];
            var year = 2015 + i % 10;
            var month = 1 + i % 12;
            var day = 1 + i % 28;
            var date = $"{Months[month - 1]} {day}, {year}";
            var dateline = new System.DateTime(year, month, day).ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);
            return $"""
                {last1} and {last2} discuss {topic} in {region} region

                {dateline}

                President {first1} {last1} met with Minister {first2} {last2} in {region} region on {date}.

                "We agreed to work together on {topic} and to meet again before the summer," {last1} said.

                {last2} said that the {organization} Ministry would publish a report on {topic} next month.

                The {organization} Ministry criticized the delay in a statement on Friday.

                {first3} {last3}, a spokesperson for the {organization} Ministry, told reporters that the talks would continue.

                """;
        }

        private static string Name(int seed, int syllables)
        {
            var builder = new StringBuilder();
            var n = seed;
            for (var s = 0; s < syllables; s++)
            {
                builder.Append(Consonants[n % Consonants.Length]);
                n /= Consonants.Length;
                builder.Append(Vowels[n % Vowels.Length]);
                n /= Vowels.Length;
            }
            // Seeds past what the syllables can spell get a longer name, never a repeated one.
            while (n > 0)
            {
                builder.Append(Consonants[n % Consonants.Length]).Append('a');
                n /= Consonants.Length;
            }
            builder[0] = char.ToUpperInvariant(builder[0]);
            return builder.ToString();
        }
    }
}
