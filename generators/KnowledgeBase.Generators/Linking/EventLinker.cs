using System;
using KnowledgeBase.Generators.Extraction.Lexicons;
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
    /// Merges the same event told by several articles: the same CAMEO root and act (the same kind outside CAMEO),
    /// the same participants, compatible dates and places. An undated report joins a dated event only when
    /// its article was published within <see cref="MaxDaysAfterEvent"/> days after that date (news of an
    /// event follows it); two undated reports only when their articles are close in time.
    /// </summary>
    internal static class EventLinker
    {
        private const int MaxDaysApart = 7;
        private const int MaxDaysAfterEvent = 14;

        public static List<EventCluster> Link(IReadOnlyList<ArticleModel> articles, Func<int, string, int> entityOf, Func<int, string>? nameOf = null)
        {
            var clusters = new List<EventCluster>();
            // Only events of the same code, kind and participants can merge: look among those alone.
            var byKey = new Dictionary<string, List<EventCluster>>(StringComparer.Ordinal);
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
                    var place = e.Place is null ? -1 : entityOf(a, e.Place);
                    EventCluster? match = null;
                    var key = Key(e, participants);
                    if (!byKey.TryGetValue(key, out var candidates)) byKey[key] = candidates = new List<EventCluster>();
                    foreach (var c in candidates)
                    {
                        if (!c.Articles.Contains(a) && Compatible(c, e, participants, place, articles, a) && PlacesAgree(c.Place, place, nameOf))
                        {
                            match = c;
                            break;
                        }
                    }
                    if (match is null)
                    {
                        var cluster = new EventCluster(e, a, participants, place);
                        clusters.Add(cluster);
                        candidates.Add(cluster);
                        continue;
                    }
                    match.Sources.Add(new LinkedSource(a, e.Start, e.Length));
                    match.Articles.Add(a);
                    if (Precision(e.Date) > Precision(match.Date)) match.Date = e.Date;
                    if (match.Place < 0) match.Place = place;
                }
            }
            return clusters;
        }

        private static string Key(EventModel e, List<int> participants)
        {
            var sorted = Actors(participants);
            sorted.Sort();
            return Root(e.Cameo, e.Kind) + "|" + string.Join(",", sorted);
        }

        private static List<int> Actors(List<int> participants)
        {
            var actors = participants.GetRange(0, Math.Min(2, participants.Count));
            actors.Sort();
            return actors;
        }

        /// <summary>The two-digit CAMEO root; outside CAMEO ("000") the kind word stands for it.</summary>
        private static string Root(string cameo, string kind) => cameo == "000" || cameo.Length < 2 ? "000:" + kind : cameo.Substring(0, 2);

        /// <summary>
        /// Codes of one root that tell the same act: the same three-digit code, or one of them the root's own code ("040"
        /// consult, told less precisely). A resignation (083x) and a release (084x) share the root "yield" but are two acts.
        /// </summary>
        private static bool SameAct(string a, string b) =>
            a.Length < 3 || b.Length < 3 || a[2] == '0' || b[2] == '0' || string.CompareOrdinal(a, 0, b, 0, 3) == 0;

        private static int Precision(int packed) => packed == 0 ? 0 : packed % 100 != 0 ? 3 : packed / 100 % 100 != 0 ? 2 : 1;

        private static bool Compatible(EventCluster c, EventModel e, List<int> participants, int place, IReadOnlyList<ArticleModel> articles, int article)
        {
            if (Root(c.Cameo, c.Kind) != Root(e.Cameo, e.Kind) || !SameAct(c.Cameo, e.Cameo) || c.Status != e.Status) return false;
            // An occurrence with nobody named (an outbreak, a crash) is known by no party: two reports may be two of them.
            if (participants.Count == 0 || c.Participants.Count == 0) return false;
            // The actor and the target (the first two participants) decide, as in GDELT's Actor1/Actor2: one report
            // may name more parties of the same occurrence than another.
            var actors = Actors(participants);
            var clusterActors = Actors(c.Participants);
            if (actors.Count != clusterActors.Count) return false;
            for (var i = 0; i < actors.Count; i++)
                if (actors[i] != clusterActors[i]) return false;
            if (c.Date != 0 && e.Date != 0) return DatesAgree(c.Date, e.Date);
            if (c.Date != 0) return ReportedSoonAfter(c.Date, articles[article].Published);
            if (e.Date != 0)
            {
                foreach (var other in c.Articles)
                    if (!ReportedSoonAfter(e.Date, articles[other].Published)) return false;
                return true;
            }
            // Undated reports of a repeated kind of event (two calls) merge only when they are of the very same code and
            // both articles are dated and close in time: with no date, a discussion and a call, or two calls told by
            // articles of unknown dates, may well be two occasions.
            if (c.Cameo != e.Cameo || c.Kind != e.Kind) return false;
            foreach (var other in c.Articles)
            {
                var p1 = articles[other].Published;
                var p2 = articles[article].Published;
                if (p1 == 0 || p2 == 0 || Math.Abs(Days(p1) - Days(p2)) > MaxDaysApart) return false;
            }
            return true;
        }

        /// <summary>
        /// The same place, or one inside the other: "Baghdad" and "Iraq" agree (the gazetteer gives a city's country), and so
        /// do a country and a site the gazetteer does not know ("Velden Airport" and Iraq); two cities or two countries differ.
        /// </summary>
        internal static bool PlacesAgree(int a, int b, Func<int, string>? nameOf)
        {
            if (a < 0 || b < 0 || a == b) return true;
            if (nameOf is null) return false;
            return Inside(nameOf(a), nameOf(b)) || Inside(nameOf(b), nameOf(a));
        }

        private static bool Inside(string inner, string outer)
        {
            if (!Gazetteer.TryGetPlaceOrOrganization(outer, out var country) || country.Kind != GazetteerKind.Country) return false;
            if (!Gazetteer.TryGetPlaceOrOrganization(inner, out var entry)) return true;
            return entry.Kind is GazetteerKind.City or GazetteerKind.Region && entry.Country == country.Name;
        }

        /// <summary>An article published from the event's date (its first day, at its precision) to 14 days after its last day.</summary>
        private static bool ReportedSoonAfter(int eventDate, int published)
        {
            if (published == 0) return false;
            // Coarse dates cover a period: the article's period must reach the event's, and start within 14 days of its end.
            return Days(LastDay(published)) >= Days(eventDate) && Days(published) <= Days(LastDay(eventDate)) + MaxDaysAfterEvent;
        }

        /// <summary>The last day a partial date covers (2025-02 → 2025-02-28).</summary>
        private static int LastDay(int packed)
        {
            int year = packed / 10000, month = packed / 100 % 100, day = packed % 100;
            if (day != 0) return packed;
            if (month == 0) return year * 10000 + 1231;
            return year * 10000 + month * 100 + DateTime.DaysInMonth(year, month);
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
