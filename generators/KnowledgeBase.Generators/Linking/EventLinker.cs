using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Linking
{
    /// <summary>One real occurrence with every article's report of it.</summary>
    internal sealed class EventCluster
    {
        public EventCluster(EventModel first, int article, List<int> participants, int place)
        {
            Cameo = first.Cameo;
            Kind = first.Kind;
            Participants = participants;
            Place = place;
            Date = first.Date;
            Status = first.Status;
            Sources.Add(new LinkedSource(article, first.Start, first.Length));
            Articles.Add(article);
        }

        public string Cameo { get; }
        public string Kind { get; }
        public List<int> Participants { get; }
        public int Place { get; set; }
        public int Date { get; set; }
        public int Status { get; }
        public List<LinkedSource> Sources { get; } = new();
        public HashSet<int> Articles { get; } = new();
        public string Id { get; set; } = string.Empty;
    }

    /// <summary>
    /// Merges the same event told by several articles: same CAMEO root (or kind, outside CAMEO),
    /// same participants, compatible date and place, and articles published close together.
    /// </summary>
    internal static class EventLinker
    {
        private const int MaxDaysApart = 7;

        public static List<EventCluster> Link(IReadOnlyList<ArticleModel> articles, Func<int, string, int> entityOf)
        {
            var clusters = new List<EventCluster>();
            // Only clusters with the same participants and status can match; bucketing by them keeps
            // linking linear in the number of events while still taking the first compatible cluster.
            var buckets = new Dictionary<string, List<EventCluster>>(StringComparer.Ordinal);
            for (var a = 0; a < articles.Count; a++)
            {
                foreach (var e in articles[a].Events)
                {
                    var participants = new List<int>();
                    foreach (var p in e.Participants)
                    {
                        var index = entityOf(a, p);
                        if (index >= 0 && !participants.Contains(index)) participants.Add(index);
                    }
                    if (participants.Count == 0) continue;
                    var place = e.Place is null ? -1 : entityOf(a, e.Place);
                    var key = BucketKey(participants, e.Status);
                    if (!buckets.TryGetValue(key, out var bucket)) buckets.Add(key, bucket = new List<EventCluster>());
                    EventCluster? match = null;
                    foreach (var c in bucket)
                    {
                        if (!c.Articles.Contains(a) && Compatible(c, e, participants, place, articles, a))
                        {
                            match = c;
                            break;
                        }
                    }
                    if (match is null)
                    {
                        var cluster = new EventCluster(e, a, participants, place);
                        clusters.Add(cluster);
                        bucket.Add(cluster);
                        continue;
                    }
                    match.Sources.Add(new LinkedSource(a, e.Start, e.Length));
                    match.Articles.Add(a);
                    if (match.Date == 0) match.Date = e.Date;
                    if (match.Place < 0) match.Place = place;
                }
            }
            return clusters;
        }

        private static string BucketKey(List<int> participants, int status)
        {
            var sorted = new List<int>(participants);
            sorted.Sort();
            var builder = new System.Text.StringBuilder();
            builder.Append(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var p in sorted) builder.Append(',').Append(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return builder.ToString();
        }

        private static bool Compatible(EventCluster c, EventModel e, List<int> participants, int place, IReadOnlyList<ArticleModel> articles, int article)
        {
            var sameKind = c.Cameo == "000" || e.Cameo == "000" ? c.Kind == e.Kind : string.CompareOrdinal(c.Cameo, 0, e.Cameo, 0, 2) == 0;
            if (!sameKind || c.Status != e.Status) return false;
            if (c.Participants.Count != participants.Count) return false;
            foreach (var p in participants)
                if (!c.Participants.Contains(p)) return false;
            if (c.Date != 0 && e.Date != 0 && !DatesAgree(c.Date, e.Date)) return false;
            if (c.Place >= 0 && place >= 0 && c.Place != place) return false;
            if (c.Date == 0 || e.Date == 0)
            {
                // Undated reports of a repeated kind of event (two calls) merge only when the articles are close in time.
                foreach (var other in c.Articles)
                {
                    var p1 = articles[other].Published;
                    var p2 = articles[article].Published;
                    if (p1 != 0 && p2 != 0 && Math.Abs(Days(p1) - Days(p2)) > MaxDaysApart) return false;
                }
            }
            return true;
        }

        /// <summary>Equal, or one a coarser form of the other (2025-02 and 2025-02-13).</summary>
        private static bool DatesAgree(int a, int b)
        {
            if (a == b) return true;
            int ya = a / 10000, yb = b / 10000, ma = a / 100 % 100, mb = b / 100 % 100;
            if (ya != yb) return false;
            if (ma == 0 || mb == 0) return true;
            if (ma != mb) return false;
            return a % 100 == 0 || b % 100 == 0;
        }

        private static double Days(int packed)
        {
            int year = packed / 10000, month = Math.Max(1, packed / 100 % 100), day = Math.Max(1, packed % 100);
            return new DateTime(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))).Subtract(new DateTime(1, 1, 1)).TotalDays;
        }
    }
}
